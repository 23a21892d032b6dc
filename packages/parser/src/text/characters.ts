/**
 * Character clean-up of extracted text: the same letter reaches us as several code points
 * (no-break spaces, soft and non-breaking hyphens, ligatures from PDF fonts), and the seed marks
 * italics with markdown asterisks. None of these carry meaning for the structure.
 */

const replacements: Readonly<Record<string, string>> = {
  "\r\n": "\n",
  "\r": "\n",
  "\t": " ",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u3000": " ",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u00ad": "",
  "\u2010": "-",
  "\u2011": "-",
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
};

/** Every character to replace, in one pass. */
const oddCharacters =
  /\r\n?|[\t\u00a0\u2007\u202f\u3000\u2000-\u200d\u2060\ufeff\u00ad\u2010\u2011\ufb00-\ufb04]/g;

/** A barcode line ("*2325978*") uses asterisks that are not emphasis. */
const barcode = /^\s*\*\d{6,}\*\s*$/;

/** Markdown emphasis: asterisks at either edge of a word ("*Reiterates*", "**bold**"). */
const emphasis = /(^|[\s([“"'‘])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?=$|[\s,.;:)\]”"'’])/gm;

export function normalizeCharacters(text: string): string {
  const out = text.replace(oddCharacters, (c) => replacements[c] ?? " ");
  if (!out.includes("*")) return out;
  return out
    .split("\n")
    .map((line) =>
      !line.includes("*") || barcode.test(line) ? line : line.replace(emphasis, "$1"),
    )
    .join("\n");
}
