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
import { Language } from "./lexicon/language.ts";
import { Obligation } from "./obligation.ts";
import { Reference } from "./reference.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Annex = z.object({
  /** "annex1", "annex2" in the order printed: what the annex's clauses name in `annex`. */
  id: z.string().min(1),
  /** "Annex", "Annex II", as printed. */
  heading: z.string(),
  /** The line under the heading that names what is annexed ("2025 Political Declaration ..."). */
  title: z.string().nullable(),
  /** The annex's whole text, paragraphs separated by a blank line. */
  text: z.string(),
});
export type Annex = z.infer<typeof Annex>;

/**
 * How the text says it was adopted: the vote line older Security Council resolutions close with
 * ("Adopted at the 476th meeting by 7 votes to none, with 3 abstentions (Egypt, India,
 * Yugoslavia)"), or the cover line that names the meeting ("Adopted by the Security Council at
 * its 3087th meeting, on 29 June 1992").
 */
export const Vote = z.object({
  /** The line as printed, white space collapsed. */
  text: z.string(),
  /** The meeting's number: 2981 for "the 2981st meeting". */
  meeting: z.number().int().nullable(),
  /** "unanimously", "without a vote", "by consensus", or "vote" for a count; null if not said. */
  outcome: z.enum(["unanimous", "without-vote", "consensus", "vote"]).nullable(),
  inFavour: z.number().int().nullable(),
  against: z.number().int().nullable(),
  abstaining: z.number().int().nullable(),
});
export type Vote = z.infer<typeof Vote>;

export const Resolution = z.object({
  /** Normalized: "E/RES/2015/23", "A/RES/78/228", "S/RES/2388 (2017)"; a draft's own symbol. */
  symbol: z.string().nullable(),
  /** The language of the text read: each language version of a resolution is read apart. */
  language: Language.optional(),
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
  /**
   * How it was adopted, where the text says (older Security Council texts), else null. Always
   * given by the parser; absent from what was stored before the field existed.
   */
  vote: Vote.nullable().optional(),
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
