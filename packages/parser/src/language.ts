/**
 * The language of a text: the lexicon whose common words ("the", "les", "los") its running text
 * holds most. Only the opening is read, where the preamble already has thousands of words; a
 * text with too few words to tell is read as English.
 */
import { type Language, lexicons } from "@mandates/domain";

/** How much of a text is read to tell its language. */
const sampleLength = 20_000;

/**
 * A lead in common words no language makes up later in the sample: reading stops there. A French
 * text quoting an English title counts a dozen English words, not a hundred more than French.
 */
const decisiveLead = 100;

/**
 * A short word as a number, six bits a letter ("a"-"z" 1-26, "à"-"ÿ" 27-58): the sample's words
 * are looked up without cutting each out as a string of its own. Eight letters fit exactly.
 */
const letterCode = (code: number) => (code <= 122 ? code - 96 : code - 0xe0 + 27);

/** The languages, numbered from 1 in the order of the lexicons. */
const languages = Object.values(lexicons).map((l) => l.language);

/**
 * Each lexicon's common words by their numbers, built once: every text is read against them. A
 * small table searched from the number's last letters (open addressing), where a map would hash
 * each of the sample's short words: most lookups end at an empty slot.
 */
const tableSize = 4096;
const commonKeys = new Float64Array(tableSize);
const commonLanguages = new Uint8Array(tableSize);
let longestCommon = 0;
languages.forEach((language, n) => {
  for (const word of lexicons[language].commonWords) {
    // A word with another character than these letters is never read as one, so never counted.
    if (!/^[a-zà-ÿ]+$/.test(word)) continue;
    if (word.length > 8) throw new Error(`A common word is short: "${word}" is too long to count.`);
    let key = 0;
    for (let i = 0; i < word.length; i++) key = key * 64 + letterCode(word.charCodeAt(i));
    let slot = key % tableSize;
    while (commonKeys[slot] !== 0 && commonKeys[slot] !== key) slot = (slot + 1) % tableSize;
    // A word listed by two lexicons counts for the last, as a map set twice would have it.
    commonKeys[slot] = key;
    commonLanguages[slot] = n + 1;
    longestCommon = Math.max(longestCommon, word.length);
  }
});

/** The language whose common word has this number, as its place in `languages` from 1; 0 if none. */
function commonLanguage(key: number): number {
  for (let slot = key % tableSize; ; slot = (slot + 1) % tableSize) {
    const found = commonKeys[slot];
    if (found === key) return commonLanguages[slot] ?? 0;
    if (found === 0) return 0;
  }
}

/**
 * A character in lower case, for the letters that have one among those read: the sample is
 * lowered as it is read rather than copied lowered.
 */
function lowerCase(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  return code === 0x178 ? 0xff : code;
}

/** A letter of a word as the sample (in lower case) is read: "a"-"z" and "à"-"ÿ". */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff);

/** Whether language `n` counts `decisiveLead` words more than every other. */
function leads(counts: readonly number[], n: number): boolean {
  const count = counts[n] ?? 0;
  for (let other = 1; other < counts.length; other++)
    if (other !== n && (counts[other] ?? 0) + decisiveLead > count) return false;
  return true;
}

export function detectLanguage(text: string): Language {
  // Each language's count (by its number), and the order in which the text first used its words:
  // of languages counted alike, the first used wins.
  const counts = new Array<number>(languages.length + 1).fill(0);
  const order: number[] = [];
  const end = Math.min(text.length, sampleLength);
  // Words are read character by character: the sample is most of a text, and most of its words
  // are longer than any common word, which ends their reading at their fifth letter.
  let key = 0;
  let length = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? lowerCase(text.charCodeAt(i)) : 0;
    if (isLetter(code)) {
      if (++length <= longestCommon) key = key * 64 + letterCode(code);
      continue;
    }
    const n = length > 0 && length <= longestCommon ? commonLanguage(key) : 0;
    if (n > 0) {
      if (counts[n] === 0) order.push(n);
      const count = (counts[n] ?? 0) + 1;
      counts[n] = count;
      if (count >= decisiveLead && leads(counts, n)) break;
    }
    key = 0;
    length = 0;
  }
  // A short text (a sanctions renewal of three paragraphs) holds a few dozen common words.
  let best: Language = "en";
  let most = 2;
  for (const n of order) {
    const count = counts[n] ?? 0;
    if (count > most) {
      best = languages[n - 1] ?? "en";
      most = count;
    }
  }
  // English needs no more than its share: a French text quotes an English title now and then.
  return (counts[languages.indexOf("en") + 1] ?? 0) >= most ? "en" : best;
}
