/**
 * The lexicons by language: what each language contributes to reading a resolution
 * (lexicon.ts), English, French and Spanish.
 */
import { english } from "./en.ts";
import { spanish } from "./es.ts";
import { french } from "./fr.ts";
import type { Language } from "./language.ts";
import type { Lexicon } from "./lexicon.ts";

export type { DeadlineGrammar, EventGrammar, NumberWords } from "./deadlines.ts";
export { english } from "./en.ts";
export { spanish, spanishLeads } from "./es.ts";
export { french, frenchLeads } from "./fr.ts";
export * from "./language.ts";
export type { ActorGrammar, Lexicon, ObligationGrammar, PreambularGrammar } from "./lexicon.ts";
export { type LeadPhrase, leadingWords, wordEnd, wordStart } from "./phrases.ts";
export type { Frequency, RecurrenceGrammar } from "./recurrence.ts";

export const lexicons: Readonly<Record<Language, Lexicon>> = {
  en: english,
  fr: french,
  es: spanish,
};

export function lexiconOf(language: Language): Lexicon {
  return lexicons[language];
}
