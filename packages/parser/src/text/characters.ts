/**
 * Character clean-up of extracted text: the same letter reaches us as several code points
 * (no-break spaces, soft and non-breaking hyphens, ligatures from PDF fonts), and the seed marks
 * italics with markdown asterisks. None of these carry meaning for the structure.
 */

const replacements: ReadonlyArray<[RegExp, string]> = [
  [/\r\n?/g, "\n"],
  [/[\u00a0\u2007\u202f\u2000-\u200a\u3000\t]/g, " "],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ""],
  [/[\u2010\u2011]/g, "-"],
  [/\ufb00/g, "ff"],
  [/\ufb01/g, "fi"],
  [/\ufb02/g, "fl"],
  [/\ufb03/g, "ffi"],
  [/\ufb04/g, "ffl"],
];

/** A barcode line ("*2325978*") uses asterisks that are not emphasis. */
const barcode = /^\s*\*\d{6,}\*\s*$/;

/** Markdown emphasis: asterisks at either edge of a word ("*Reiterates*", "**bold**"). */
const emphasis = /(^|[\s([“"'‘])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?=$|[\s,.;:)\]”"'’])/g;

export function normalizeCharacters(text: string): string {
  let out = text;
  for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement);
  return out
    .split("\n")
    .map((line) => (!line.includes("*") || barcode.test(line) ? line : line.replace(emphasis, "$1")))
    .join("\n");
}
