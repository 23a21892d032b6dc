/**
 * What a language contributes to reading deadlines: its numbers in words (session ordinals,
 * counts of days), and the patterns of sessions, dates, months, years, times after adoption and
 * scheduled events. The parser's deadline reader (packages/parser/src/deadline.ts) is the same
 * in every language; these are the words it looks for.
 *
 * Patterns are regex sources with placeholders the parser fills from the language's own data:
 * `{ordinal}` an ordinal in words, `{count}` a count in words, `{month}` a month name (as
 * printed: capitalized in English, lower case in French and Spanish).
 */

/** How a language writes numbers in words. A hyphen in a key stands for a hyphen or a space. */
export interface NumberWords {
  /** Counts and their values ("six", "vingt", "quatre-vingt", "cien"); 100 multiplies what precedes. */
  cardinals: Readonly<Record<string, number>>;
  /** Ordinal words, the last word of an ordinal ("sixth", "sixième", "sexto", "vigésimo"). */
  ordinals: Readonly<Record<string, number>>;
  /** Words that join the parts of a number ("and", "et", "y"). */
  joiners: readonly string[];
  /** Regex source of what follows an ordinal in figures ("26th", "26e", "26º"). */
  ordinalSuffix: string;
}

/** Events a text schedules ("will be held on 24 November 2025", "se tiendra le 24 novembre 2025"). */
export interface EventGrammar {
  /** The words that schedule an event ("will be held", "se tiendra", "se celebrará"). */
  cue: string;
  /** The first day: group 1 the day, group 2 its month when written with it. */
  day: string;
  /** Right after a day and its month, the year: group 1. */
  ownYear: string;
  /** The month and year that close a span of days: group 1 month, 2 year. */
  closingMonthYear: string;
  /** "in December 2025", "in 2026": group 1 month (optional), 2 year. */
  monthOrYear: string;
}

export interface DeadlineGrammar {
  /** Regex source, case-insensitive: the text may name a session ("session", "sesiones"). */
  sessionCue: string;
  /** Regex source: the text may count a time after adoption ("within", "délai", "plazo"). */
  withinCue: string;
  /**
   * A session or sessions. Named groups: `number` the first session's number (an ordinal, in
   * words or figures, or a year) where it stands before the word "session", `numberAfter` where
   * it stands after it ("períodos de sesiones sexagésimo noveno y septuagésimo"), `organ` the
   * organ named right after the words ("of the General Assembly"). Compiled case-insensitive.
   */
  session: string;
  /** Tested on a session's words: it is due when the session closes ("during its ... session"). */
  throughout: string;
  /** Tested on the words just before a session's: due at its close ("by the end of"), ending in $. */
  closing: string;
  /** Tested on a session's words: several bodies' sessions ("their", "leurs", "sus"). */
  theirs: string;
  /** The words between a session's and the organ named after them ("of the", "de l’", "del"). */
  ofThe: string;
  /** A date bound ("by 31 December 2025"): group 1 the bound, 2 the date, 3 day, 4 month, 5 year. */
  boundDate: string;
  /** A month and year ("by June 2026"): group 1 the bound, 2 month, 3 year. */
  monthYear: string;
  /** A year ("by 2030", "in 2016"): group 1 the bound, 2 the year. */
  year: string;
  /** Tested on a bound: it says when, not by when ("in", "during"). */
  at: string;
  /** Tested on a deadline's words: an "until" bound, which more often bounds what is planned. */
  until: string;
  /**
   * A time after something ("within 30 days of ..."). Named groups: `count`, `working` (the word
   * that makes days working or calendar days), `unit`, `from` (what the time runs from, when said).
   */
  within: string;
  /** Time units by the word for them, lower case ("days" -> "day", "meses" -> "month"). */
  units: Readonly<Record<string, "hour" | "day" | "week" | "month" | "year">>;
  /** The words that make days working days ("working", "ouvrables", "hábiles"), lower case. */
  workingWords: readonly string[];
  /** Tested on `from`: the time runs from the adoption of the text itself. */
  fromAdoption: string;
  events: EventGrammar;
}
