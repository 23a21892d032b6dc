/**
 * Verb: the word that opens a clause ("Requests", "Calls upon", "Recalling") and says what the
 * organ does with it. Operative verbs carry a strength (how hard the organ presses, 1-5) and a class
 * (the UN Secretary-General's office's grouping). DESIGN.md, "Verbs and strength".
 */
import { z } from "zod";

export const VerbClass = z.enum([
  "directive",
  "deciding",
  "observing",
  "reinforcing",
  "evaluative",
  "preambular",
]);
export type VerbClass = z.infer<typeof VerbClass>;

/** 5 binding, 4 instruction, 3 strong recommendation, 2 soft recommendation, 1 no action asked. */
export const Strength = z.number().int().min(1).max(5);
export type Strength = z.infer<typeof Strength>;

interface VerbSense {
  strength: Strength;
  verbClass: VerbClass;
}

const sense = (strength: Strength, verbClass: VerbClass): VerbSense => ({ strength, verbClass });

/**
 * Canonical operative verbs, third person as printed. Multi-word verbs keep their particle
 * ("calls upon"); British spellings fold into the American ones in `spellings` below.
 */
export const operativeVerbs: Readonly<Record<string, VerbSense>> = {
  decides: sense(5, "deciding"),
  demands: sense(5, "directive"),
  resolves: sense(5, "deciding"),
  requests: sense(4, "directive"),
  directs: sense(4, "directive"),
  instructs: sense(4, "directive"),
  authorizes: sense(4, "deciding"),
  mandates: sense(4, "deciding"),
  requires: sense(4, "directive"),
  urges: sense(3, "directive"),
  exhorts: sense(3, "directive"),
  asks: sense(4, "directive"),
  "calls upon": sense(3, "directive"),
  "calls on": sense(3, "directive"),
  "calls for": sense(3, "directive"),
  encourages: sense(2, "directive"),
  invites: sense(2, "directive"),
  recommends: sense(2, "directive"),
  appeals: sense(2, "directive"),
  reminds: sense(2, "directive"),
  endorses: sense(5, "deciding"),
  approves: sense(5, "deciding"),
  adopts: sense(5, "deciding"),
  establishes: sense(5, "deciding"),
  renews: sense(5, "deciding"),
  extends: sense(5, "deciding"),
  designates: sense(5, "deciding"),
  proclaims: sense(5, "deciding"),
  declares: sense(5, "deciding"),
  determines: sense(5, "deciding"),
  commits: sense(3, "deciding"),
  undertakes: sense(3, "deciding"),
  agrees: sense(3, "deciding"),
  recognizes: sense(1, "observing"),
  notes: sense(1, "observing"),
  "takes note": sense(1, "observing"),
  acknowledges: sense(1, "observing"),
  "bears in mind": sense(1, "observing"),
  considers: sense(1, "observing"),
  observes: sense(1, "observing"),
  reaffirms: sense(1, "reinforcing"),
  affirms: sense(1, "reinforcing"),
  confirms: sense(1, "reinforcing"),
  recalls: sense(1, "reinforcing"),
  stresses: sense(1, "reinforcing"),
  emphasizes: sense(1, "reinforcing"),
  reiterates: sense(1, "reinforcing"),
  underlines: sense(1, "reinforcing"),
  underscores: sense(1, "reinforcing"),
  highlights: sense(1, "reinforcing"),
  insists: sense(1, "reinforcing"),
  maintains: sense(1, "reinforcing"),
  welcomes: sense(1, "evaluative"),
  supports: sense(1, "evaluative"),
  commends: sense(1, "evaluative"),
  condemns: sense(1, "evaluative"),
  deplores: sense(1, "evaluative"),
  regrets: sense(1, "evaluative"),
  expresses: sense(1, "evaluative"),
  "looks forward": sense(1, "evaluative"),
  "pays tribute": sense(1, "evaluative"),
  appreciates: sense(1, "evaluative"),
  applauds: sense(1, "evaluative"),
  congratulates: sense(1, "evaluative"),
  thanks: sense(1, "evaluative"),
  salutes: sense(1, "evaluative"),
  rejects: sense(1, "evaluative"),
  denounces: sense(1, "evaluative"),
  warns: sense(1, "evaluative"),
  believes: sense(1, "evaluative"),
  hopes: sense(1, "evaluative"),
  trusts: sense(1, "evaluative"),
  remains: sense(1, "evaluative"),
  continues: sense(1, "evaluative"),
  accepts: sense(1, "evaluative"),
  takes: sense(1, "observing"),
  deems: sense(1, "evaluative"),
  clarifies: sense(1, "reinforcing"),
  reconfirms: sense(1, "reinforcing"),
  "re-emphasizes": sense(1, "reinforcing"),
  asserts: sense(1, "reinforcing"),
  concurs: sense(1, "observing"),
  appoints: sense(5, "deciding"),
  elects: sense(5, "deciding"),
  launches: sense(5, "deciding"),
  convenes: sense(5, "deciding"),
  pledges: sense(3, "deciding"),
  solicits: sense(2, "directive"),
  suggests: sense(2, "directive"),
};

/**
 * Verbs that declarations use in the first person only. "We will ..." commits those who speak, as
 * "We commit to ..." does: the same strength and class as "commits".
 */
const firstPersonOnly: Readonly<Record<string, VerbSense>> = {
  will: sense(3, "deciding"),
};

/** Spellings that mean the same verb. */
const spellings: ReadonlyMap<string, string> = new Map([
  ["authorises", "authorizes"],
  ["recognises", "recognizes"],
  ["emphasises", "emphasizes"],
]);

/**
 * Words that may surround a verb without changing it ("Also requests", "Strongly urges",
 * "Requests further", "Once again calls upon"). "Strongly" raises intensity, not the class.
 */
export const verbModifiers: ReadonlySet<string> = new Set([
  "also",
  "further",
  "furthermore",
  "again",
  "once",
  "strongly",
  "firmly",
  "fully",
  "deeply",
  "gravely",
  "seriously",
  "warmly",
  "most",
  "urgently",
  "emphatically",
  "unequivocally",
  "resolutely",
  "still",
  "equally",
  "hereby",
  "therefore",
  "accordingly",
  "thus",
  "finally",
  "moreover",
  "additionally",
  "similarly",
  "likewise",
]);

/**
 * Words that open a preambular paragraph besides -ing participles ("Recalling", "Bearing in mind"):
 * adjectives and past participles ("Mindful", "Deeply concerned"), and the adverbs before them.
 */
export const preambularLeadWords: ReadonlySet<string> = new Set([
  "mindful",
  "aware",
  "conscious",
  "cognizant",
  "convinced",
  "concerned",
  "alarmed",
  "determined",
  "desirous",
  "guided",
  "encouraged",
  "seized",
  "disturbed",
  "appalled",
  "shocked",
  "outraged",
  "dismayed",
  "saddened",
  "gratified",
  "pleased",
  "satisfied",
  "reassured",
  "committed",
  "resolved",
  "persuaded",
  "confident",
  "anxious",
  "eager",
  "fully",
  "deeply",
  "gravely",
  "seriously",
  "also",
  "further",
  "inspired",
  "profoundly",
  "particularly",
  "strongly",
  "firmly",
  "cognisant",
  "recalling",
]);

/** Capitalized words ending in -ing that are names, not participles ("Beijing Declaration"). */
const namesEndingInIng: ReadonlySet<string> = new Set([
  "beijing",
  "kunming",
  "nanjing",
  "chongqing",
  "xining",
  "wellington",
  "darjeeling",
  "kaohsiung",
  "spring",
  "sterling",
  "everything",
  "nothing",
  "something",
]);

/** Whether a word can open a preambular paragraph. */
export function isPreambularLeadWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (namesEndingInIng.has(lower)) return false;
  return (lower.length > 4 && lower.endsWith("ing")) || preambularLeadWords.has(lower);
}

export interface CanonicalVerb {
  /** The verb without its modifiers, lower case: "requests", "calls upon". */
  verb: string;
  strength: Strength;
  verbClass: VerbClass;
}

/** Verbs that need their particle to be themselves ("Calls upon", "Takes note", "Bears in mind"). */
const particles: ReadonlyMap<string, readonly string[][]> = new Map([
  ["calls", [["upon"], ["on"], ["for"]]],
  ["takes", [["note"]]],
  ["bears", [["in", "mind"]]],
  ["looks", [["forward"]]],
  ["pays", [["tribute"]]],
]);

/**
 * "Reiterates its call upon ..." asks again what "Calls upon" asks: the noun after
 * "Reiterates/Renews/Reaffirms its" names the verb it repeats.
 */
const restatedNouns: ReadonlyMap<string, string> = new Map([
  ["request", "requests"],
  ["requests", "requests"],
  ["call", "calls upon"],
  ["calls", "calls upon"],
  ["demand", "demands"],
  ["demands", "demands"],
  ["appeal", "appeals"],
  ["invitation", "invites"],
  ["encouragement", "encourages"],
  ["urging", "urges"],
  ["recommendation", "recommends"],
]);

const restatingVerbs = new Set(["reiterates", "renews", "repeats"]);

/** Words that can open an operative lead: a modifier, or the first word of a verb as printed. */
const leadOpeners: ReadonlySet<string> = new Set([
  ...verbModifiers,
  ...Object.keys(operativeVerbs).map((verb) => verb.split(" ")[0] ?? verb),
  ...spellings.keys(),
  ...restatingVerbs,
]);

export interface VerbMatch extends CanonicalVerb {
  /** How many words of the input the lead phrase takes ("Also requests" is 2). */
  words: number;
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The first words of a text (letters and inner hyphens), lower case, read only as far as they
 * are asked for: most leads are settled by their first word or two.
 */
class LeadWords {
  private readonly words: string[] = [];
  private at = 0;
  /** A lead is a few words long: no need to look further than its first line's worth. */
  private readonly end: number;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.end = Math.min(text.length, 120);
  }

  /** The word at `index` (from 0), or undefined past the last or the limit. */
  get(index: number): string | undefined {
    while (this.words.length <= index && this.words.length < this.limit && this.readNext());
    return this.words[index];
  }

  private readNext(): boolean {
    const { text, end } = this;
    let i = this.at;
    while (i < end && !isLetter(text.charCodeAt(i))) i++;
    if (i >= end) return false;
    let j = i + 1;
    while (j < end && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
    this.words.push(text.slice(i, j).toLowerCase());
    this.at = j;
    return true;
  }
}

/**
 * Each canonical operative verb with its sense, the first-person "will" among them. A map rather
 * than the records above: a word read from a text is never taken for a property every object
 * has ("constructor").
 */
const canonicalVerbs: ReadonlyMap<string, CanonicalVerb> = new Map(
  Object.entries({ ...operativeVerbs, ...firstPersonOnly }).map(
    ([verb, { strength, verbClass }]) => [verb, { verb, strength, verbClass }],
  ),
);

/** The sense of a canonical operative verb, if it is one. */
export function operativeVerb(verb: string): CanonicalVerb | null {
  const sense = canonicalVerbs.get(spellings.get(verb) ?? verb);
  return sense ? { verb: sense.verb, strength: sense.strength, verbClass: sense.verbClass } : null;
}

/** A verb's sense with the number of words its lead phrase takes. */
const withWords = (sense: CanonicalVerb, words: number): VerbMatch => ({
  verb: sense.verb,
  strength: sense.strength,
  verbClass: sense.verbClass,
  words,
});

/**
 * Reads the operative lead at the start of `text`: modifiers, the verb, its particle and any
 * postposed "also"/"further". Returns null when the text does not open with an operative verb.
 */
export function matchOperativeLead(text: string): VerbMatch | null {
  const words = new LeadWords(text, 8);
  // Most texts asked about open with no verb: their first word rules them out.
  if (!leadOpeners.has(words.get(0) ?? "")) return null;
  let i = 0;
  while (verbModifiers.has(words.get(i) ?? "") && i < 3) i++;
  const head = words.get(i);
  if (!head) return null;
  let verb = head;
  let used = i + 1;
  // "Calls also upon", "Calls once again upon": modifiers may stand between verb and particle.
  let gap = 0;
  while (gap < 2 && ["also", "again", "once"].includes(words.get(i + 1 + gap) ?? "")) gap++;
  for (const tail of particles.get(head) ?? []) {
    for (const skip of gap ? [0, gap] : [0]) {
      if (tail.every((w, k) => words.get(i + 1 + skip + k) === w)) {
        verb = `${head} ${tail.join(" ")}`;
        used += skip + tail.length;
        break;
      }
    }
    if (verb !== head) break;
  }
  if (restatingVerbs.has(head) && words.get(i + 1) === "its") {
    const restated = restatedNouns.get(words.get(i + 2) ?? "");
    if (restated) {
      const particle = restated === "calls upon" && /^(upon|on|for)$/.test(words.get(i + 3) ?? "");
      const sense = operativeVerb(
        restated === "calls upon" && particle ? `calls ${words.get(i + 3)}` : restated,
      );
      if (sense) return withWords(sense, used + 2 + (particle ? 1 : 0));
    }
  }
  // "will" opens a lead only in the first person ("We will"): never a third-person one.
  const sense = Object.hasOwn(firstPersonOnly, verb) ? null : operativeVerb(verb);
  if (!sense) return null;
  while (words.get(used) === "also" || words.get(used) === "further") used++;
  return withWords(sense, used);
}

/** "requests" -> "request", "expresses" -> "express", "clarifies" -> "clarify", "calls upon" -> "call upon". */
function baseForm(verb: string): string {
  const [head = "", ...rest] = verb.split(" ");
  const base = head.endsWith("ies")
    ? `${head.slice(0, -3)}y`
    : /(?:ss|sh|ch|x)es$/.test(head)
      ? head.slice(0, -2)
      : head.replace(/s$/, "");
  return [base, ...rest].join(" ");
}

/**
 * Third-person verbs whose first person speaks rather than acts: "We renew our commitment", "We
 * extend our gratitude", "We declare our support" bind no one as "Renews the mandate" does.
 */
const notFirstPerson = new Set(["renews", "extends", "declares", "determines", "requires"]);

/**
 * The first-person forms a declaration prints ("We request", "We call upon", "Decide to convene"
 * in a paragraph under "we:"), each with the canonical verb it reads as.
 */
const firstPersonForms: ReadonlyMap<string, string> = new Map([
  ...Object.keys(operativeVerbs)
    .filter((verb) => !notFirstPerson.has(verb))
    .map((verb): [string, string] => [baseForm(verb), verb]),
  ...[...spellings].map(([spelling, verb]): [string, string] => [baseForm(spelling), verb]),
  ...Object.keys(firstPersonOnly).map((verb): [string, string] => [verb, verb]),
]);

/** "We reiterate our call upon ...", "We renew our request". */
const restatingFirstPerson = new Set(["reiterate", "renew", "repeat"]);

/** First words of the first-person forms, and the modifiers that may stand before them. */
const firstPersonOpeners: ReadonlySet<string> = new Set([
  ...verbModifiers,
  ...[...firstPersonForms.keys()].map((form) => form.split(" ")[0] ?? form),
  ...restatingFirstPerson,
]);

/** Whether a word (lower case) may open a first-person verb: a quick test before reading it. */
export function opensFirstPersonVerb(word: string): boolean {
  return firstPersonOpeners.has(word);
}

/** Words after "will" that foretell or refuse rather than commit ("we will be", "will not"). */
const notCommitting = new Set(["not", "never", "be", "have", "need"]);

/**
 * Reads a first-person verb at the start of `text` (what follows "We"): modifiers, then the verb
 * in its base form with its particle ("call upon", "take note"), "reiterate our call upon", or
 * "will".
 */
export function matchFirstPersonVerb(text: string): VerbMatch | null {
  const words = new LeadWords(text, 8);
  if (!firstPersonOpeners.has(words.get(0) ?? "")) return null;
  let i = 0;
  while (verbModifiers.has(words.get(i) ?? "") && i < 3) i++;
  const head = words.get(i) ?? "";
  if (head === "will") {
    const sense = notCommitting.has(words.get(i + 1) ?? "") ? null : operativeVerb("will");
    let used = i + 1;
    while (words.get(used) === "also" || words.get(used) === "further") used++;
    return sense ? withWords(sense, used) : null;
  }
  if (restatingFirstPerson.has(head) && words.get(i + 1) === "our") {
    const restated = restatedNouns.get(words.get(i + 2) ?? "");
    const particle = restated === "calls upon" && /^(upon|on|for)$/.test(words.get(i + 3) ?? "");
    const sense = restated
      ? operativeVerb(particle ? `calls ${words.get(i + 3)}` : restated)
      : null;
    if (sense) return withWords(sense, i + 3 + (particle ? 1 : 0));
  }
  for (const tail of particles.get(`${head}s`) ?? []) {
    if (!tail.every((w, k) => words.get(i + 1 + k) === w)) continue;
    const verb = firstPersonForms.get(`${head} ${tail.join(" ")}`);
    const sense = verb ? operativeVerb(verb) : null;
    if (sense) return withWords(sense, i + 1 + tail.length);
  }
  const verb = firstPersonForms.get(head);
  const sense = verb ? operativeVerb(verb) : null;
  if (!sense) return null;
  let used = i + 1;
  while (words.get(used) === "also" || words.get(used) === "further") used++;
  return withWords(sense, used);
}

/** The canonical verb of a lead phrase as written, or null when it is not an operative lead. */
export function canonicalVerb(lead: string): CanonicalVerb | null {
  const match = matchOperativeLead(lead);
  if (!match) return null;
  return { verb: match.verb, strength: match.strength, verbClass: match.verbClass };
}

/** Whether an operative verb asks someone to act (an obligation), rather than observe or judge. */
export function createsObligation(verb: CanonicalVerb): boolean {
  return verb.verbClass === "directive" || verb.verbClass === "deciding";
}
