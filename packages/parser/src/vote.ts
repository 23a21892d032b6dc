/**
 * The vote line older Security Council resolutions close with: "Adopted unanimously at the
 * 2981st meeting", "Adopted at the 476th meeting by 7 votes to none, with 3 abstentions (Egypt,
 * India, Yugoslavia)", "Adopted without a vote at the 1234th meeting". Read as printed, OCR
 * slips and all ("298Ist", "votes io none", "Adapted"), into the meeting's number and the
 * count. Texts of 1992-1993 print no such line but say at which meeting they were adopted
 * ("Adopted by the Security Council at its 3087th meeting, on 29 June 1992"): that is read too.
 */
import type { Vote } from "@mandates/domain";

/**
 * A line that opens a vote line: "Adopted" (or "Adapted") at the start of a line of the text. The
 * places are found by searching for "Ad", then told by the line break before and this pattern:
 * a pattern with "^" tries every character of the text, the search few of them.
 */
const opening = /Ad[ao]pted\b/y;
const isLineBreak = (code: number) =>
  code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
/** At most this much of the text after "Adopted" is read: the longest vote lines are shorter. */
const reach = 400;

/** The number of a meeting, or a count, as OCR prints it: "298Ist" is 2981, "331 5th" 3315. */
function ocrNumber(words: string): number | null {
  const digits = words
    .replace(/(?:st|nd|rd|the|th|h)?_?$/, "")
    .replace(/[Il|i]/g, "1")
    .replace(/O/g, "0")
    .replace(/\s+/g, "");
  return /^\d{1,5}$/.test(digits) ? Number(digits) : null;
}

const meetingNumber =
  /(?:^|[\s_])(?:the|its)\s+(?:resumed\s+)?([0-9IlOi|][0-9IlOi| ]{0,6}?(?:st|nd|rd|the|th|h)?_?)\s+(?:\([a-z]+\)\s+)?(?:plenary\s+)?mee?t/;
const tally = /\bby\s+(\S{1,3})\s+votes?\s+[it]o\s+(none|\S{1,3})/;
const abstaining = /\bwith\s+(\S{1,3}|no)\s+abstentions?\b/;

/** Reads one vote line (white space collapsed). */
export function readVote(line: string): Vote {
  const text = line.replace(/\s+/g, " ").trim();
  const counted = tally.exec(text);
  const inFavour = counted ? ocrNumber(counted[1] ?? "") : null;
  const against = counted ? (counted[2] === "none" ? 0 : ocrNumber(counted[2] ?? "")) : null;
  const abstained = abstaining.exec(text);
  const outcome = /\bwithout (?:a )?v[ao]te\b/.test(text)
    ? "without-vote"
    : /\bby consensus\b/.test(text)
      ? "consensus"
      : /\bunanimous(?:ly)?\b/.test(text)
        ? "unanimous"
        : counted
          ? "vote"
          : null;
  return {
    text,
    meeting: ocrNumber(meetingNumber.exec(text)?.[1] ?? ""),
    outcome,
    inFavour,
    against,
    abstaining: abstained
      ? abstained[1] === "no"
        ? 0
        : ocrNumber(abstained[1] ?? "")
      : counted
        ? 0
        : null,
  };
}

/**
 * The paragraph at `start`: up to a blank line, at most `reach` characters, without the footnote
 * marker that may follow its full stop ("... meeting. 22"). A line that stops short of its
 * meeting ("Adopted unanimously at the") runs on over the blank line OCR left after it.
 */
function paragraphAt(text: string, start: number): string {
  const slice = text.slice(start, start + reach);
  const blanks = [...slice.matchAll(/\n[ \t]*\n/g)].map((b) => b.index ?? 0);
  const first = blanks[0] ?? slice.length;
  const end = /\b(?:the|its)\s*$/.test(slice.slice(0, first)) ? (blanks[1] ?? slice.length) : first;
  return slice
    .slice(0, end)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([.)])\s*\d{1,3}$/, "$1");
}

/** Whether a paragraph that opens with "Adopted" is a vote line (and not "Adopted by the ..."). */
const voteLine =
  /^Ad[ao]pted(?:,? (?:unanimously|unanimous|without a? ?v[ao]te|by consensus))*,? (?:(?:at|ai|ut|At) (?:_ ?)?(?:the|its)\b|the [0-9IlO|])/;
const councilAdoption =
  /^(?:Resolution )?Adopted by the Security(?: Council)? at\s+(?:_\s*)?its\s+\S/;

/**
 * The text's vote line, the last one printed (an annex may stand before it), or else the line of
 * the cover that says at which Council meeting it was adopted. Null when the text prints neither.
 */
export function findVote(text: string): Vote | null {
  let last: string | null = null;
  let cover: string | null = null;
  for (let at = text.indexOf("Ad"); at >= 0; at = text.indexOf("Ad", at + 1)) {
    if (at > 0 && !isLineBreak(text.charCodeAt(at - 1))) continue;
    opening.lastIndex = at;
    if (!opening.test(text)) continue;
    const paragraph = paragraphAt(text, at);
    if (voteLine.test(paragraph)) last = paragraph;
    else if (!cover && councilAdoption.test(paragraph)) cover = paragraph;
  }
  const line = last ?? cover;
  return line ? readVote(line) : null;
}
