/**
 * The language of a text: the lexicon whose common words ("the", "les", "los") its running text
 * holds most. Only the opening is read, where the preamble already has thousands of words; a
 * text with too few words to tell is read as English.
 */
import { type Language, lexicons } from "@mandates/domain";

/** How much of a text is read to tell its language. */
const sampleLength = 20_000;

export function detectLanguage(text: string): Language {
  const counts = new Map<Language, number>();
  const common = new Map<string, Language>();
  for (const lexicon of Object.values(lexicons))
    for (const word of lexicon.commonWords) common.set(word, lexicon.language);
  for (const m of text
    .slice(0, sampleLength)
    .toLowerCase()
    .matchAll(/[a-zà-ÿ]+/g)) {
    const language = common.get(m[0]);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  // A short text (a sanctions renewal of three paragraphs) holds a few dozen common words.
  let best: Language = "en";
  let most = 2;
  for (const [language, count] of counts)
    if (count > most) {
      best = language;
      most = count;
    }
  // English needs no more than its share: a French text quotes an English title now and then.
  return (counts.get("en") ?? 0) >= most ? "en" : best;
}
