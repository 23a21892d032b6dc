/**
 * Language: the official language a resolution's text is written in. The UN adopts each
 * resolution in its six official languages, every version equally authentic; this product reads
 * English, French and Spanish. One resolution (one symbol) has one text per language, and what
 * it asks (its obligations) is the same whichever text it was read from.
 */
import { z } from "zod";

export const Language = z.enum(["en", "fr", "es"]);
export type Language = z.infer<typeof Language>;

/** Each language's name in itself, as a reader choosing it looks for it. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
};
