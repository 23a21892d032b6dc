/**
 * Cues: the words that the readers of an obligation's text look for before they run their
 * patterns (a session, a year, "within" for the deadline; "annual", "every" for the recurrence;
 * "report", "submit" for the body owed a report). Each kind is a quick search that stops at its
 * first cue, where each reader would otherwise run all its patterns over the whole text.
 */
import { type DeadlinePatterns, englishDeadlinePatterns } from "./deadline-grammar.ts";

export interface Cues {
  /** "session" ("sesión"), in any case. */
  session: boolean;
  /** Four digits in a row. */
  year: boolean;
  /** "within" ("délai", "plazo"). */
  within: boolean;
  /** A word that states how often ("annual", "every", "basis", "session", "chaque", "cada"). */
  recurrence: boolean;
  /** A verb of reporting ("report", "submit", "present", "transmit", "brief"). */
  report: boolean;
}

const year = /\d{4}/;
const reportVerb = /report|submit|present|transmit|brief/;

/**
 * Each kind looked for on its own: a search that stops at the first cue of its kind. The cues of
 * a deadline and a recurrence are the language's (English unless told).
 */
export function cuesIn(text: string, deadlines: DeadlinePatterns = englishDeadlinePatterns): Cues {
  const session = deadlines.sessionCue.test(text);
  return {
    session,
    year: year.test(text),
    within: deadlines.withinCue.test(text),
    recurrence: deadlines.recurrenceCue.test(text),
    report: reportVerb.test(text),
  };
}
