/**
 * Resolution: the formal text an organ adopts. Its front matter says who adopted it and when
 * (symbol, session, agenda item, "Resolution adopted by ... on 21 July 2015", the report it came
 * from), then come the preamble, the operative paragraphs, the closing meeting line, and annexes
 * that belong to it without being part of its operative count.
 */
import { z } from "zod";
import { Actor } from "./actor.ts";
import { BodyId } from "./body.ts";
import { Clause } from "./clause.ts";
import { Footnote } from "./footnote.ts";
import { Obligation } from "./obligation.ts";
import { Reference } from "./reference.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Annex = z.object({
  heading: z.string(),
  text: z.string(),
});
export type Annex = z.infer<typeof Annex>;

export const Resolution = z.object({
  /** Normalized: "E/RES/2015/23", "A/RES/78/228", "S/RES/2388 (2017)"; a draft's own symbol. */
  symbol: z.string().nullable(),
  body: BodyId.nullable(),
  title: z.string().nullable(),
  /** YYYY-MM-DD */
  adopted: isoDate.nullable(),
  /** "2015 session", "Seventy-eighth session", as printed. */
  session: z.string().nullable(),
  /** True for a draft ("A/C.3/80/L.4": draft resolution), false for an adopted text. */
  draft: z.boolean(),
  distributed: isoDate.nullable(),
  agendaItem: z.string().nullable(),
  /** "[on the recommendation of the Commission ... (E/2015/30)]", without its brackets. */
  origin: z.string().nullable(),
  /** "53rd plenary meeting" */
  meeting: z.string().nullable(),
  clauses: z.array(Clause),
  footnotes: z.array(Footnote),
  references: z.array(Reference),
  actors: z.array(Actor),
  obligations: z.array(Obligation),
  annexes: z.array(Annex),
  /** What the parser could not read with confidence; the parse is still returned. */
  warnings: z.array(z.string()),
});
export type Resolution = z.infer<typeof Resolution>;
