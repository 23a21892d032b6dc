/**
 * Obligations: each directive or deciding verb of an operative paragraph, the lead verb and those
 * after it (", and invites Member States to ...", "and in this regard calls upon ..."), with its
 * bearers, action, condition, deadline, recurrence and the body owed a report. Observing and
 * evaluative verbs ("welcomes", "notes") end the words of the verb before them but oblige no one.
 */
import {
  type BodyId,
  type CanonicalVerb,
  type Clause,
  createsObligation,
  type Lexicon,
  matchFirstPersonVerb,
  matchOperativeLead,
  type Obligation,
  opensFirstPersonVerb,
  operativeVerb,
  registeredActor,
} from "@mandates/domain";
import type { ActorMention, ActorReader } from "./actors.ts";
import { append } from "./append.ts";
import { type Cues, cuesIn } from "./cues.ts";
import { findDeadline } from "./deadline.ts";
import { deadlinePatternsOf } from "./deadline-grammar.ts";
import { englishGrammar, type Grammar } from "./grammar.ts";
import { allMatches } from "./matches.ts";
import { findRecurrence } from "./recurrence.ts";

export interface ObligationContext {
  adopted: string | null;
  /** For a draft, the date it was issued: deadlines before it are not deadlines. */
  issued?: string | null;
  adoptingBody: BodyId | null;
  actors: ActorReader;
  /** Bearers not in the registry, named from their words; filled as obligations are read. */
  adHoc: Map<string, string>;
  /** Told what could not be read with confidence (a session that no known calendar dates). */
  warn?: (message: string) => void;
  /** Whether "we" speak in the paragraph's part (a declaration): its verbs are read as theirs. */
  firstPerson?: boolean;
  /** The words of the text's language (English when not told). */
  grammar?: Grammar;
}

/** "We" in a declaration the Assembly adopts: the States that speak in it. */
const we = "member-states";

interface VerbAt {
  start: number;
  /** Where the words after the verb begin. */
  end: number;
  written: string;
  verb: CanonicalVerb;
  /** "We request", "Request" under "we:": "we" are bound by what they commit to. */
  firstPerson: boolean;
  /** The pronoun set before a later verb for whom it asks ("l’" of "et l’encourage à"). */
  pronoun?: string;
}

/**
 * Where quotations stand (“...” or "..."), as [start, end) pairs in order. A quotation mark that
 * no other closes is passed over; once one has found no close, no later one is searched for.
 */
function quotations(text: string): number[][] {
  const found: number[][] = [];
  const unclosed = new Set<string>();
  const opening = /[“"]/g;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    const mark = m[0];
    if (unclosed.has(mark)) continue;
    const close = text.indexOf(mark === "“" ? "”" : '"', m.index + 1);
    if (close < 0) unclosed.add(mark);
    else {
      found.push([m.index, close + 1]);
      opening.lastIndex = close + 1;
    }
  }
  return found;
}

/**
 * Whether places lie inside one of some spans ([start, end) pairs, in order, not overlapping). The
 * places must be asked about in increasing order: the spans passed are not looked at again.
 */
class SpanSweep {
  private next = 0;

  constructor(private readonly spans: readonly number[][]) {}

  /** `strictStart`: a place at a span's start is not inside it. */
  inside(at: number, strictStart: boolean): boolean {
    while (this.next < this.spans.length && (this.spans[this.next]?.[1] ?? 0) <= at) this.next++;
    const [a = 0, b = 0] = this.spans[this.next] ?? [];
    return this.next < this.spans.length && (strictStart ? at > a : at >= a) && at < b;
  }
}

/** Where the verbs of a paragraph stand, the lead first. */
function verbsIn(clause: Clause, text: string, firstPerson: boolean, grammar: Grammar): VerbAt[] {
  const verbs: VerbAt[] = [];
  const lead = clause.verb ? operativeVerb(clause.verb) : null;
  if (lead)
    verbs.push({
      start: 0,
      end: clause.lead.length,
      written: clause.lead,
      verb: lead,
      // A lead that is no third-person verb ("We request", "Request") is read in the first person.
      firstPerson: firstPerson && grammar.lexicon.matchOperativeLead(clause.lead) === null,
    });
  // Quotations are looked for only once a verb is found: most paragraphs have no later verb.
  let quoted: SpanSweep | null = null;
  for (const m of allMatches(grammar.laterVerb, text)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[2] ?? "") - (m[1] ?? "").length;
    const end = (m.index ?? 0) + m[0].length;
    if (start < clause.lead.length) continue;
    quoted ??= new SpanSweep(quotations(text));
    if (quoted.inside(start, true)) continue;
    if (readsAsNoun(m[2] ?? "", text.slice(end), grammar)) continue;
    // The verb as the lexicon reads it, with the word after it ("pide a" asks someone).
    const next = /^\s*[^\s,;:.]*/.exec(text.slice(end))?.[0] ?? "";
    const match = grammar.lexicon.matchOperativeLead(`${m[2] ?? ""}${next}`);
    const verb = match ? operativeVerb(match.verb) : null;
    if (!verb) continue;
    // As written: the verb with its adverbs ("also requests"), not the words that join it nor
    // the pronoun before it ("et l’encourage").
    const pronoun = grammar.laterPronoun?.exec(m[1] ?? "")?.[0];
    const adverbs = (m[1] ?? "")
      .slice(0, (m[1] ?? "").length - (pronoun?.length ?? 0))
      .replace(grammar.adverbNoise, "");
    verbs.push({
      start,
      end,
      written: `${adverbs}${m[2] ?? ""}${m[3] ?? ""}`.trim(),
      verb,
      firstPerson: false,
      ...(pronoun ? { pronoun: pronoun.trim() } : {}),
    });
  }
  if (firstPerson) {
    // A paragraph that opens with "We" or with the bare verb under "we:" speaks from its start.
    const spoken = /^We\b/.test(text) || verbs[0]?.firstPerson === true ? 0 : -1;
    append(verbs, firstPersonVerbs(text, clause.lead.length, false, spoken));
  }
  return verbs;
}

/**
 * "legal representation, appeals, full access": a verb followed by a comma is a noun of a list
 * unless a phrase set between commas follows ("requests, in this regard, the ..."). A verb of
 * several words ("takes note of") is never a noun.
 */
function readsAsNoun(written: string, rest: string, grammar: Grammar): boolean {
  const comma = /^\s*,/.exec(rest);
  return (
    (!written.includes(" ") && grammar.nounFollower.test(rest)) ||
    (comma !== null && !grammar.parenthetical.test(rest.slice(comma[0].length)))
  );
}

/**
 * Where "we" speak in a text: "we urge", "We also commit to", and in a declaration's sentence
 * the verbs joined to theirs without "we" again (", and request the Office to", "and will
 * enhance", "and in this regard request"). In sub-items, also the verb that opens an item ("(c) Request the Secretary-General
 * to"). Verbs before `from` (the lead) are left out.
 */
const weVerb =
  /\b[Ww]e\s+(?=[a-z])|(?:[,;]\s+|\band\s+(?:in this regard,?\s+)?)(?=[a-z])|(?:^|\s)\([a-z]{1,4}\)\s+|(?:^|\s)•\s+/g;

/** Base forms that, after "and" without "we", are more often nouns: "and support to ...". */
const nounLike = new Set([
  "supports",
  "mandates",
  "demands",
  "trusts",
  "hopes",
  "thanks",
  "stresses",
  "appeals",
  "launches",
  "pledges",
  "highlights",
  "takes",
  "remains",
  "continues",
  "accepts",
  "considers",
  "observes",
  "maintains",
  "concurs",
  "notes",
]);

/** Decisions that "we" take in a verb joined to another: commitments, not acts of an organ. */
const commitments = new Set(["commits", "resolves", "pledges", "decides", "will"]);

function joinsSpeaker(match: CanonicalVerb, written: string, rest: string): boolean {
  if (nounLike.has(match.verb) || readsAsNoun(written, rest, englishGrammar)) return false;
  return match.verbClass !== "deciding" || commitments.has(match.verb);
}

/**
 * `spokenFrom`: where "we" are the subject from the start (a paragraph or sub-item that opens
 * with the bare verb under "we:"), or -1. A verb joined without "we" counts only in a sentence
 * where "we" speak ("We thus recognize ... and will enhance"): in another ("Combating it ...
 * requires X and will take"), its subject is not "we".
 */
function firstPersonVerbs(
  text: string,
  from: number,
  items: boolean,
  spokenFrom: number,
): VerbAt[] {
  const verbs: VerbAt[] = [];
  let quoted: SpanSweep | null = null;
  // Where the sentence in which "we" last spoke ends.
  let speaking = spokenFrom >= 0 ? sentenceEnd(text, spokenFrom) : -1;
  for (const m of allMatches(weVerb, text)) {
    const at = (m.index ?? 0) + m[0].length;
    const spoken = /^\s*[Ww]e\s/.test(m[0]);
    const label = !spoken && /[(•]/.test(m[0]);
    if (label && !items) continue;
    if (spoken || label) speaking = sentenceEnd(text, at);
    // Most commas and "and"s are followed by no verb: the first word rules them out.
    wordAt.lastIndex = at;
    if (!opensFirstPersonVerb((wordAt.exec(text)?.[0] ?? "").toLowerCase())) continue;
    const match = matchFirstPersonVerb(text.slice(at, at + 80));
    if (!match) continue;
    const start = spoken ? (m.index ?? 0) + m[0].search(/[Ww]/) : at;
    if (start < from) continue;
    quoted ??= new SpanSweep(quotations(text));
    if (quoted.inside(start, true)) continue;
    const words = wordsAfter(text, at, match.words);
    const end = at + words;
    const written = text.slice(at, end);
    // Without "we", a verb joined to the one before: in a sentence where "we" speak, and not one
    // that reads as a noun there, nor a decision other than a commitment ("to enact laws and
    // establish policies" goes on with what is asked).
    if (
      !spoken &&
      !label &&
      (at > speaking ||
        !joinsSpeaker(match, written, text.slice(end)) ||
        joinsInfinitive(text, m.index ?? 0))
    )
      continue;
    verbs.push({ start, end, written, verb: match, firstPerson: true });
  }
  return verbs;
}

/**
 * Whether the "and" before a joined verb follows an infinitive ("to prevent and resolve
 * conflicts"): the verb goes on with that infinitive, it is not what "we" do.
 */
function joinsInfinitive(text: string, and: number): boolean {
  return /\bto\s+[a-z]+,?\s*$/.test(text.slice(Math.max(0, and - 40), and));
}

/** The word at a place, read where it is asked for. */
const wordAt = /[A-Za-z]+/y;

/** Patterns for the first n words of a text, by n. */
const firstWords = new Map<number, RegExp>();

/** How many characters the first `count` words after `at` take (letters and inner hyphens). */
function wordsAfter(text: string, at: number, count: number): number {
  let pattern = firstWords.get(count);
  if (!pattern) {
    pattern = new RegExp(`^(?:[^A-Za-z]*[A-Za-z][A-Za-z-]*){${count}}`);
    firstWords.set(count, pattern);
  }
  return pattern.exec(text.slice(at, at + 120))?.[0].length ?? 0;
}

/**
 * Where the sentence that holds `from` ends: at a full stop or semicolon before a capital, not
 * after an abbreviation ("No. 38", "vol. 2225", "e.g. Member States").
 */
function sentenceEnd(text: string, from: number): number {
  const end = /[.;](?=\s+[A-Z“"(])/g;
  end.lastIndex = from;
  for (let m = end.exec(text); m !== null; m = end.exec(text)) {
    if (!abbreviation.test(text.slice(Math.max(0, m.index - 6), m.index))) return m.index;
  }
  return text.length;
}
const abbreviation =
  /(?:\b(?:No|Nos|vols?|paras?|arts?|pp?|chap|sect|cf|Mr|Ms|Mrs|Dr|St)|\b[a-z]\.[a-z])$/;

/**
 * Where the action begins: the first infinitive, unless a phrase between commas stands before it
 * ("States, in accordance with their obligations to protect ..., to encourage"), when the action
 * is the infinitive after the phrase's closing comma. Commas that separate addressees ("the donor
 * community, United Nations agencies and organizations to extend") do not count.
 */
function actionStart(words: string, grammar: Grammar): RegExpExecArray | null {
  const infinitive = grammar.actionStart;
  infinitive.lastIndex = 0;
  const first = infinitive.exec(words);
  let found = first;
  if (first && !afterComma(words, first.index) && opensPhraseBefore(words, first.index, grammar))
    for (let next = infinitive.exec(words); next; next = infinitive.exec(words))
      if (afterComma(words, next.index)) {
        found = next;
        break;
      }
  infinitive.lastIndex = 0;
  return found;
}

/** Whether a comma stands just before `at` (spaces between). */
function afterComma(words: string, at: number): boolean {
  return words
    .slice(Math.max(0, at - 3), at)
    .trim()
    .endsWith(",");
}

/** Whether a comma before `end` opens a phrase set between commas. */
function opensPhraseBefore(words: string, end: number, grammar: Grammar): boolean {
  for (
    let comma = words.indexOf(",");
    comma >= 0 && comma < end;
    comma = words.indexOf(",", comma + 1)
  )
    if (grammar.parenthetical.test(words.slice(comma + 1, end))) return true;
  return false;
}
/**
 * Whether the words after a verb (at `at` in the clause) open with whom it addresses: a name, or
 * an actor found there ("civil society, and invites ..."). Words that open otherwise name the
 * thing asked for ("urges the rapid disbursement of donor pledges").
 */
function addressed(
  words: string,
  at: number,
  mentions: readonly ActorMention[],
  grammar: Grammar,
): boolean {
  if (grammar.opensWithName.test(words) || grammar.opensWithAgents.test(words)) return true;
  const first = mentions[firstFrom(mentions, at)];
  return (
    first !== undefined &&
    first.start - at <= words.length &&
    grammar.onlyBeforeAddressee.test(words.slice(0, first.start - at))
  );
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      // Accents dropped, not cut: "République" is "republique", not "re-publique".
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60)
      .replace(/-$/, "")
  );
}

/** Each lexicon's bearers named in English (`inEnglish`), by the ids of both names. */
const englishIds = new Map<Lexicon["language"], ReadonlyMap<string, string>>();

function englishIdsOf(lexicon: Lexicon): ReadonlyMap<string, string> {
  let ids = englishIds.get(lexicon.language);
  if (!ids) {
    ids = new Map(
      Object.entries(lexicon.actors.inEnglish).map(([words, english]) => [
        slug(words),
        slug(english),
      ]),
    );
    englishIds.set(lexicon.language, ids);
  }
  return ids;
}

/**
 * A bearer the registry does not know, named from its words ("the Special Committee"); where the
 * lexicon knows the English versions' words for them ("le Comité"), it takes their id.
 */
function adHocBearer(words: string, context: ObligationContext, grammar: Grammar): string | null {
  const name = (words.replace(grammar.condition, "").split(/[,;(]/)[0] ?? "")
    .replace(grammar.bearerArticles, "")
    .replace(/\s+(?:thereupon|therefore|also|further|again|immediately|urgently)$/i, "")
    .trim();
  const inEnglish = englishIdsOf(grammar.lexicon);
  const english = name && inEnglish.size > 0 ? inEnglish.get(slug(name)) : undefined;
  if (english) {
    if (!context.adHoc.has(english)) context.adHoc.set(english, name);
    return english;
  }
  // A name, not a stray phrase: a few words, one of them capitalized.
  if (!name || name.split(/\s+/).length > 10 || !/\b[A-Z]/.test(name)) return null;
  const id = slug(name);
  if (!id) return null;
  if (!context.adHoc.has(id)) context.adHoc.set(id, name);
  return id;
}

/** Where the spaces and punctuation before `end` begin. */
function joinStart(words: string, end: number): number {
  let at = end;
  while (at > 0 && " \n,;.".includes(words.charAt(at - 1))) at--;
  return at;
}

/**
 * The words without what joins them to the next verb: trailing spaces and punctuation, and a
 * closing "and" (", and invites ..."). Works from the end: the words may be a whole paragraph.
 */
function trimJoin(words: string, and = " and"): string {
  let end = joinStart(words, words.length);
  if (words.slice(Math.max(0, end - and.length), end) === and)
    end = joinStart(words, end - and.length);
  return words.slice(0, end).trim();
}

/**
 * The index of the first mention that starts at or after `at` (mentions are in reading order, and
 * do not overlap): a binary search, where a search from the start for each verb would read every
 * mention of a long paragraph once per verb.
 */
function firstFrom(mentions: readonly ActorMention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The mentions that start in [from, to), in order. */
function mentionsIn(mentions: readonly ActorMention[], from: number, to: number): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = firstFrom(mentions, from); i < mentions.length; i++) {
    const mention = mentions[i] as ActorMention;
    if (mention.start >= to) break;
    found.push(mention);
  }
  return found;
}

/**
 * The official named last before a place ("..., and requests him to"). Verbs are asked about in
 * order, so the mentions are read once for them all.
 */
class LastOfficial {
  private next = 0;
  private last: ActorMention | undefined;

  constructor(private readonly mentions: readonly ActorMention[]) {}

  before(at: number): ActorMention | undefined {
    for (; this.next < this.mentions.length; this.next++) {
      const mention = this.mentions[this.next] as ActorMention;
      if (mention.end > at) break;
      if (registeredActor(mention.id)?.kind === "official") this.last = mention;
    }
    return this.last;
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Sub-items with their labels, in order, nested ones after their parent. */
function labelledItems(items: Clause["items"], into: string[]): string[] {
  for (const item of items) {
    into.push(`${item.label} ${item.text}`);
    labelledItems(item.items, into);
  }
  return into;
}

function itemsText(clause: Clause): string {
  return labelledItems(clause.items, []).join(" ");
}

/** The body owed a report: "to report to the Commission ...", "to submit to it". */
function reportTo(
  action: string,
  mentions: readonly ActorMention[],
  self: BodyId | null,
  cues: Cues,
  grammar: Grammar,
): string | null {
  if (!cues.report || !grammar.reportTo) return null;
  const m = grammar.reportTo.exec(action);
  if (!m) return null;
  if (m[1] !== undefined && grammar.lexicon.obligations.selfPronouns.includes(m[1])) return self;
  const at = m.index + m[0].length - (m[1]?.length ?? 0);
  return mentions.find((x) => x.start >= at - 1 && x.start <= at + 5)?.id ?? null;
}

/** A deadline of its own, for an obligation that shares another's action. */
function copyOfDeadline(deadline: NonNullable<Obligation["deadline"]>): Obligation["deadline"] {
  return deadline.session ? { ...deadline, session: { ...deadline.session } } : { ...deadline };
}

/** What is read in an obligation's action: its words, and the deadline, recurrence and report. */
interface ActionWords {
  action: string;
  deadline: Obligation["deadline"];
  recurrence: Obligation["recurrence"];
  reportTo: string | null;
}

/**
 * Reads an action: the words after the verb's joining marks, with the paragraph's sub-items when
 * the verb's words end with a colon. Only the actors named within the action's reach are carried
 * over (those further on cannot bear on its deadline or report).
 */
function readAction(
  draft: { action: string | null; actionAt: number; bearers?: readonly string[] },
  hasItems: boolean,
  items: string,
  mentions: readonly ActorMention[],
  itemMentions: readonly ActorMention[],
  context: ObligationContext,
): ActionWords {
  // The words joining the action to the verb ("Decides that, for ...", "Calls upon States:").
  const grammar = context.grammar ?? englishGrammar;
  const joining = /^[\s,;:]*/.exec(draft.action ?? "")?.[0].length ?? 0;
  const actionAt = draft.actionAt + joining;
  let action = trimJoin((draft.action ?? "").slice(joining), grammar.lexicon.obligations.and);
  if (hasItems)
    action = action ? `${action.endsWith(":") ? action.slice(0, -1) : action}: ${items}` : items;
  const cues = cuesIn(action, deadlinePatternsOf(grammar.lexicon));
  // A report owed "to the Council" may name it a few characters past the words searched.
  const actionMentions = mentionsIn(mentions, actionAt, actionAt + action.length + 8).map((x) => ({
    ...x,
    start: x.start - actionAt,
    end: x.end - actionAt,
  }));
  const allMentions = hasItems
    ? [
        ...actionMentions,
        ...itemMentions.map((x) => ({
          ...x,
          start: x.start + action.length - items.length,
          end: x.end + action.length - items.length,
        })),
      ]
    : actionMentions;
  return {
    action,
    deadline: findDeadline(
      action,
      allMentions,
      {
        adopted: context.adopted,
        issued: context.issued,
        adoptingBody: context.adoptingBody,
        bearers: draft.bearers,
        warn: context.warn,
        lexicon: grammar.lexicon,
      },
      cues,
    ),
    recurrence: findRecurrence(action, cues, grammar.lexicon),
    reportTo: reportTo(action, allMentions, context.adoptingBody, cues, grammar),
  };
}

/** What is read of one verb before its action is read: whom it binds and where its action stands. */
interface Draft {
  verb: VerbAt;
  end: number;
  bearerText: string;
  bearers: string[];
  action: string | null;
  actionAt: number;
  condition: string | null;
}

/** The verb a verb reads as when it names no one it asks (the lexicon's `unaddressed`). */
function unaddressed(verb: VerbAt, grammar: Grammar): VerbAt {
  const instead = grammar.lexicon.obligations.unaddressed[verb.verb.verb];
  const other = instead ? operativeVerb(instead) : null;
  return other ? { ...verb, verb: other } : verb;
}

/** Where a verb's words may reach: the next verb, or for "we", the end of the sentence. */
function reachOf(text: string, verbs: readonly VerbAt[], k: number): number {
  const verb = verbs[k] as VerbAt;
  const next = verbs[k + 1]?.start ?? text.length;
  return verb.firstPerson ? Math.min(next, sentenceEnd(text, verb.end)) : next;
}

/** The drafts of the verbs of `text` (a paragraph, or its sub-items) that oblige. */
function draftsIn(
  text: string,
  verbs: readonly VerbAt[],
  mentions: readonly ActorMention[],
  context: ObligationContext,
): Draft[] {
  const grammar = context.grammar ?? englishGrammar;
  const and = grammar.lexicon.obligations.and;
  const officials = new LastOfficial(mentions);
  const drafts: Draft[] = [];
  verbs.forEach((read, k) => {
    let verb = read;
    const end = reachOf(text, verbs, k);
    if (!createsObligation(verb.verb)) return;
    let after = text.slice(verb.end, end);
    let afterAt = verb.end;
    if (grammar.seized.test(after)) return;
    // "Reiterates its request to the Secretary-General to ...": after a noun, "to" introduces
    // whom it addresses, not the action.
    const to = grammar.nominalLead.test(verb.written) ? grammar.nominalTo.exec(after) : null;
    if (to && addressed(after.slice(to[0].length), afterAt + to[0].length, mentions, grammar)) {
      after = after.slice(to[0].length);
      afterAt += to[0].length;
    }
    let bearerText = "";
    let bearers: string[] = [];
    let action: string | null = null;
    let actionAt = afterAt;
    let condition: string | null = null;
    const self = verb.firstPerson
      ? [weBearer(context)]
      : context.adoptingBody
        ? [context.adoptingBody]
        : [];
    const that = grammar.that.exec(after);
    if (verb.pronoun !== undefined) {
      // "et le prie de", "y las insta a que": whom it asks is named before; a pronoun for one
      // official is the official named last, for others no one is named here.
      const inf = actionStart(after, grammar);
      const opening = inf && after.slice(0, inf.index).trim() === "" ? inf : null;
      action = opening ? after.slice(opening.index + opening[0].length) : after.trimStart();
      actionAt = afterAt + after.length - action.length;
      const official = grammar.officialPronoun.test(verb.pronoun.replace(/[’']$/, ""))
        ? officials.before(verb.start)
        : undefined;
      bearers = official ? [official.id] : [];
    } else if (verb.verb.verb === "calls for") {
      action = after;
    } else if (verb.verb.verb === "will") {
      // "We will provide ...": what follows is what those who speak will do.
      const words = after.trimStart();
      action = words;
      actionAt = afterAt + after.length - words.length;
      bearers = self;
    } else if (that) {
      action = after.slice(that[0].length);
      actionAt = afterAt + that[0].length;
      const subject = mentionsIn(mentions, actionAt, actionAt + 80);
      bearers =
        verb.verb.verbClass === "deciding"
          ? subject.length
            ? unique(subject.map((x) => x.id))
            : self
          : unique(subject.map((x) => x.id));
      bearerText = subject.length
        ? text.slice(subject[0]?.start ?? 0, subject.at(-1)?.end ?? 0)
        : "";
      // "Demande que soient renforcées les actions ...": asked of no one named.
      if (bearers.length === 0) verb = unaddressed(verb, grammar);
    } else if (grammar.direct.test(after) || after.trim() === "") {
      // "Decides to convene", "Calls upon:", "We decide to:", "Décide de proroger".
      const joining = grammar.directJoin.exec(after)?.[0].length ?? 0;
      action = after.slice(joining);
      actionAt = afterAt + joining;
      bearers = self;
    } else {
      const inf = actionStart(after, grammar);
      const deciding = verb.verb.verbClass === "deciding";
      if (!inf && (deciding || !addressed(after, afterAt, mentions, grammar))) {
        // "urges the rapid disbursement of donor pledges", "Approves the cost estimates": what
        // is asked is named, not who is asked; a decision binds the body that adopts it.
        const words = after.trimStart();
        action = words;
        actionAt = afterAt + after.length - words.length;
        bearers = deciding ? self : [];
        if (!deciding) verb = unaddressed(verb, grammar);
      } else {
        // "We request the Secretary-General to:" with its sub-items: "to:" ends whom it asks.
        const toItems = inf ? null : /\s+to\s*:\s*$/.exec(after);
        const bearerEnd = inf ? inf.index : toItems ? toItems.index : after.length;
        bearerText = trimJoin(after.slice(0, bearerEnd), and);
        const manner = new SpanSweep(
          allMatches(grammar.manner, bearerText).map((m) => [
            afterAt + (m.index ?? 0),
            afterAt + (m.index ?? 0) + m[0].length,
          ]),
        );
        const inBearer = mentionsIn(mentions, afterAt, afterAt + bearerEnd).filter(
          (x) => x.end <= afterAt + bearerEnd && !manner.inside(x.start, false),
        );
        const core = bearerText.replace(grammar.manner, " ");
        condition = grammar.condition.exec(core)?.[0].trim() ?? null;
        bearers = unique(inBearer.map((x) => x.id));
        if (bearers.length === 0 && grammar.officialPronoun.test(core.trim())) {
          // "Expresses its gratitude to the Secretary-General ..., and requests him to": the
          // official named last before the verb.
          const official = officials.before(verb.start);
          if (official) bearers = [official.id];
        } else if (bearers.length === 0) {
          const id = adHocBearer(core, context, grammar);
          if (id) bearers = [id];
        }
        if (inf) {
          action = after.slice(inf.index + inf[0].length);
          actionAt = afterAt + inf.index + inf[0].length;
        } else if (toItems) {
          action = ":";
          actionAt = afterAt + toItems.index + toItems[0].length - 1;
        }
      }
    }
    drafts.push({ verb, end, bearerText, bearers, action, actionAt, condition });
  });
  // An obligation without its own action shares the next one's ("Urges X, and invites Y, to ...").
  let sharedAction: { action: string; offset: number } | null = null;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const draft = drafts[k];
    if (!draft) continue;
    if (draft.action === null && sharedAction) {
      draft.action = sharedAction.action;
      draft.actionAt = sharedAction.offset;
    } else if (draft.action !== null)
      sharedAction = { action: draft.action, offset: draft.actionAt };
  }
  return drafts;
}

/** Who "we" are in a declaration: the States that speak in it. Named among the text's actors. */
function weBearer(context: ObligationContext): string {
  context.actors.seen.add(we);
  return we;
}

/** The obligation of a draft, the `n`th of its clause; `offset` where the text read starts. */
function obligationOf(
  clause: Clause,
  n: number,
  draft: Draft,
  words: ActionWords,
  shared: boolean,
  offset: number,
): Obligation {
  const { action, deadline, recurrence, reportTo: reportedTo } = words;
  return {
    id: `${clause.id}.${n}`,
    clause: clause.id,
    verb: draft.verb.verb.verb,
    verbText: draft.verb.written,
    verbClass: draft.verb.verb.verbClass,
    strength: draft.verb.verb.strength,
    bearers: draft.bearers,
    bearerText: draft.bearerText,
    action,
    condition: draft.condition,
    // Each obligation has its own copies: a change to one does not reach another.
    deadline: shared && deadline ? copyOfDeadline(deadline) : deadline,
    recurrence: shared && recurrence ? { ...recurrence } : recurrence,
    reportTo: reportedTo,
    span: [offset + draft.verb.start, offset + draft.end],
  };
}

/** Whether a paragraph ends with words where "we" speak that lead into its sub-items. */
function leadsIntoItems(clause: Clause): boolean {
  const text = clause.text;
  const start = Math.max(text.lastIndexOf(". "), text.lastIndexOf("; ")) + 1;
  // A paragraph of one sentence opening with a bare verb under "we:" ("Decide to:") speaks too.
  const bare = start === 0 && clause.verb !== "" && matchOperativeLead(clause.lead) === null;
  return /:\s*$/.test(text) && (/\b[Ww]e\b/.test(text.slice(start)) || bare);
}

/**
 * The obligations of a paragraph, in the order read: `text` and, in the first person, each
 * verb of its sub-items that obliges ("(c) Request the Secretary-General to ..." under "We
 * decide to:"), whose span runs on past the paragraph's text into its sub-items as printed after
 * it, one space between.
 */
export function findObligations(clause: Clause, context: ObligationContext): Obligation[] {
  if (clause.kind !== "operative") return [];
  const firstPerson = context.firstPerson === true;
  const text = clause.text;
  const mentions = context.actors.read(text);
  const verbs = verbsIn(clause, text, firstPerson, context.grammar ?? englishGrammar).sort(
    (a, b) => a.start - b.start,
  );
  const items = itemsText(clause);
  const itemMentions = items ? context.actors.read(items) : [];
  const obligations: Obligation[] = [];
  const drafts = draftsIn(text, verbs, mentions, context);

  // Obligations that share an action share what is read in it: it is read once.
  let read: { draft: Draft; hasItems: boolean; words: ActionWords } | null = null;
  for (const draft of drafts) {
    let shared = true;
    const hasItems =
      text
        .slice(Math.max(0, draft.end - 3), draft.end)
        .trim()
        .endsWith(":") && items !== "";
    if (
      read === null ||
      read.hasItems !== hasItems ||
      read.draft.action !== draft.action ||
      read.draft.actionAt !== draft.actionAt
    ) {
      const words = readAction(draft, hasItems, items, mentions, itemMentions, context);
      read = { draft, hasItems, words };
      shared = false;
    }
    obligations.push(obligationOf(clause, obligations.length + 1, draft, read.words, shared, 0));
  }
  if (!firstPerson || items === "") return obligations;
  // The bare verbs that open sub-items are "ours" only under words where "we" speak that lead
  // into them ("We decide to:", "As a follow-up, we:"), not under "Targets:".
  const itemVerbs = firstPersonVerbs(items, 0, leadsIntoItems(clause), -1);
  let itemRead: { draft: Draft; words: ActionWords } | null = null;
  for (const draft of draftsIn(items, itemVerbs, itemMentions, context)) {
    const shared =
      itemRead !== null &&
      itemRead.draft.action === draft.action &&
      itemRead.draft.actionAt === draft.actionAt;
    if (!shared || itemRead === null)
      itemRead = { draft, words: readAction(draft, false, "", itemMentions, [], context) };
    obligations.push(
      obligationOf(clause, obligations.length + 1, draft, itemRead.words, shared, text.length + 1),
    );
  }
  return obligations;
}
