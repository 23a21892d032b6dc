/**
 * What a language contributes to reading how often an obligation comes back ("every six months",
 * "tous les 90 jours", "cada año"): the words the parser's recurrence reader
 * (packages/parser/src/recurrence.ts) looks for, as regex sources it compiles case-insensitive.
 */

/** How often, as an iCalendar frequency. */
export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface RecurrenceGrammar {
  /** A word that may state how often, tested before the patterns (case-sensitive). */
  cue: string;
  /** Phrases and the rule each states: an iCalendar rule, or "SESSION" ("at each session"). */
  phrases: readonly (readonly [string, string])[];
  /**
   * A count of units ("every 90 days", "on a four-year basis"): named groups `count` (figures, or
   * `{count}`, the language's count in words) and `unit`, a key of `units`.
   */
  every: readonly string[];
  /** Units by their word, lower case ("days" -> "DAILY", "meses" -> "MONTHLY"). */
  units: Readonly<Record<string, Frequency>>;
  /** Where a recurring report starts: group 1 (`{ordinal}` an ordinal in words); null if not read. */
  starting: string | null;
}
