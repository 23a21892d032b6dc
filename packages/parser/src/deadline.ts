/**
 * Deadlines in an obligation's words: a session of a body ("to the Commission ... at its
 * twenty-sixth session", resolved through the body's calendar), a day ("by 31 December 2025"),
 * a month or a year ("by 2030", "in 2016"), or a time after adoption ("within 30 days").
 */
import { type BodyId, type Deadline, isBodyId, sessionPeriod } from "@mandates/domain";
import type { ActorMention } from "./actors.ts";
import { type Cues, cuesIn } from "./cues.ts";
import { datePattern, isoDate, monthNumber, monthPattern } from "./dates.ts";
import { organNamed } from "./front-matter.ts";
import { allMatches } from "./matches.ts";
import { cardinalValue, ordinalValue, ordinalWords } from "./ordinals.ts";

export interface DeadlineContext {
  /** Adoption date of the resolution, YYYY-MM-DD. */
  adopted: string | null;
  /** For a draft, not yet adopted: the date it was issued, YYYY-MM-DD. */
  issued?: string | null;
  adoptingBody: BodyId | null;
}

const session = new RegExp(
  `\\b(?:at|during|to|for|before|by|until|of|in)\\s+(?:the\\s+)?(?:main part of\\s+)?(?:the\\s+)?(?:(its|their|the)\\s+)?(${ordinalWords}|\\d{4}|\\d{1,3}(?:st|nd|rd|th))\\s+(?:regular\\s+|substantive\\s+|resumed\\s+|ordinary\\s+)?session\\b(?:\\s+of\\s+the\\s+((?:General Assembly|Economic and Social Council|Human Rights Council|Commission on [A-Z][A-Za-z ]+?)))?`,
  "gi",
);
/** "by the end of" just before a session's words ("... of the eightieth session"). */
const closingWords = /\bthe end\s+$/i;
const boundDate = new RegExp(
  `\\b(by|before|no later than|not later than|until|on or before|as of|by the end of)\\s+(${datePattern.source.slice(2, -2)})`,
  "g",
);
const monthYear = new RegExp(
  `\\b(by|before|in|until|no later than|not later than|by the end of)\\s+(${monthPattern})\\s+(\\d{4})\\b`,
  "g",
);
const year =
  /\b(by|in|until|before|no later than|not later than|by the end of|during|through|planned until|up to)\s+(?:the end of\s+)?(\d{4})\b(?![/\d])/g;
const within =
  /\bwithin\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety|one hundred and twenty)\s+(days|weeks|months|years)\b/g;

interface Found {
  at: number;
  deadline: Deadline;
}

/**
 * When words hold several times, the first one due is the obligation's deadline; "until" comes
 * last, since it more often bounds what is planned ("measures planned until 2017") than when it
 * is due.
 */
function dueKey(found: Found): string {
  const { deadline } = found;
  const until = /^(?:planned )?until\b/.test(deadline.text) ? "1" : "0";
  return `${until}${deadline.date ?? `${deadline.year}-12`}`;
}

const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

/**
 * The calendar bodies (a body with sessions, not the Security Council) named in the words, by
 * where each mention ends, to ask which was named last before a place. Sorted once, then each
 * session is a binary search, not a pass over every mention before it.
 */
class CalendarBodies {
  private readonly ends: number[] = [];
  private readonly ids: BodyId[] = [];

  constructor(mentions: readonly ActorMention[]) {
    const bodies = mentions.filter((x) => isBodyId(x.id) && x.id !== "sc");
    // Mentions come in reading order; those of a paragraph's items follow its own.
    bodies.sort((a, b) => a.end - b.end);
    for (const mention of bodies) {
      this.ends.push(mention.end);
      this.ids.push(mention.id as BodyId);
    }
  }

  /** The body named last whose mention ends at or before `at`. */
  lastBefore(at: number): BodyId | null {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.ends[middle] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? (this.ids[low - 1] ?? null) : null;
  }
}

/** The body a session belongs to: named after it, or the calendar body named last before it. */
function sessionBody(
  named: string | undefined,
  at: number,
  bodies: CalendarBodies,
  context: DeadlineContext,
): BodyId | null {
  if (named) return organNamed(named);
  return bodies.lastBefore(at) ?? context.adoptingBody;
}

function addDays(iso: string, amount: number, unit: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (unit.startsWith("day")) date.setUTCDate(date.getUTCDate() + amount);
  else if (unit.startsWith("week")) date.setUTCDate(date.getUTCDate() + 7 * amount);
  else if (unit.startsWith("month")) date.setUTCMonth(date.getUTCMonth() + amount);
  else date.setUTCFullYear(date.getUTCFullYear() + amount);
  return date.toISOString().slice(0, 10);
}

/** A year a deadline may fall in: within forty years of adoption (or of issue, for a draft). */
function isPlausible(year: number, adoptedYear: number | null): boolean {
  return adoptedYear === null || (year >= adoptedYear && year <= adoptedYear + 40);
}

/**
 * A day or month a deadline may fall on: a plausible year, and not before the text was adopted
 * ("held in September 2025" in a resolution of December 2025 tells what happened, not when
 * anything is due).
 */
function isPlausibleDate(iso: string, reference: string | null): boolean {
  if (!reference) return true;
  return (
    isPlausible(Number(iso.slice(0, 4)), yearOf(reference)) && iso >= reference.slice(0, iso.length)
  );
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

/** The first deadline stated in `text`; `mentions` are the actors named in it, with offsets. */
export function findDeadline(
  text: string,
  mentions: readonly ActorMention[],
  context: DeadlineContext,
  cues: Cues = cuesIn(text),
): Deadline | null {
  const found: Found[] = [];
  const reference = context.adopted ?? context.issued ?? null;
  const adoptedYear = yearOf(reference);

  const sessions = cues.session ? allMatches(session, text) : [];
  const bodies = sessions.length > 0 ? new CalendarBodies(mentions) : null;
  for (const m of sessions) {
    const at = m.index ?? 0;
    const n = /^\d{4}$/.test(m[2] ?? "") ? Number(m[2]) : ordinalValue(m[2] ?? "");
    const body = sessionBody(m[3], at, bodies as CalendarBodies, context);
    if (n === null || !body) continue;
    const period = sessionPeriod(body, n);
    if (!period) continue;
    // Work done "during" a session, or "by the end of" it, is due when the session closes; a report
    // "at" a session is due when it opens, unless the session was under way at adoption.
    const throughout =
      /^during\b/i.test(m[0]) || closingWords.test(text.slice(Math.max(0, at - 20), at));
    const afterStart = context.adopted !== null && context.adopted.slice(0, 7) > period.start;
    const month = throughout || afterStart ? period.end : period.start;
    found.push({
      at,
      deadline: {
        text: m[0].trim(),
        year: Number(month.slice(0, 4)),
        date: month,
        session: { body, number: n, start: period.start, end: period.end },
        precision: "session",
        bound: "at",
      },
    });
  }
  const hasYear = cues.year;
  for (const m of hasYear ? allMatches(boundDate, text) : []) {
    const date = /(\d{1,2})\s+(\w+)\s+(\d{4})/.exec(m[2] ?? "");
    const iso = date ? isoDate(Number(date[1]), monthNumber(date[2] ?? ""), Number(date[3])) : null;
    if (!iso || !isPlausibleDate(iso, reference)) continue;
    found.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: Number(iso.slice(0, 4)),
        date: iso,
        precision: "day",
        bound: "by",
      },
    });
  }
  for (const m of hasYear ? allMatches(monthYear, text) : []) {
    const y = Number(m[3]);
    const date = `${y}-${String(monthNumber(m[2] ?? "")).padStart(2, "0")}`;
    if (!isPlausibleDate(date, reference)) continue;
    found.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: y,
        date,
        precision: "month",
        bound: m[1] === "in" ? "at" : "by",
      },
    });
  }
  // A year inside words already read as a deadline ("by 31 December 2030") is not one again.
  const taken = new Covered(found.map((f) => [f.at, f.at + f.deadline.text.length]));
  for (const m of hasYear ? allMatches(year, text) : []) {
    const y = Number(m[2]);
    if (!isPlausible(y, adoptedYear) || taken.covers(m.index ?? 0)) continue;
    found.push({
      at: m.index ?? 0,
      deadline: {
        text: m[0],
        year: y,
        precision: "year",
        bound: m[1] === "in" || m[1] === "during" ? "at" : "by",
      },
    });
  }
  if (context.adopted && cues.within) {
    for (const m of allMatches(within, text)) {
      const amount = cardinalValue(m[1] ?? "");
      const date = addDays(context.adopted, amount, m[2] ?? "days");
      found.push({
        at: m.index ?? 0,
        deadline: {
          text: m[0],
          year: Number(date.slice(0, 4)),
          date,
          precision: "day",
          bound: "by",
        },
      });
    }
  }
  // The first due, and of those the first written: one pass, as only the first is wanted.
  let first: { found: Found; key: string } | null = null;
  for (const f of found) {
    const key = dueKey(f);
    const order = first ? key.localeCompare(first.key) || f.at - first.found.at : -1;
    if (order < 0) first = { found: f, key };
  }
  return first?.found.deadline ?? null;
}
