/**
 * Deadlines in an obligation's words: a session of a body ("to the Commission ... at its
 * twenty-sixth session", resolved through that body's calendar and no other's), a day ("by
 * 31 December 2025"), a month or a year ("by 2030", "in 2016"), a time after adoption ("within
 * fifteen days of the adoption of the present resolution"), or an event the text schedules ("the
 * high-level meeting will be held on Monday, 24 November ... 2025": kind "event").
 *
 * Nothing before the text was adopted (or, for a draft, issued) is a deadline: "the resolution
 * adopted by the Conference of the States Parties at its sixth session" tells what was done.
 */
import {
  type ActorKind,
  type BodyId,
  calendarBodyOf,
  type Deadline,
  type Lexicon,
  registeredActor,
  sessionPeriod,
} from "@mandates/domain";
import type { ActorMention } from "./actors.ts";
import { type Cues, cuesIn } from "./cues.ts";
import { isoDate, monthNumber } from "./dates.ts";
import {
  type DeadlinePatterns,
  deadlinePatternsOf,
  englishDeadlinePatterns as englishPatterns,
} from "./deadline-grammar.ts";
import { organNamed } from "./front-matter.ts";
import { allMatches } from "./matches.ts";

export interface DeadlineContext {
  /** Adoption date of the resolution, YYYY-MM-DD. */
  adopted: string | null;
  /** For a draft, not yet adopted: the date it was issued, YYYY-MM-DD. */
  issued?: string | null;
  adoptingBody: BodyId | null;
  /**
   * Who the obligation binds: a bearer that holds sessions holds the session its words name
   * ("Encourages the Commission on the Status of Women to consider ... at its sixty-ninth
   * session"), when no body is named in the words themselves.
   */
  bearers?: readonly string[];
  /** Told of a session that could not be dated: its body has no known calendar, or is unclear. */
  warn?: (message: string) => void;
  /** The language of the words (English when not told): its lexicon gives the patterns. */
  lexicon?: Lexicon;
}

/*
 * The patterns are the language's (packages/domain/src/lexicon/deadlines-*.ts), compiled in
 * deadline-grammar.ts: "at its twenty-sixth session" (groups: number, organ), "by 31 December
 * 2025", "by June 2026", "by 2030", "within 30 days of the adoption of the present resolution",
 * and an event's cue, day, month and year ("will be held on Monday, 24 November ... 2025").
 */

/** How far after an event's cue its date may stand ("to be held in Yerevan, Armenia, from 18 to 30 October 2026"). */
const eventReach = 140;

interface Found {
  at: number;
  deadline: Deadline;
}

/**
 * When words hold several times, the first one due is the obligation's deadline; "until" comes
 * last, since it more often bounds what is planned ("measures planned until 2017") than when it
 * is due.
 */
function dueKey(found: Found, p: DeadlinePatterns): string {
  const { deadline } = found;
  const until = p.until.test(deadline.text) ? "1" : "0";
  return `${until}${deadline.date ?? `${deadline.year}-12`}`;
}

const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

/** Kinds of actor that hold numbered sessions (the Security Council holds meetings instead). */
const sessionKinds: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "principal-organ",
  "subsidiary-body",
  "treaty-body",
  "intergovernmental",
  "specialized-agency",
]);

/** Actors of those kinds that meet otherwise: the Council, the Secretariat, the Court. */
const noSessions: ReadonlySet<string> = new Set(["sc", "secretariat", "icj"]);

/** Whether an actor holds numbered sessions. */
function holdsSessions(id: string): boolean {
  if (noSessions.has(id)) return false;
  const kind = registeredActor(id)?.kind;
  return kind !== undefined && sessionKinds.has(kind);
}

/** A name cited, not a body acting: "Human Rights Council resolution 5/1". */
const citation = /^\s+(?:resolutions?|decisions?)\b/;

/**
 * The bodies that hold sessions named in the words, by where each mention ends, to ask which
 * were named last before a place. Sorted once, then each session is a binary search, not a pass
 * over every mention before it.
 */
class SessionHolders {
  private readonly ends: number[] = [];
  private readonly ids: string[] = [];
  /** Every mention by where it starts, for the organ named right after a session. */
  private readonly byStart: ActorMention[];

  constructor(
    mentions: readonly ActorMention[],
    private readonly text: string,
    private readonly ofThe: RegExp,
  ) {
    this.byStart = [...mentions].sort((a, b) => a.start - b.start);
    const holders = mentions.filter(
      (x) => holdsSessions(x.id) && !citation.test(text.slice(x.end, x.end + 14)),
    );
    // Mentions come in reading order; those of a paragraph's items follow its own.
    holders.sort((a, b) => a.end - b.end);
    for (const mention of holders) {
      this.ends.push(mention.end);
      this.ids.push(mention.id);
    }
  }

  /** The `count` bodies named last before `at`, each once, nearest last ([] if none). */
  lastBefore(at: number, count = 1): string[] {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.ends[middle] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    // A bounded look back: a run of one body named many times must not make each session a pass.
    const stop = Math.max(0, low - 1 - lookBack);
    for (let i = low - 1; i >= stop && found.length < count; i--) {
      const id = this.ids[i] as string;
      if (!found.includes(id)) found.unshift(id);
    }
    return found;
  }

  /** The body named right after `end` ("... session of the General Assembly"), if any. */
  namedAfter(end: number): string | null {
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.byStart[middle]?.start ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.byStart.length; i++) {
      const mention = this.byStart[i] as ActorMention;
      if (mention.start - end > gapBeforeOrgan) break;
      if (this.ofThe.test(this.text.slice(end, mention.start))) return mention.id;
    }
    return null;
  }
}

/** How many mentions back a session's holder is looked for, and how far "of the" may stretch. */
const lookBack = 64;
const gapBeforeOrgan = 24;

/**
 * Who holds a session, and so whose calendar dates it: the organ named after it ("of the General
 * Assembly", "of the Conference of the Parties"); else, in turn, the body named last before it
 * in the words (for "their sixty-first and eightieth sessions", the bodies named last, in order),
 * a bearer that holds sessions, and the adopting body ("Decides to include in the provisional
 * agenda of its eightieth session"). A body whose calendar has no such session ("the Economic
 * and Social Council ... at its eighty-fourth session") gives way to the next; one with no known
 * calendar stops the search: the session is not dated. Null when no body holds it.
 */
function sessionHolder(
  m: RegExpExecArray,
  n: number,
  holders: SessionHolders,
  context: DeadlineContext,
  p: DeadlinePatterns,
): string | null {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const organ = m.groups?.organ ? organNamed(m.groups.organ) : null;
  if (organ) return organ;
  const after = holders.namedAfter(end);
  if (after) return after;
  const numbers = p.theirs.test(m[0]) ? allMatches(p.sessionNumber, m[0]).length : 1;
  const named = holders.lastBefore(at, numbers);
  const candidates = [
    ...(named.length === numbers ? named.slice(0, 1) : named.slice(-1)),
    ...(context.bearers?.filter(holdsSessions) ?? []),
    ...(context.adoptingBody && holdsSessions(context.adoptingBody) ? [context.adoptingBody] : []),
  ];
  for (const id of candidates) {
    const calendar = calendarBodyOf(id);
    if (!calendar || sessionPeriod(calendar, n)) return id;
  }
  return candidates[0] ?? null;
}

function nameOf(id: string): string {
  return registeredActor(id)?.name ?? id;
}

function addTime(
  iso: string,
  amount: number,
  unit: "hour" | "day" | "week" | "month" | "year",
  working: boolean,
): string {
  const date = new Date(`${iso}T00:00:00Z`);
  // Hours count in whole days: "within twenty-four hours" of adoption is due the next day.
  if (unit === "hour") date.setUTCDate(date.getUTCDate() + Math.ceil(amount / 24));
  else if (unit === "day" && working) {
    // Working days: Monday to Friday.
    for (let left = amount; left > 0; ) {
      date.setUTCDate(date.getUTCDate() + 1);
      const day = date.getUTCDay();
      if (day !== 0 && day !== 6) left--;
    }
  } else if (unit === "day") date.setUTCDate(date.getUTCDate() + amount);
  else if (unit === "week") date.setUTCDate(date.getUTCDate() + 7 * amount);
  else if (unit === "month") date.setUTCMonth(date.getUTCMonth() + amount);
  else date.setUTCFullYear(date.getUTCFullYear() + amount);
  return date.toISOString().slice(0, 10);
}

/** A year a deadline may fall in: within forty years of adoption (or of issue, for a draft). */
function isPlausible(year: number, adoptedYear: number | null): boolean {
  return adoptedYear === null || (year >= adoptedYear && year <= adoptedYear + 40);
}

/**
 * A day a deadline may fall on: a plausible year, and not before the text was adopted ("held on
 * 3 May 2025" in a resolution of December 2025 tells what happened, not when anything is due).
 * A month must be after the month of adoption: its due date is its first day, and a month under
 * way at adoption ("in December 2023" in a text of 19 December 2023) has already begun.
 */
function isPlausibleDate(iso: string, reference: string | null): boolean {
  if (!reference) return true;
  if (!isPlausible(Number(iso.slice(0, 4)), yearOf(reference))) return false;
  return iso.length === 7 ? iso > reference.slice(0, 7) : iso >= reference;
}

/**
 * Whether places, asked in increasing order, lie inside any of some spans ([start, end), in any
 * order and maybe overlapping): the spans are sorted once and passed over once.
 */
class Covered {
  private readonly spans: number[][];
  private next = 0;
  private reach = -1;

  constructor(spans: number[][]) {
    this.spans = spans.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  }

  covers(at: number): boolean {
    // The furthest end of the spans that start at or before `at`.
    while (this.next < this.spans.length && (this.spans[this.next]?.[0] ?? 0) <= at) {
      this.reach = Math.max(this.reach, this.spans[this.next]?.[1] ?? 0);
      this.next++;
    }
    return at < this.reach;
  }
}

/**
 * The sessions named in the words, each dated by its holder's calendar: due when it opens for
 * what is considered at it, when it closes for what is done during it or by its end, or when it
 * closes if it was under way at adoption; not at all once it has closed.
 */
function sessionDeadlines(
  text: string,
  mentions: readonly ActorMention[],
  context: DeadlineContext,
  reference: string | null,
  p: DeadlinePatterns,
): Found[] {
  const found: Found[] = [];
  const holders = new SessionHolders(mentions, text, p.ofThe);
  const month = reference?.slice(0, 7) ?? null;
  for (const m of allMatches(p.session, text)) {
    const at = m.index ?? 0;
    const words = m[0].trim();
    const number = m.groups?.number ?? m.groups?.numberAfter ?? "";
    const n = /^\d{4}$/.test(number) ? Number(number) : p.numbers.ordinalValue(number);
    if (n === null) continue;
    const holder = sessionHolder(m, n, holders, context, p);
    if (!holder) {
      context.warn?.(`"${words}": which body holds the session is not clear, so it is not dated.`);
      continue;
    }
    const calendar = calendarBodyOf(holder);
    if (!calendar) {
      context.warn?.(
        `"${words}" is a session of the ${nameOf(holder)}, whose calendar is not known, so it is not dated.`,
      );
      continue;
    }
    const period = sessionPeriod(calendar, n);
    if (!period) {
      context.warn?.(
        `"${words}": the ${nameOf(calendar)} has no session ${n} in its calendar, so it is not dated.`,
      );
      continue;
    }
    const throughout =
      p.throughout.test(m[0]) || p.closing.test(text.slice(Math.max(0, at - 20), at));
    let due = throughout ? period.end : period.start;
    if (month !== null && due <= month) due = period.end;
    // A session that has closed, or closes in the month of adoption, is a reference to the past.
    if (month !== null && due <= month) continue;
    found.push({
      at,
      deadline: {
        text: words,
        year: Number(due.slice(0, 4)),
        date: due,
        session: { body: calendar, number: n, start: period.start, end: period.end },
        precision: "session",
        bound: "at",
        kind: "deadline",
      },
    });
  }
  return found;
}

/**
 * The events the words schedule, each with the first day, month or year it is held on: "will be
 * held on Monday, 24 November, and Tuesday, 25 November 2025" is 24 November 2025; "to be held in
 * Nairobi from 8 to 12 December 2025" is 8 December 2025; "to convene in 2026" is 2026.
 */
function eventDates(text: string, reference: string | null, p: DeadlinePatterns): Found[] {
  const found: Found[] = [];
  for (const cue of allMatches(p.eventCue, text)) {
    const start = cue.index ?? 0;
    const from = start + cue[0].length;
    // The phrase ends at the clause's next stop.
    const window = /^[^;:]*/.exec(text.slice(from, from + eventReach))?.[0] ?? "";
    const event = eventIn(window, p);
    if (!event) continue;
    const plausible = event.date
      ? isPlausibleDate(event.date, reference)
      : isPlausible(event.year, yearOf(reference));
    if (!plausible) continue;
    found.push({
      at: start,
      deadline: {
        text: text.slice(start, from + event.end).trim(),
        year: event.year,
        ...(event.date ? { date: event.date } : {}),
        precision: event.precision,
        bound: "at",
        kind: "event",
      },
    });
  }
  return found;
}

/** The first date in the words after an event's cue, and where it ends. */
function eventIn(
  window: string,
  p: DeadlinePatterns,
): {
  year: number;
  date?: string;
  precision: "day" | "month" | "year";
  end: number;
} | null {
  const day = p.eventDay.exec(window);
  if (day) {
    const after = (day.index ?? 0) + day[0].length;
    const closing = p.closingMonthYear.exec(window.slice(after));
    const closingAt = closing ? after + (closing.index ?? 0) : -1;
    // "on 24 September 2026": the day's own month comes right before its year.
    const ownYear = day[2] ? p.ownYear.exec(window.slice(after)) : null;
    const y = ownYear ? Number(ownYear[1]) : closing ? Number(closing[2]) : null;
    const monthName = day[2] ?? closing?.[1];
    if (y !== null && monthName) {
      const iso = isoDate(Number(day[1]), monthNumber(monthName), y);
      const end = ownYear ? after + ownYear[0].length : closingAt + (closing?.[0].length ?? 0);
      if (iso) return { year: y, date: iso, precision: "day", end };
    }
  }
  const coarse = p.eventMonthOrYear.exec(window);
  if (!coarse) return null;
  const end = (coarse.index ?? 0) + coarse[0].length;
  const y = Number(coarse[2]);
  if (coarse[1])
    return {
      year: y,
      date: `${y}-${String(monthNumber(coarse[1])).padStart(2, "0")}`,
      precision: "month",
      end,
    };
  return { year: y, precision: "year", end };
}

/** The first deadline stated in `text`; `mentions` are the actors named in it, with offsets. */
export function findDeadline(
  text: string,
  mentions: readonly ActorMention[],
  context: DeadlineContext,
  cues: Cues = cuesIn(text),
): Deadline | null {
  const p = context.lexicon ? deadlinePatternsOf(context.lexicon) : englishPatterns;
  const reference = context.adopted ?? context.issued ?? null;
  const adoptedYear = yearOf(reference);
  const found: Found[] = cues.session
    ? sessionDeadlines(text, mentions, context, reference, p)
    : [];
  const hasYear = cues.year;
  const events = hasYear ? eventDates(text, reference, p) : [];
  // A date inside an event's words ("to be held in 2026") is the event's, not a deadline too.
  const scheduled = new Covered(events.map((f) => [f.at, f.at + f.deadline.text.length]));
  const dated: Found[] = [];
  for (const m of hasYear ? allMatches(p.boundDate, text) : []) {
    const iso = isoDate(Number(m[3]), monthNumber(m[4] ?? ""), Number(m[5]));
    if (!iso || !isPlausibleDate(iso, reference)) continue;
    dated.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: Number(iso.slice(0, 4)),
        date: iso,
        precision: "day",
        bound: "by",
        kind: "deadline",
      },
    });
  }
  for (const m of hasYear ? allMatches(p.monthYear, text) : []) {
    const y = Number(m[3]);
    const date = `${y}-${String(monthNumber(m[2] ?? "")).padStart(2, "0")}`;
    if (!isPlausibleDate(date, reference)) continue;
    dated.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: y,
        date,
        precision: "month",
        bound: p.at.test(m[1] ?? "") ? "at" : "by",
        kind: "deadline",
      },
    });
  }
  // A year inside words already read as a deadline ("by 31 December 2030") is not one again.
  const taken = new Covered(dated.map((f) => [f.at, f.at + f.deadline.text.length]));
  for (const m of hasYear ? allMatches(p.year, text) : []) {
    const y = Number(m[2]);
    if (!isPlausible(y, adoptedYear) || taken.covers(m.index ?? 0)) continue;
    dated.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: y,
        precision: "year",
        bound: p.at.test(m[1] ?? "") ? "at" : "by",
        kind: "deadline",
      },
    });
  }
  dated.sort((a, b) => a.at - b.at);
  for (const f of dated) if (!scheduled.covers(f.at)) found.push(f);
  found.push(...events);
  if (context.adopted && cues.within) found.push(...relativeDeadlines(text, context.adopted, p));
  // The first due, and of those the first written: one pass, as only the first is wanted.
  let first: { found: Found; key: string } | null = null;
  for (const f of found) {
    const key = dueKey(f, p);
    const order = first ? key.localeCompare(first.key) || f.at - first.found.at : -1;
    if (order < 0) first = { found: f, key };
  }
  return first?.found.deadline ?? null;
}

/**
 * Times counted from adoption: "within 30 days", "within fifteen days of the adoption of the
 * present resolution". A time counted from something else ("within thirty days of the arrival of
 * the mission", "within 12 months of their approval") has no date the text gives.
 */
function relativeDeadlines(text: string, adopted: string, p: DeadlinePatterns): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(p.within, text)) {
    const from = m.groups?.from;
    if (from && !p.fromAdoption.test(from)) continue;
    const amount = p.numbers.countValue(m.groups?.count ?? "");
    if (amount === 0) continue;
    const working = p.workingWords.has((m.groups?.working ?? "").toLowerCase());
    const unit = p.units.get((m.groups?.unit ?? "").toLowerCase()) ?? "day";
    const date = addTime(adopted, amount, unit, working);
    // The words up to "adoption" ("within fifteen days of the adoption"), not what follows.
    const anchor = from ? (p.fromAdoption.exec(from)?.[0] ?? "") : "";
    const words = m[0].slice(0, m[0].length - (from?.length ?? 0)) + anchor;
    found.push({
      at: m.index ?? 0,
      deadline: {
        text: words.trim(),
        year: Number(date.slice(0, 4)),
        date,
        precision: "day",
        bound: "by",
        kind: "deadline",
      },
    });
  }
  return found;
}
