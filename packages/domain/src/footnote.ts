/**
 * Footnote: a note printed at the foot of the page, tied to the text by a marker (a superscript
 * digit, or in PDF text a plain digit glued to a word). Bodies usually cite treaties and documents.
 */
import { z } from "zod";

export const Footnote = z.object({
  marker: z.string().min(1),
  text: z.string(),
  /** The clause whose text carries the marker, when one does. */
  clause: z.string().nullable().optional(),
});
export type Footnote = z.infer<typeof Footnote>;
