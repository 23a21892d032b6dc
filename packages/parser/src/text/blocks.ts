/**
 * Blocks: the paragraphs of the body, rebuilt from lines. A paragraph starts at a label ("11.",
 * "(a)"), after a blank line, or where a line opens with a lead word ("Recalling", "Requests")
 * after a line that closed a clause. A page break, or a blank line before a lower-case word, does
 * not end a paragraph: the sentence goes on. Hyphenated line ends are rejoined.
 */
import { isPreambularLeadWord, matchOperativeLead } from "@mandates/domain";
import { markerClose, markerOpen } from "./footnotes.ts";
import { advance, freshContext, type Label, type LabelContext, readLabel } from "./labels.ts";
import type { Page } from "./pages.ts";

export type Boundary = "none" | "blank" | "page";

export interface Block {
  label: Label | null;
  text: string;
  /** Footnote markers the paragraph carries, in order. */
  markers: string[];
  page: number;
  /** What separated this block from the one before. */
  boundary: Boundary;
}

interface OpenBlock {
  label: Label | null;
  lines: string[];
  page: number;
  boundary: Boundary;
}

/**
 * The last mark of a line that counts for where a clause ends: trailing spaces, a footnote marker
 * and a closing quote or bracket are looked through ("... Slavery,”8" ends with a comma).
 */
function closingMark(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  if (line.charAt(end - 1) === markerClose) {
    const open = line.lastIndexOf(markerOpen, end);
    if (open >= 0) end = open;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  }
  const last = line.charAt(end - 1);
  return `"”’)]`.includes(last) && end > 1 ? line.charAt(end - 2) : last;
}
const closesClause = { test: (line: string) => ",;.".includes(closingMark(line) || "x") };
const endsSentence = { test: (line: string) => ".;".includes(closingMark(line) || "x") };
const annexLine = /^Annex(?:es)?\b/;
/** The closing line: "53rd plenary meeting", or in older texts "Adopted at the 476th meeting". */
export const meetingLine =
  /^(?:\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b|Adopted (?:unanimously |without (?:a )?vote |by consensus )?at (?:the|its) \d+(?:st|nd|rd|th) (?:plenary )?meeting\b)/;

function firstWord(text: string): string {
  return /^[“"(]?([A-Za-z][A-Za-z-]*)/.exec(text)?.[1] ?? "";
}

/**
 * Whether a line, capitalized, opens with a word that opens clauses. A participle followed by
 * "and" is a title's word ("Development, Production, Stockpiling and Use"), not a lead.
 */
export function opensClause(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  // Leads are capitalized (or quoted): anything else is ruled out before any pattern runs.
  if (!((first >= 65 && first <= 90) || first === 0x201c || first === 34 || first === 40))
    return false;
  const word = firstWord(text.trim());
  if (!word || word[0] !== word[0]?.toUpperCase()) return false;
  if (/^\S+\s+(?:and|or)\b/.test(text.trim())) return false;
  return isPreambularLeadWord(word) || matchOperativeLead(text.trim()) !== null;
}

/**
 * Whether a line starts a paragraph of its own with no blank line before it. Inside the numbered
 * part, paragraphs start at their numbers, so only closing lines and annexes count there.
 */
function startsParagraph(text: string, numbered: boolean): boolean {
  const t = text.trim();
  return (!numbered && opensClause(t)) || meetingLine.test(t) || annexLine.test(t);
}

/**
 * "Targets:" on a line of its own is a heading over what follows; "We decide to:" is the end of
 * the sentence before.
 */
const shortLeadIn = /^[A-Z][a-z]*(?: [A-Z0-9][\w-]*){0,3}:$/;
/** "Action 1.", "Article 9,", "Part IV": a numbered division of the text opens a new block. */
const division =
  /^(?:Action|Article|Section|Part|Chapter|Commitment|Goal|Target|Objective|Priority area|Round table|Rule|Principle)\s+[\dIVXLC]+\b/;
const headingLike = (line: string) => /^[A-Z][^;]{0,100}[^,;:.]$/.test(line);

/**
 * A page break ends a paragraph when the text before it closed a clause and the next page opens
 * one, or opens with a heading after a clause that ended with "." or ";". Otherwise the sentence
 * runs on across the page.
 */
function startsAfterPageBreak(previous: string, line: string, numbered: boolean): boolean {
  const t = line.trim();
  if (closesClause.test(previous) && startsParagraph(t, numbered)) return true;
  return endsSentence.test(previous) && (headingLike(t) || shortLeadIn.test(t));
}

/**
 * Words printed whole somewhere in the document, to decide whether "organi-/zation" was split by
 * hyphenation or is a compound ("non-/governmental"). Read on the first hyphenated line end.
 */
class Vocabulary {
  private text: string | null = null;
  constructor(private readonly pages: readonly Page[]) {}

  /** Whether `word` stands whole (not inside a longer word) somewhere in the document. */
  has(word: string): boolean {
    this.text ??= this.pages
      .map((page) => page.lines.join("\n"))
      .join("\n")
      .toLowerCase();
    const text = this.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + word.length)))
        return true;
    }
    return false;
  }
}

const isLetter = (code: number) => (code >= 97 && code <= 122) || code === 45;

function joinLines(lines: readonly string[], words: Vocabulary): string {
  const parts: string[] = [];
  let previous = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!previous) {
      parts.push(line);
      previous = line;
      continue;
    }
    const hyphen = previous.endsWith("-") ? /([A-Za-z]+)-$/.exec(previous.slice(-40)) : null;
    const next = hyphen ? /^([a-z]+)/.exec(line) : null;
    if (hyphen && next) {
      const [head, tail] = [(hyphen[1] ?? "").toLowerCase(), next[1] ?? ""];
      if (tail === "and" || tail === "or") parts.push(" ", line);
      else if (words.has(`${head}${tail}`) && !words.has(`${head}-${tail}`)) {
        parts[parts.length - 1] = (parts.at(-1) ?? "").slice(0, -1);
        parts.push(line);
      } else parts.push(line);
    } else parts.push(" ", line);
    previous = line;
  }
  return parts.join("");
}

const spaceBeforePunctuation = /\s+([,.;:])/g;
const markerPattern = new RegExp(`\\s*${markerOpen}([^${markerClose}]*)${markerClose}`, "g");

function closeBlock(open: OpenBlock, words: Vocabulary): Block {
  const joined = joinLines(open.lines, words);
  const markers: string[] = [];
  const unmarked = joined.includes(markerOpen)
    ? joined.replace(markerPattern, (_m, marker: string) => {
        markers.push(marker);
        return "";
      })
    : joined;
  // Spaces left where markers or footnote bodies came out ("Crime, 5  as well" -> "Crime, as well").
  let text = unmarked;
  if (/ [,.;:]/.test(text)) text = text.replace(spaceBeforePunctuation, "$1");
  if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
  text = text.trim();
  return { label: open.label, text, markers, page: open.page, boundary: open.boundary };
}

/** Rebuilds the paragraphs of the body from its pages. */
export function buildBlocks(pages: readonly Page[]): Block[] {
  const words = new Vocabulary(pages);
  const blocks: Block[] = [];
  let open: OpenBlock | null = null;
  let context: LabelContext = freshContext();
  let boundary: Boundary = "blank";
  pages.forEach(({ lines }, page) => {
    if (page > 0) boundary = "page";
    for (const line of lines) {
      if (line.trim() === "") {
        if (boundary === "none") boundary = "blank";
        continue;
      }
      const current = open?.lines.at(-1) ?? "";
      const read = readLabel(line, context, boundary !== "none", /:["”’]?$/.test(current));
      let starts: boolean;
      if (!open || read) starts = true;
      else if (boundary === "page")
        starts = startsAfterPageBreak(current, line, context.number > 0);
      else if (boundary === "blank")
        starts = !/^[a-z]/.test(line.trim()) || meetingLine.test(line.trim());
      else
        starts =
          (closesClause.test(current) && startsParagraph(line, context.number > 0)) ||
          ((endsSentence.test(current) || closingMark(current) === ":") &&
            (shortLeadIn.test(line.trim()) || division.test(line.trim())));
      if (starts) {
        if (open) blocks.push(closeBlock(open, words));
        if (read) context = advance(context, read.label);
        open = { label: read?.label ?? null, lines: read ? [read.rest] : [line], page, boundary };
      } else {
        open?.lines.push(line);
      }
      boundary = "none";
    }
  });
  if (open) blocks.push(closeBlock(open, words));
  return blocks;
}
