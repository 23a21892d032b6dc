/**
 * Reference: a citation in the text of another resolution, decision, document or treaty, with its
 * symbol normalized ("resolution 64/293" in an Assembly text is A/RES/64/293) so citations can be
 * followed across the library.
 */
import { z } from "zod";

export const ReferenceKind = z.enum(["resolution", "decision", "document", "treaty"]);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const Reference = z.object({
  /** Normalized: "A/RES/64/293", "E/2015/30", "S/RES/2331 (2016)", "UNTS 2225/39574". */
  symbol: z.string().min(1),
  /** The words as printed ("its resolution 2013/41"). */
  text: z.string(),
  /** The clause that cites it, or null for the front matter. */
  clause: z.string().nullable(),
  kind: ReferenceKind,
  /** Set when the citation sits in a footnote body. */
  footnote: z.string().optional(),
});
export type Reference = z.infer<typeof Reference>;
