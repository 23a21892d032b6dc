/**
 * The language of a text: the lexicon whose common words ("the", "les", "los") its running text
 * holds most. Only the opening is read, where the preamble already has thousands of words; a
 * text with too few words to tell is read as English.
 */
import { type Language, lexicons } from "@mandates/domain";

/** How much of a text is read to tell its language. */
const sampleLength = 20_000;

/**
 * A short word as a number, six bits a letter ("a"-"z" 1-26, "à"-"ÿ" 27-58): the sample's words
 * are looked up without cutting each out as a string of its own. Eight letters fit exactly.
 */
const letterCode = (code: number) => (code <= 122 ? code - 96 : code - 0xe0 + 27);

/** Each lexicon's common words by their numbers, built once: every text is read against them. */
const common = new Map<number, Language>();
let longestCommon = 0;
for (const lexicon of Object.values(lexicons))
  for (const word of lexicon.commonWords) {
    // A word with another character than these letters is never read as one, so never counted.
    if (!/^[a-zà-ÿ]+$/.test(word)) continue;
    if (word.length > 8) throw new Error(`A common word is short: "${word}" is too long to count.`);
    let key = 0;
    for (let i = 0; i < word.length; i++) key = key * 64 + letterCode(word.charCodeAt(i));
    common.set(key, lexicon.language);
    longestCommon = Math.max(longestCommon, word.length);
  }

/** A letter of a word as the sample (in lower case) is read: "a"-"z" and "à"-"ÿ". */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff);

export function detectLanguage(text: string): Language {
  const counts = new Map<Language, number>();
  const sample = text.slice(0, sampleLength).toLowerCase();
  // Words are read character by character: the sample is most of a text, and most of its words
  // are longer than any common word, which ends their reading at their fifth letter.
  let key = 0;
  let length = 0;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 0;
    if (isLetter(code)) {
      if (++length <= longestCommon) key = key * 64 + letterCode(code);
      continue;
    }
    if (length > 0 && length <= longestCommon) {
      const language = common.get(key);
      if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    key = 0;
    length = 0;
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
