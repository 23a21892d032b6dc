/**
 * Character clean-up of extracted text: the same letter reaches us as several code points
 * (no-break spaces, soft and non-breaking hyphens, ligatures from PDF fonts), and the seed marks
 * italics with markdown asterisks. None of these carry meaning for the structure. The same pass
 * counts the characters no text has (replacement characters, control codes), which betray binary
 * data.
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

/**
 * Every character to replace (captured first), superscript digits (captured second), and every
 * character no text has: replacement characters and control codes but tab and breaks. One pass
 * finds all three.
 */
const oddCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control codes betray binary data
  /(\r\n?|[\t\u00a0\u2007\u202f\u3000\u2000-\u200d\u2060\ufeff\u00ad\u2010\u2011\ufb00-\ufb04])|([⁰¹²³⁴⁵⁶⁷⁸⁹])|[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** How much of a text's opening is read to tell binary data. */
const binarySample = 200_000;

export interface Characters {
  text: string;
  /** Share of characters no text has among the first 200,000: above a few, binary data. */
  binaryShare: number;
  /** Whether the text holds superscript digits, which some exports print as footnote markers. */
  superscripts: boolean;
}

/** A barcode line ("*2325978*") uses asterisks that are not emphasis. */
const barcode = /^\s*\*\d{6,}\*\s*$/;

/** Markdown emphasis: asterisks at either edge of a word ("*Reiterates*", "**bold**"). */
const emphasis = /(^|[\s([“"'‘])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?=$|[\s,.;:)\]”"'’])/gm;

export function normalizeCharacters(input: string): Characters {
  let binary = 0;
  let superscripts = false;
  const out = input.replace(
    oddCharacters,
    (c: string, replaced: string | undefined, superscript: string | undefined, at: number) => {
      if (replaced !== undefined) return replacements[c] ?? " ";
      if (superscript !== undefined) superscripts = true;
      else if (at < binarySample) binary++;
      return c;
    },
  );
  const binaryShare = binary / Math.max(1, Math.min(input.length, binarySample));
  return { text: removeEmphasis(out), binaryShare, superscripts };
}

/**
 * The text without markdown emphasis. Every text of the corpus has barcodes and few have
 * emphasis: only the lines that hold an asterisk are read.
 */
function removeEmphasis(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let at = text.indexOf("*"); at >= 0; at = text.indexOf("*", at + 1)) {
    const start = text.lastIndexOf("\n", at) + 1;
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (!barcode.test(line)) {
      parts.push(text.slice(copied, start), line.replace(emphasis, "$1"));
      copied = end;
    }
    at = end;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
