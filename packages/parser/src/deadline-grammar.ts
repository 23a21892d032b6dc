/**
 * A lexicon's deadline patterns (packages/domain/src/lexicon/deadlines.ts) compiled once, with
 * its numbers and month names in place of the placeholders, for the deadline reader
 * (deadline.ts). The flags are the reader's: the lexicon gives only the words.
 */
import { type Lexicon, lexicons } from "@mandates/domain";
import { type NumberReader, numberReader } from "./ordinals.ts";

export interface DeadlinePatterns {
  numbers: NumberReader;
  sessionCue: RegExp;
  withinCue: RegExp;
  /** A word that may state how often (the lexicon's recurrence cue), for the cues (cues.ts). */
  recurrenceCue: RegExp;
  session: RegExp;
  /** A session's number alone, to count them ("sixty-ninth and seventieth" holds two). */
  sessionNumber: RegExp;
  throughout: RegExp;
  closing: RegExp;
  theirs: RegExp;
  ofThe: RegExp;
  boundDate: RegExp;
  monthYear: RegExp;
  year: RegExp;
  at: RegExp;
  until: RegExp;
  within: RegExp;
  units: ReadonlyMap<string, "hour" | "day" | "week" | "month" | "year">;
  workingWords: ReadonlySet<string>;
  fromAdoption: RegExp;
  eventCue: RegExp;
  eventDay: RegExp;
  ownYear: RegExp;
  closingMonthYear: RegExp;
  eventMonthOrYear: RegExp;
}

/** Month names as the language prints them: capitalized in English, lower case elsewhere. */
function monthNames(lexicon: Lexicon): string {
  const names =
    lexicon.language === "en"
      ? lexicon.months.map((m) => m.charAt(0).toUpperCase() + m.slice(1))
      : lexicon.months;
  return names.join("|");
}

function compile(lexicon: Lexicon): DeadlinePatterns {
  const d = lexicon.deadlines;
  const numbers = numberReader(lexicon.numbers);
  const sessionNumber = `(?:${numbers.ordinal}|\\d{4}|\\d{1,3}(?:${lexicon.numbers.ordinalSuffix}))`;
  const months = monthNames(lexicon);
  const fill = (source: string) =>
    source
      .replaceAll("{session}", sessionNumber)
      .replaceAll("{count}", numbers.count)
      .replaceAll("{month}", months);
  const e = d.events;
  return {
    numbers,
    sessionCue: new RegExp(d.sessionCue, "i"),
    withinCue: new RegExp(d.withinCue),
    recurrenceCue: new RegExp(lexicon.recurrence.cue),
    session: new RegExp(fill(d.session), "gi"),
    sessionNumber: new RegExp(sessionNumber, "gi"),
    throughout: new RegExp(d.throughout, "i"),
    closing: new RegExp(d.closing, "i"),
    theirs: new RegExp(d.theirs, "i"),
    ofThe: new RegExp(d.ofThe),
    boundDate: new RegExp(fill(d.boundDate), "g"),
    monthYear: new RegExp(fill(d.monthYear), "g"),
    year: new RegExp(d.year, "g"),
    at: new RegExp(d.at),
    until: new RegExp(d.until),
    within: new RegExp(fill(d.within), "gi"),
    units: new Map(Object.entries(d.units)),
    workingWords: new Set(d.workingWords),
    fromAdoption: new RegExp(d.fromAdoption, "i"),
    eventCue: new RegExp(e.cue, "gi"),
    eventDay: new RegExp(fill(e.day)),
    ownYear: new RegExp(e.ownYear),
    closingMonthYear: new RegExp(fill(e.closingMonthYear)),
    eventMonthOrYear: new RegExp(fill(e.monthOrYear)),
  };
}

const compiled = new Map(Object.values(lexicons).map((l) => [l.language, compile(l)]));

/** The compiled deadline patterns of a lexicon. */
export function deadlinePatternsOf(lexicon: Lexicon): DeadlinePatterns {
  return compiled.get(lexicon.language) ?? compile(lexicon);
}

/** English, the patterns of texts whose language is not told. */
export const englishDeadlinePatterns = deadlinePatternsOf(lexicons.en);
