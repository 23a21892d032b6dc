/**
 * Lead phrases: the italic words that open a clause. Operative leads are an operative verb with
 * its modifiers and particle ("Also requests", "Calls upon", "Reiterates its call upon");
 * preambular leads a participle or adjective with theirs ("Taking note also", "Deeply concerned",
 * "Bearing in mind"). Either may go on with "with concern"/"with appreciation". Declarations speak
 * in the first person: "We request", "We, the States Members of the United Nations, welcome", or
 * in a paragraph under "we:" the bare verb ("Request the Secretary-General ...").
 */
import type { CanonicalVerb } from "@mandates/domain";
import type { Grammar } from "./grammar.ts";

export interface Lead {
  /** As written. */
  lead: string;
  /** Lower case, modifiers dropped. */
  verb: string;
  operative: CanonicalVerb | null;
  /** False when no known lead opens the text and its first word stands in for one. */
  recognized: boolean;
}

/** A letter of a lead's words: A-Z, and the accented letters of French and Spanish. */
const isLetter = (code: number) =>
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/** Joiners inside a word: the hyphen, and the apostrophes of "s’inquiète". */
const isJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019;

/** The first `limit` words of `text` (letters and inner hyphens), with where each ends. */
function wordsOf(text: string, limit: number): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  // A lead is a few words long: no need to look further than its first line's worth.
  const end = Math.min(text.length, 160);
  let i = 0;
  while (i < end && out.length < limit) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < end &&
      (isLetter(text.charCodeAt(j)) ||
        (isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))))
    )
      j++;
    out.push({ word: text.slice(i, j), end: j });
    i = j;
  }
  return out;
}

/** The lead's end, taken past a phrase such as "with concern" or "avec satisfaction". */
function extendWith(text: string, end: number, grammar: Grammar): number {
  const m = grammar.withPhrase?.exec(text.slice(end));
  return m ? end + m[0].length : end;
}

function canonicalPreambular(lead: string, grammar: Grammar): string {
  const dropped = grammar.lexicon.preambular.dropped;
  return lead
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !dropped.has(w))
    .join(" ");
}

/**
 * The operative lead opening `text`, if it opens with an operative verb. Older texts name the
 * organ before each verb: "1. The Security Council requests ...".
 */
export function operativeLead(text: string, grammar: Grammar): Lead | null {
  const subject = grammar.organSubject?.exec(text)?.[0].length ?? 0;
  const rest = text.slice(subject);
  const match = grammar.lexicon.matchOperativeLead(rest);
  if (!match) return null;
  const words = wordsOf(rest, match.words);
  const first = words[0]?.word ?? "";
  if (!subject && first[0] !== first[0]?.toUpperCase()) return null;
  const end = subject + extendWith(rest, words.at(-1)?.end ?? 0, grammar);
  const operative = { verb: match.verb, strength: match.strength, verbClass: match.verbClass };
  return { lead: text.slice(0, end).trim(), verb: operative.verb, operative, recognized: true };
}

/** The preambular lead opening `text`, if it opens with a participle or adjective. */
export function preambularLead(text: string, grammar: Grammar): Lead | null {
  const { modifiers, isLeadWord } = grammar.lexicon.preambular;
  // Most texts asked about open with neither a modifier nor a preambular word.
  const first = wordsOf(text, 1)[0]?.word ?? "";
  if (!modifiers.has(first.toLowerCase()) && !isLeadWord(first)) return null;
  // Up to three modifiers, then the head.
  const words = wordsOf(text, 4);
  let i = 0;
  while (i < words.length - 1 && modifiers.has((words[i]?.word ?? "").toLowerCase()) && i < 3) i++;
  const head = words[i];
  if (!head || !isLeadWord(head.word)) return null;
  let end = head.end;
  const lowerHead = head.word.toLowerCase().replace(/'/g, "’");
  const post = grammar.postposed.exec(text.slice(end));
  if (post) end += post[0].length;
  for (const particle of grammar.preambularParticles[lowerHead] ?? []) {
    const m = particle.exec(text.slice(end));
    if (m) {
      end += m[0].length;
      break;
    }
  }
  // "Having considered", "Deeply concerned", "Ayant examiné", "Profundamente preocupado".
  const participle = grammar.participleAfter.get(lowerHead)?.exec(text.slice(end));
  if (participle) end += participle[0].length;
  const post2 = grammar.postposed.exec(text.slice(end));
  if (post2) end += post2[0].length;
  end = extendWith(text, end, grammar);
  const lead = text.slice(0, end).trim();
  return { lead, verb: canonicalPreambular(lead, grammar), operative: null, recognized: true };
}

/** How far into a paragraph the verb after "We, the ... ," is looked for. */
const subjectReach = 400;

/**
 * The first-person lead opening `text`: "We" and the verb after it, or after the words set
 * between commas that name who "we" are ("We, the Heads of State and Government ..., affirm").
 * `bare`: the paragraph continues a sentence that "we" opened ("in this regard we:"), so a verb
 * in its base form may open it by itself ("Request the Secretary-General to ...").
 */
export function firstPersonLead(text: string, bare: boolean, grammar: Grammar): Lead | null {
  if (text.startsWith("We ")) return leadAt(text, 3, grammar);
  if (text.startsWith("We,")) {
    const reach = Math.min(text.length, subjectReach);
    for (let comma = text.indexOf(", ", 3); comma >= 0 && comma < reach; ) {
      const lead = /^[a-z]/.test(text.charAt(comma + 2)) ? leadAt(text, comma + 2, grammar) : null;
      if (lead) return lead;
      comma = text.indexOf(", ", comma + 2);
    }
    return null;
  }
  return bare && /^[A-Z][a-z]/.test(text) ? leadAt(text, 0, grammar) : null;
}

/** The lead up to the first-person verb that opens `text` at `at`. */
function leadAt(text: string, at: number, grammar: Grammar): Lead | null {
  const match = grammar.lexicon.matchFirstPersonVerb(text.slice(at, at + 160));
  if (!match) return null;
  const end = at + (wordsOf(text.slice(at), match.words).at(-1)?.end ?? 0);
  const operative = { verb: match.verb, strength: match.strength, verbClass: match.verbClass };
  return {
    lead: text.slice(0, extendWith(text, end, grammar)),
    verb: operative.verb,
    operative,
    recognized: true,
  };
}
