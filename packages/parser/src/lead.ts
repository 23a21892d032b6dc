/**
 * Lead phrases: the italic words that open a clause. Operative leads are an operative verb with
 * its modifiers and particle ("Also requests", "Calls upon", "Reiterates its call upon");
 * preambular leads a participle or adjective with theirs ("Taking note also", "Deeply concerned",
 * "Bearing in mind"). Either may go on with "with concern"/"with appreciation". Declarations speak
 * in the first person: "We request", "We, the States Members of the United Nations, welcome", or
 * in a paragraph under "we:" the bare verb ("Request the Secretary-General ...").
 */
import {
  type CanonicalVerb,
  isPreambularLeadWord,
  matchFirstPersonVerb,
  matchOperativeLead,
  verbModifiers,
} from "@mandates/domain";

export interface Lead {
  /** As written. */
  lead: string;
  /** Lower case, modifiers dropped. */
  verb: string;
  operative: CanonicalVerb | null;
  /** False when no known lead opens the text and its first word stands in for one. */
  recognized: boolean;
}

const withPhrase =
  /^\s+with (?:deep |grave |serious |great |particular |profound |utmost |strong |the utmost |growing |increasing )?(?:concern|appreciation|satisfaction|regret|interest|alarm|gratitude|disappointment|dismay)\b/;

/** Particles that belong to a preambular head ("Taking note", "Bearing in mind"). */
const preambularParticles: Readonly<Record<string, readonly RegExp[]>> = Object.fromEntries(
  Object.entries({
    taking: ["note", "into account", "into consideration", "fully into account"],
    bearing: ["in mind"],
    keeping: ["in mind"],
    calling: ["upon", "on", "for"],
    looking: ["forward"],
    paying: ["tribute"],
  }).map(([head, particles]) => [
    head,
    particles.map((particle) => new RegExp(`^\\s+${particle.replace(/ /g, "\\s+")}\\b`)),
  ]),
);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

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
    while (j < end && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
    out.push({ word: text.slice(i, j), end: j });
    i = j;
  }
  return out;
}

function extendWith(text: string, end: number): number {
  const m = withPhrase.exec(text.slice(end));
  return m ? end + m[0].length : end;
}

function canonicalPreambular(lead: string): string {
  return lead
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !["also", "further", "once", "again"].includes(w))
    .join(" ");
}

/** Older texts name the organ before each verb: "1. The Security Council requests ...". */
const organSubject =
  /^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Council|Assembly|Commission)(?:,[^,]{1,80},)?\s+(?=[a-z])/;

/** The operative lead opening `text`, if it opens with an operative verb. */
export function operativeLead(text: string): Lead | null {
  const subject = organSubject.exec(text)?.[0].length ?? 0;
  const rest = text.slice(subject);
  const match = matchOperativeLead(rest);
  if (!match) return null;
  const words = wordsOf(rest, match.words);
  const first = words[0]?.word ?? "";
  if (!subject && first[0] !== first[0]?.toUpperCase()) return null;
  const end = subject + extendWith(rest, words.at(-1)?.end ?? 0);
  const operative = { verb: match.verb, strength: match.strength, verbClass: match.verbClass };
  return { lead: text.slice(0, end).trim(), verb: operative.verb, operative, recognized: true };
}

/** The preambular lead opening `text`, if it opens with a participle or adjective. */
export function preambularLead(text: string): Lead | null {
  // Most texts asked about open with neither a modifier nor a preambular word.
  const first = wordsOf(text, 1)[0]?.word ?? "";
  if (!verbModifiers.has(first.toLowerCase()) && !isPreambularLeadWord(first)) return null;
  // Up to three modifiers, then the head.
  const words = wordsOf(text, 4);
  let i = 0;
  while (i < words.length - 1 && verbModifiers.has((words[i]?.word ?? "").toLowerCase()) && i < 3)
    i++;
  const head = words[i];
  if (!head || !isPreambularLeadWord(head.word)) return null;
  let end = head.end;
  const lowerHead = head.word.toLowerCase();
  const post = /^\s+(also|further|again)\b/.exec(text.slice(end));
  if (post) end += post[0].length;
  for (const particle of preambularParticles[lowerHead] ?? []) {
    const m = particle.exec(text.slice(end));
    if (m) {
      end += m[0].length;
      break;
    }
  }
  if (lowerHead === "having") {
    const m = /^\s+(?:also |further )?[a-z]+(?:ed|en|wn|ne|ght)\b/.exec(text.slice(end));
    if (m) end += m[0].length;
  }
  if (["deeply", "gravely", "seriously", "profoundly"].includes(lowerHead)) {
    const m = /^\s+[a-z]+(?:ed)\b/.exec(text.slice(end));
    if (m) end += m[0].length;
  }
  const post2 = /^\s+(also|further)\b/.exec(text.slice(end));
  if (post2) end += post2[0].length;
  end = extendWith(text, end);
  const lead = text.slice(0, end).trim();
  return { lead, verb: canonicalPreambular(lead), operative: null, recognized: true };
}

/** How far into a paragraph the verb after "We, the ... ," is looked for. */
const subjectReach = 400;

/**
 * The first-person lead opening `text`: "We" and the verb after it, or after the words set
 * between commas that name who "we" are ("We, the Heads of State and Government ..., affirm").
 * `bare`: the paragraph continues a sentence that "we" opened ("in this regard we:"), so a verb
 * in its base form may open it by itself ("Request the Secretary-General to ...").
 */
export function firstPersonLead(text: string, bare: boolean): Lead | null {
  if (text.startsWith("We ")) return leadAt(text, 3);
  if (text.startsWith("We,")) {
    const reach = Math.min(text.length, subjectReach);
    for (let comma = text.indexOf(", ", 3); comma >= 0 && comma < reach; ) {
      const lead = /^[a-z]/.test(text.charAt(comma + 2)) ? leadAt(text, comma + 2) : null;
      if (lead) return lead;
      comma = text.indexOf(", ", comma + 2);
    }
    return null;
  }
  return bare && /^[A-Z][a-z]/.test(text) ? leadAt(text, 0) : null;
}

/** The lead up to the first-person verb that opens `text` at `at`. */
function leadAt(text: string, at: number): Lead | null {
  const match = matchFirstPersonVerb(text.slice(at, at + 160));
  if (!match) return null;
  const end = at + (wordsOf(text.slice(at), match.words).at(-1)?.end ?? 0);
  const operative = { verb: match.verb, strength: match.strength, verbClass: match.verbClass };
  return {
    lead: text.slice(0, extendWith(text, end)),
    verb: operative.verb,
    operative,
    recognized: true,
  };
}
