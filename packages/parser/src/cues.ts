/**
 * Cues: the words that the readers of an obligation's text look for before they run their
 * patterns (a session, a year, "within" for the deadline; "annual", "every" for the recurrence;
 * "report", "submit" for the body owed a report). One search finds them all, where each reader
 * would otherwise search the whole text for its own.
 */
export interface Cues {
  /** "session", in any case. */
  session: boolean;
  /** Four digits in a row. */
  year: boolean;
  within: boolean;
  /** A word that states how often ("annual", "every", "basis", "session", ...). */
  recurrence: boolean;
  /** A verb of reporting ("report", "submit", "present", "transmit", "brief"). */
  report: boolean;
}

/**
 * Each kind of cue as a group. No two kinds can start at the same character, and the search
 * resumes one character after each cue found, so none hides another.
 */
const cue =
  /([Ss][Ee][Ss][Ss][Ii][Oo][Nn])|(\d{4})|(within)|(annual|year|every|ennial|month|quarter|basis|twice|Annual|Bienn|Every)|(report|submit|present|transmit|brief)/g;

export function cuesIn(text: string): Cues {
  const cues: Cues = {
    session: false,
    year: false,
    within: false,
    recurrence: false,
    report: false,
  };
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const [, session, year, within, recurrence, report] = m;
    if (session !== undefined) cues.session = true;
    // Recurrence is stated "at each session", in lower case.
    if (recurrence !== undefined || session === "session") cues.recurrence = true;
    if (year !== undefined) cues.year = true;
    if (within !== undefined) cues.within = true;
    if (report !== undefined) cues.report = true;
    cue.lastIndex = m.index + 1;
  }
  cue.lastIndex = 0;
  return cues;
}
