/**
 * Clause: one paragraph of a resolution. Preambular clauses give reasons ("Recalling ...,"),
 * operative clauses act ("1. Requests the Secretary-General ...;"). Either may hold sub-items
 * ((a), (b), then (i), (ii)), and long resolutions group clauses under sections (I, II; A, B).
 */
import { z } from "zod";
import { Strength, VerbClass } from "./verb.ts";

export const ClauseKind = z.enum(["preambular", "operative"]);
export type ClauseKind = z.infer<typeof ClauseKind>;

export interface ClauseItem {
  label: string;
  text: string;
  items: ClauseItem[];
}

/** A sub-item "(a) To promote ..." with its own sub-items "(i) ...". */
export const ClauseItem: z.ZodType<ClauseItem> = z.lazy(() =>
  z.object({
    label: z.string(),
    text: z.string(),
    items: z.array(ClauseItem),
  }),
);

export const Section = z.object({
  /** "I", "B", or "II.A" for a subsection. */
  label: z.string(),
  heading: z.string(),
});
export type Section = z.infer<typeof Section>;

export const Clause = z.object({
  /**
   * "pp2", "op11"; with sections whose numbering restarts, prefixed by the section: "II-op3"; in
   * an annex, prefixed by the annex's id: "annex1-op3", "annex1-pp1".
   */
  id: z.string().min(1),
  kind: ClauseKind,
  /** The number as printed (operative), or null (preambular, or a lone unnumbered paragraph). */
  number: z.number().int().positive().nullable(),
  /** The lead phrase as written: "Also welcomes", "Calls upon", "Taking note also". */
  lead: z.string(),
  /** The canonical verb, lower case ("welcomes", "calls upon", "taking note"). */
  verb: z.string(),
  verbClass: VerbClass.nullable(),
  strength: Strength.nullable(),
  /** The paragraph as printed, lead included, without its number, sub-items or footnote markers. */
  text: z.string(),
  items: z.array(ClauseItem),
  section: Section.nullable(),
  /** Text printed after the sub-items, when the paragraph resumes ("... ; and decides ..."). */
  tail: z.string().optional(),
  /**
   * For a paragraph of an annex (a declaration, a programme of action), the annex's id
   * ("annex1"): its paragraphs are the annex's, never counted among the resolution's own.
   */
  annex: z.string().optional(),
});
export type Clause = z.infer<typeof Clause>;
