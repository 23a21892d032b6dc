/**
 * A PDF page's lines, rebuilt from the positioned pieces of text pdf.js gives (getTextContent):
 * pieces on one baseline make a line, left to right; a gap wide enough between two pieces is a
 * space; a raised, smaller piece (a footnote marker) is glued to the word before it, as PDF text
 * shows it ("conflict1"); pieces far apart on one baseline (the two columns of a cover page, a
 * running header's symbol and title, a footer's job number and page number) become lines of their
 * own, left first. Lines come in the order the page was written in (a running header, the footer,
 * then the body, in UN documents) unless that order jumps about; a wider gap between lines than
 * the text's own spacing, a jump, or the end of a tagged heading is a blank line. The result reads
 * like the PyMuPDF extractions of ../shared/corpus/un-ga-pdftext, which the text stages are built
 * on, so the same stages read it.
 */

/** A piece of text as pdf.js places it: its transform [a, b, c, d, x, y] and its width. */
export interface PdfTextPiece {
  str: string;
  transform: readonly number[];
  width: number;
}

/**
 * What getTextContent({ includeMarkedContent: true }) gives besides text: where a tagged PDF's
 * marked content (a paragraph, a heading, a span) begins and ends.
 */
export interface PdfMarkedContent {
  type: string;
}

export type PdfContentItem = PdfTextPiece | PdfMarkedContent;

interface Piece {
  text: string;
  /** Where pdf.js found it in the page's content: the order the page was written in. */
  index: number;
  /** The outermost marked content it is in (a tagged PDF's paragraph or heading), or -1. */
  section: number;
  x: number;
  /** The baseline, in PDF units from the bottom of the page. */
  y: number;
  end: number;
  size: number;
}

interface Line {
  y: number;
  /** The index of its first piece in the page's content. */
  first: number;
  /** The line's type size: its largest piece's. */
  size: number;
  pieces: Piece[];
}

/** Pieces this close to a line's baseline (a share of the type size) sit on it. */
const baselineTolerance = 0.25;
/** A piece at most this size against a line's, raised above its baseline, is a superscript. */
const superscriptSize = 0.8;
/** How far above the baseline a superscript may sit (a share of the line's type size). */
const superscriptRise = 0.7;
/**
 * A gap of this share of the type size between two pieces is a space. pdf.js marks gaps of a
 * tenth of the size as spaces too, where justified text is set letter by letter ("an d"): across
 * the corpus's PDFs, gaps between letters of a word stay under 0.15, word spaces start at 0.25.
 */
const spaceGap = 0.2;
/** Pieces this far apart (in type sizes) on one baseline are separate lines. */
const columnGap = 3;
/** A line that ends this many type sizes before the right margin is short. */
const shortLine = 5;
/** Lines further apart than this share of their type size have a blank line between them. */
const blankLineGap = 1.55;

function pieceOf(item: PdfTextPiece, index: number, section: number): Piece | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated or mirrored text (a margin note set sideways) is not part of the reading order.
  if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) return null;
  const size = d;
  if (!Number.isFinite(x + y + size + item.width)) return null;
  return { text: item.str, index, section, x, y, end: x + Math.max(0, item.width), size };
}

/** Pieces grouped by baseline, top of the page first; each line's pieces left to right. */
function baselines(pieces: readonly Piece[]): Line[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const last = lines.at(-1);
    if (last && last.y - piece.y <= baselineTolerance * Math.min(last.size, piece.size)) {
      last.pieces.push(piece);
      last.size = Math.max(last.size, piece.size);
      last.first = Math.min(last.first, piece.index);
    } else lines.push({ y: piece.y, first: piece.index, size: piece.size, pieces: [piece] });
  }
  return lines;
}

/** Whether every word-bearing piece of `raised` is small and sits just above `line`'s baseline. */
function isSuperscriptOf(raised: Line, line: Line): boolean {
  const rise = raised.y - line.y;
  if (rise <= 0 || rise > superscriptRise * line.size) return false;
  const words = raised.pieces.filter((p) => p.text.trim() !== "");
  if (words.length === 0) return true;
  const left = line.pieces[0]?.x ?? 0;
  const right = Math.max(...line.pieces.map((p) => p.end));
  return words.every(
    (p) =>
      p.size <= superscriptSize * line.size &&
      p.x >= left - 2 * line.size &&
      p.x <= right + line.size &&
      p.text.trim().length <= 4,
  );
}

/** Superscript lines folded into the line whose baseline is just below them. */
function foldSuperscripts(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // Markers above a line come first in the top-down order: gather them into the line below.
    let j = i;
    while (j + 1 < lines.length && isSuperscriptOf(lines[j] as Line, lines[j + 1] as Line)) j++;
    if (j === i) {
      out.push(line);
      continue;
    }
    const base = lines[j] as Line;
    const pieces = lines.slice(i, j + 1).flatMap((l) => l.pieces);
    out.push({
      y: base.y,
      first: Math.min(...pieces.map((p) => p.index)),
      size: base.size,
      pieces,
    });
    i = j;
  }
  for (const line of out) line.pieces.sort((p, q) => p.x - q.x);
  return out;
}

/**
 * A line's text, split where pieces lie far apart. A space is where the gap between two pieces
 * says so, not where pdf.js put a piece of spaces (see `spaceGap`).
 */
function lineTexts(line: Line): string[] {
  const texts: string[] = [];
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of line.pieces) {
    if (piece.text.trim() === "") continue;
    const gap = piece.x - end;
    if (text !== "" && gap > columnGap * Math.min(line.size, Math.max(piece.size, 1))) {
      texts.push(text);
      text = "";
    } else if (text !== "" && gap > spaceGap * piece.size) {
      if (!text.endsWith(" ") && !piece.text.startsWith(" ")) text += " ";
    }
    text += piece.text;
    end = Math.max(end, piece.end);
  }
  if (text !== "") texts.push(text);
  return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
}

/** The text pieces of a page's content, each with its place and its outermost marked content. */
function textPieces(items: readonly PdfContentItem[]): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let section = -1;
  let sections = 0;
  items.forEach((item, index) => {
    if (!("str" in item)) {
      if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
        if (depth === 0) section = sections++;
        depth++;
      } else if (item.type === "endMarkedContent" && depth > 0) {
        depth--;
        if (depth === 0) section = -1;
      }
      return;
    }
    if (item.str === "") return;
    const piece = pieceOf(item, index, section);
    if (piece) pieces.push(piece);
  });
  return pieces;
}

/**
 * Lines that hold the whole of the marked content they are in and stop short of the right margin:
 * a heading or a one-line paragraph of a tagged PDF ("Annex" above the annex's title). A blank
 * line after one, before a line that opens marked content of its own, keeps the two apart, as
 * PyMuPDF's blocks do. Full lines, and lines in a smaller type than the body's, are left alone:
 * some PDFs tag each line of a footnote on its own.
 */
function wholeSections(lines: readonly Line[]): Set<Line> {
  const linesOf = new Map<number, number>();
  const letters = new Map<number, number>();
  let right = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    for (const section of new Set(line.pieces.map((p) => p.section)))
      linesOf.set(section, (linesOf.get(section) ?? 0) + 1);
    for (const piece of line.pieces) {
      right = Math.max(right, piece.end);
      const size = Math.round(piece.size * 2) / 2;
      letters.set(size, (letters.get(size) ?? 0) + piece.text.length);
    }
  }
  // The body's type size: the one most letters are set in.
  const body = [...letters].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0])[0];
  return new Set(
    lines.filter(
      (line) =>
        line.size >= body - 0.5 &&
        Math.max(...line.pieces.map((p) => p.end)) < right - shortLine * line.size &&
        line.pieces.every((p) => p.section >= 0 && linesOf.get(p.section) === 1),
    ),
  );
}

/** Whether a line is in marked content of its own, which the line before holds none of. */
function startsSection(line: Line, previous: Line): boolean {
  const first = line.pieces.find((p) => p.text.trim() !== "");
  return (
    first !== undefined &&
    first.section >= 0 &&
    previous.pieces.every((p) => p.section !== first.section) &&
    // The whole line is in it: a link tagged on its own at a line's start opens no block.
    line.pieces.every((p) => p.section === first.section || p.text.trim() === "")
  );
}

/** The share of steps from line to line that go down the page, in the order given. */
function downward(lines: readonly Line[]): number {
  let down = 0;
  for (let i = 1; i < lines.length; i++)
    if ((lines[i] as Line).y < (lines[i - 1] as Line).y) down++;
  return lines.length < 2 ? 1 : down / (lines.length - 1);
}

/** Below this share of downward steps, the order a page was written in is not a reading order. */
const readingOrder = 0.75;

/**
 * The lines of one page, with blank lines where the text leaves a gap or jumps. They come in the
 * order the page was written in, as PyMuPDF gives them (a running header, then the page's footer,
 * then the body, in UN documents), unless that order jumps about: then top to bottom.
 */
export function pageLines(items: readonly PdfContentItem[]): string[] {
  const pieces = textPieces(items);
  const byPosition = foldSuperscripts(baselines(pieces)).filter((line) =>
    line.pieces.some((p) => p.text.trim() !== ""),
  );
  const written = [...byPosition].sort((a, b) => a.first - b.first);
  const lines = downward(written) >= readingOrder ? written : byPosition;
  const whole = wholeSections(lines);
  const out: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    if (
      previous &&
      (gap <= 0 ||
        gap > blankLineGap * Math.max(previous.size, line.size) ||
        (whole.has(previous) && startsSection(line, previous)))
    )
      out.push("");
    out.push(...lineTexts(line));
    previous = line;
  }
  return out;
}
