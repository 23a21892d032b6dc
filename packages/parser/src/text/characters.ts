/**
 * Character clean-up of extracted text: the same letter reaches us as several code points
 * (no-break spaces, soft and non-breaking hyphens, ligatures from PDF fonts), and the seed marks
 * italics with markdown asterisks. None of these carry meaning for the structure. The same pass
 * counts the characters no text has (replacement characters, control codes), which betray binary
 * data, and notices superscript digits.
 */

/**
 * Characters written as others: spaces, joiners, hyphens and ligatures; line and paragraph
 * separators end a line. After this, the only white space within a line is the space, which the
 * patterns of the later stages count on.
 */
const replacements: ReadonlyMap<string, string> = new Map([
  ["\t", " "],
  ["\v", "\n"],
  ["\u2028", "\n"],
  ["\u2029", "\n"],
  ["\u1680", " "],
  ["\u205f", " "],
  ["\u00a0", " "],
  ["\u2007", " "],
  ["\u202f", " "],
  ["\u3000", " "],
  ["\u200b", ""],
  ["\u200c", ""],
  ["\u200d", ""],
  ["\u2060", ""],
  ["\ufeff", ""],
  ["\u00ad", ""],
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\ufb00", "ff"],
  ["\ufb01", "fi"],
  ["\ufb02", "fl"],
  ["\ufb03", "ffi"],
  ["\ufb04", "ffl"],
]);

/** The replacement of an odd character, or undefined when it stays. */
function replacementOf(c: string): string | undefined {
  // The other typographic spaces ("\u2002", "\u2009") are spaces too.
  return replacements.get(c) ?? (c >= "\u2000" && c <= "\u200a" ? " " : undefined);
}

const superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Characters no text has: replacement characters, and control codes but tab, breaks and feeds. */
const isBinary = (c: string) =>
  c === "\ufffd" || c === "\u007f" || (c < " " && c !== "\t" && c !== "\f" && c !== "\r");

/**
 * Characters outside those most texts are made of (printable ASCII, curly quotes, the en dash):
 * every character to replace or to notice is among them, and they are few, so one quick search
 * finds them all.
 */
const uncommon = /[^\n -~’“”–]/g;

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
  // The odd characters are found one by one and the text copied around them: most texts have
  // none or a few, and a replace with a function costs several times the search itself.
  const parts: string[] = [];
  let copied = 0;
  uncommon.lastIndex = 0;
  for (let m = uncommon.exec(input); m !== null; m = uncommon.exec(input)) {
    const c = m[0];
    const at = m.index;
    let replacement: string | undefined;
    // "\r\n" and "\r" both end a line.
    if (c === "\r") replacement = input.charAt(at + 1) === "\n" ? "" : "\n";
    else {
      if (isBinary(c) && at < binarySample) binary++;
      replacement = replacementOf(c);
      if (replacement === undefined && superscriptDigits.includes(c)) superscripts = true;
    }
    if (replacement === undefined) continue;
    parts.push(input.slice(copied, at), replacement);
    copied = at + 1;
  }
  uncommon.lastIndex = 0;
  if (copied > 0) parts.push(input.slice(copied));
  const out = copied > 0 ? parts.join("") : input;
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
    // A line whose asterisks mark no emphasis (a barcode, a footnote's star) is left as it is:
    // the text is copied only where a line changes.
    const plain = barcode.test(line) ? line : line.replace(emphasis, "$1");
    if (plain !== line) {
      parts.push(text.slice(copied, start), plain);
      copied = end;
    }
    at = end;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
