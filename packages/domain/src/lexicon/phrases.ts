/**
 * Lead phrases read from a table: the French and Spanish lexicons list each operative lead as
 * written ("demande instamment", "acoge con beneplácito") with the canonical English verb it
 * reads as. A lead is the longest phrase of the table at the start of a text, after modifiers,
 * with the modifiers set after it ("Prie également", "Solicita además"). A phrase may need the
 * word after it ("pide a" asks someone, "pide" alone asks for something) without taking it.
 */
import { operativeVerb, type VerbMatch } from "../verb.ts";

export interface LeadPhrase {
  /** As written, lower case, words separated by one space: "demande instamment". */
  written: string;
  /** The canonical English verb: "urges". */
  verb: string;
  /** Words one of which must follow the phrase (not taken into the lead). */
  before?: readonly string[];
}

export interface PhraseTable {
  leads: readonly LeadPhrase[];
  /** Phrases before the verb that do not change it, lower case ("également"). */
  modifiersBefore: readonly string[];
  /** Phrases after the verb that do not change it ("également", "en outre", "de nouveau"). */
  modifiersAfter: readonly string[];
}

/** A letter of any script, or a digit. */
const letter = /[\p{L}\p{M}]/u;

/**
 * The first words of a text, lower case: letters with inner hyphens and apostrophes ("s’inquiète"
 * is one word, its apostrophe written ’). The parser counts words the same way.
 */
export function leadingWords(text: string, limit: number): string[] {
  const words: string[] = [];
  const end = Math.min(text.length, 160);
  let i = 0;
  while (i < end && words.length < limit) {
    if (!letter.test(text.charAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end && letter.test(text.charAt(j))) j++;
      const joiner = text.charAt(j);
      if ((joiner === "-" || joiner === "'" || joiner === "’") && letter.test(text.charAt(j + 1)))
        j++;
      else break;
    }
    words.push(text.slice(i, j).toLowerCase().replace(/'/g, "’"));
    i = j;
  }
  return words;
}

const split = (phrase: string) => phrase.split(" ");

/** Builds the reader of a table's leads. */
export function phraseLeadReader(table: PhraseTable): (text: string) => VerbMatch | null {
  const byFirst = new Map<string, { words: string[]; phrase: LeadPhrase }[]>();
  for (const phrase of table.leads) {
    const words = split(phrase.written);
    const list = byFirst.get(words[0] ?? "") ?? [];
    list.push({ words, phrase });
    byFirst.set(words[0] ?? "", list);
  }
  // Longest first, and of two alike the one that needs a word after it first.
  for (const list of byFirst.values())
    list.sort(
      (a, b) =>
        b.words.length - a.words.length || (b.phrase.before ? 1 : 0) - (a.phrase.before ? 1 : 0),
    );
  const before = table.modifiersBefore.map(split);
  const after = [...table.modifiersAfter].map(split).sort((a, b) => b.length - a.length);
  const at = (words: readonly string[], i: number, phrase: readonly string[]) =>
    phrase.every((w, k) => words[i + k] === w);
  const firsts = new Set([...byFirst.keys(), ...before.map((p) => p[0] ?? "")]);

  return (text: string) => {
    const words = leadingWords(text, 12);
    if (!firsts.has(words[0] ?? "")) return null;
    let i = 0;
    for (let guard = 0; guard < 3; guard++) {
      const modifier = before.find((p) => at(words, i, p));
      if (!modifier) break;
      i += modifier.length;
    }
    const candidates = byFirst.get(words[i] ?? "") ?? [];
    const found = candidates.find(
      ({ words: phrase, phrase: { before: next } }) =>
        at(words, i, phrase) && (!next || next.includes(words[i + phrase.length] ?? "")),
    );
    if (!found) return null;
    const sense = operativeVerb(found.phrase.verb);
    if (!sense) return null;
    let used = i + found.words.length;
    for (let guard = 0; guard < 4; guard++) {
      const modifier = after.find((p) => at(words, used, p));
      if (!modifier) break;
      used += modifier.length;
    }
    return { ...sense, words: used };
  };
}

/**
 * Where a word starts and ends, for patterns of languages with accented letters: JavaScript's
 * `\b` knows only A-Z, so "\bà" never matches after a space and "préoccupé\b" never before one.
 */
export const wordStart = "(?<![\\wÀ-ÿ])";
export const wordEnd = "(?![\\wÀ-ÿ])";
