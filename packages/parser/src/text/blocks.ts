/**
 * Blocks: the paragraphs of the body, rebuilt from lines. A paragraph starts at a label ("11.",
 * "(a)"), after a blank line, or where a line opens with a lead word ("Recalling", "Requests")
 * after a line that closed a clause. A page break, or a blank line before a lower-case word, does
 * not end a paragraph: the sentence goes on. Hyphenated line ends are rejoined.
 *
 * Lines are first grouped into blocks, then each block's lines are joined: the words that tell a
 * hyphenated line end from a compound are all looked up in one pass over the document between.
 */
import { lexicons } from "@mandates/domain";
import { englishGrammar, type Grammar } from "../grammar.ts";
import { markerClose, markerOpen } from "./footnotes.ts";
import { advance, freshContext, type Label, type LabelContext, readLabel } from "./labels.ts";
import { isBlank, type Page } from "./pages.ts";

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
  /** The lines that hold words, trimmed; the label taken off the first. */
  lines: string[];
  /** Whether a line but the last ends with a hyphen, which may cut a word. */
  hyphenated: boolean;
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
const closesClause = (mark: string) => mark !== "" && ",;.".includes(mark);
const endsSentence = (mark: string) => mark !== "" && ".;".includes(mark);
/** Whether a line ends with a colon, maybe inside closing quotes ("as follows:”"). */
function endsWithColon(line: string): boolean {
  const last = line.charAt(line.length - 1);
  return (
    last === ":" || (`"”’`.includes(last) && last !== "" && line.charAt(line.length - 2) === ":")
  );
}
/** The words that head an annex in every language read ("Annex", "Annexe", "Anexo"). */
const annexWords = `(?:${Object.values(lexicons)
  .flatMap((l) => l.annexWords)
  .join("|")})`;
const annexLine = new RegExp(`^${annexWords}(?![\\wÀ-ÿ])`);
/**
 * "Annex", "Annex II" on a line of its own opens a block whatever the line before ("3 December
 * 2024" closing the meeting line); the line under it (the annex's title) starts a block of its
 * own, and the annex numbers its paragraphs afresh.
 */
const annexHeadingLine = new RegExp(`^${annexWords}(?: [IVXL]+| \\d+| [A-Z])?$`);
/** Asked of every line: most open with another letter than "A" and are ruled out at once. */
const isAnnexHeading = (line: string) => line.charCodeAt(0) === 65 && annexHeadingLine.test(line);
/**
 * The closing line: "53rd plenary meeting", or in older texts "Adopted at the 476th meeting", as
 * OCR gives it too: the number on the next line ("Adopted unanimously at the"), read with slips
 * ("Adopted unanimously ai the 298Ist meeting", "Adopted without a vate", "Adapted at the").
 */
export const meetingLine =
  /^(?:\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b|Ad[ao]pted(?:,? (?:unanimously|unanimous|without a? ?v[ao]te|by consensus))*,? (?:(?:at|ai|ut|At) (?:_ ?)?(?:the|its)\b|the [0-9IlO|]{1,5}[0-9 ]{0,3}(?:st|nd|rd|th|h)\b))/;

function firstWord(text: string): string {
  return /^[“"(]?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ’'-]*)/.exec(text)?.[1] ?? "";
}

/**
 * Whether a line, capitalized, opens with a word that opens clauses. A participle followed by
 * "and" is a title's word ("Development, Production, Stockpiling and Use"), not a lead.
 */
export function opensClause(text: string, grammar: Grammar = englishGrammar): boolean {
  const first = text.trimStart().charCodeAt(0);
  // Leads are capitalized (or quoted): anything else is ruled out before any pattern runs.
  const capital = (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xdd);
  if (!(capital || first === 0x201c || first === 34 || first === 40)) return false;
  const word = firstWord(text.trim());
  if (!word || word[0] !== word[0]?.toUpperCase()) return false;
  if (/^\S+\s+(?:and|or)\b/.test(text.trim())) return false;
  const { lexicon } = grammar;
  return lexicon.preambular.isLeadWord(word) || lexicon.matchOperativeLead(text.trim()) !== null;
}

/**
 * Whether a line starts a paragraph of its own with no blank line before it. Inside the numbered
 * part, paragraphs start at their numbers, so only closing lines and annexes count there.
 */
function startsParagraph(text: string, numbered: boolean, grammar: Grammar): boolean {
  const t = text.trim();
  return (!numbered && opensClause(t, grammar)) || meetingLine.test(t) || annexLine.test(t);
}

/**
 * "Targets:" on a line of its own is a heading over what follows; "We decide to:" is the end of
 * the sentence before.
 */
const shortLeadIn = /^[A-Z][a-z]*(?: [A-Z0-9][\w-]*){0,3}:$/;
/**
 * "We commit to taking the following actions:" on a line of its own after a bulleted target: the
 * lead-in to the paragraphs that follow, not words of the bullet's.
 */
const spokenLeadIn = /^We [a-z][^.;:]{0,100}:$/;
const afterBullet = (block: OpenBlock, previous: string, line: string) =>
  /^[•▪]/.test(block.lines[0] ?? "") &&
  endsSentence(closingMark(previous)) &&
  spokenLeadIn.test(line);
/** "Action 1.", "Article 9,", "Part IV": a numbered division of the text opens a new block. */
const division =
  /^(?:Action|Article|Section|Part|Chapter|Commitment|Goal|Target|Objective|Priority area|Round table|Rule|Principle)\s+[\dIVXLC]+\b/;
const headingLike = (line: string) => /^[A-Z][^;]{0,100}[^,;:.]$/.test(line);

/**
 * A page break ends a paragraph when the text before it closed a clause and the next page opens
 * one, or opens with a heading after a clause that ended with "." or ";". Otherwise the sentence
 * runs on across the page.
 */
function startsAfterPageBreak(
  previous: string,
  line: string,
  numbered: boolean,
  grammar: Grammar,
): boolean {
  const t = line.trim();
  const mark = closingMark(previous);
  if (closesClause(mark) && startsParagraph(t, numbered, grammar)) return true;
  return endsSentence(mark) && (headingLike(t) || shortLeadIn.test(t));
}

/**
 * Whether `line` starts a new block after the block's last line `previous`, across `boundary`.
 * A label has been ruled out.
 */
function startsBlock(
  previous: string,
  line: string,
  boundary: Boundary,
  numbered: boolean,
  grammar: Grammar,
): boolean {
  if (boundary === "page") return startsAfterPageBreak(previous, line, numbered, grammar);
  const t = line.trim();
  if (boundary === "blank") return !/^[a-z]/.test(t) || meetingLine.test(t);
  const mark = closingMark(previous);
  return (
    (closesClause(mark) && startsParagraph(t, numbered, grammar)) ||
    ((endsSentence(mark) || mark === ":") && (shortLeadIn.test(t) || division.test(t)))
  );
}

/** A word cut at a hyphenated line end ("organi-" / "zation"): its parts, the first lowered. */
interface Cut {
  head: string;
  tail: string;
}

/**
 * The word cut at the end of `previous`, if `line` goes on with it. "non-/and" is not one: the
 * hyphen there stands for a word left out ("non- and inter-governmental").
 */
function cutAt(previous: string, line: string): Cut | null {
  if (!previous.endsWith("-")) return null;
  const hyphen = /([A-Za-z]+)-$/.exec(previous.slice(-40));
  const next = hyphen ? /^([a-z]+)/.exec(line) : null;
  if (!hyphen || !next) return null;
  const cut = { head: (hyphen[1] ?? "").toLowerCase(), tail: next[1] ?? "" };
  return cut.tail === "and" || cut.tail === "or" ? null : cut;
}

/**
 * Longer than the part of any word after a hyphenated line end: a longer run of letters is not
 * looked for in the document (the hyphen stays), so the search for the words asked about costs
 * at most this much at each place.
 */
const longestCutTail = 60;

/** The words cut at the line ends of a block, joined and hyphenated, in lower case. */
function cutWords(block: OpenBlock, into: Set<string>): void {
  const { lines } = block;
  for (let i = 1; block.hyphenated && i < lines.length; i++) {
    const cut = cutAt(lines[i - 1] ?? "", lines[i] ?? "");
    if (cut && cut.tail.length <= longestCutTail)
      into.add(cut.head + cut.tail).add(`${cut.head}-${cut.tail}`);
  }
}

const isWordPart = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;

/** Up to this many words asked, the document is searched for them; past it, read word by word. */
const searchedWords = 32;

/** A run of letters and hyphens: a whole word as `wholeWords` has it. */
const wordRun = /[A-Za-z-]+/g;

/**
 * The words, among those asked about, that stand whole (not inside a longer word) somewhere in
 * the document, in lower case, capitalized or in capitals: whether "organi-/zation" was split by
 * hyphenation or is a compound ("non-/governmental"). A few words are searched for all at once;
 * whether a word found starts a word is told after it is found, as a test before every character
 * would cost more. Many words (each tried at every place, they would cost the document's length
 * times their number) are looked up instead in the document's runs of letters and hyphens: a
 * word stands whole exactly where it is such a run.
 */
function wholeWords(text: string, asked: ReadonlySet<string>): Set<string> {
  const whole = new Set<string>();
  if (asked.size === 0) return whole;
  const spellings = new Map<string, string>();
  for (const word of asked)
    for (const spelling of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
      spellings.set(spelling, word);
  if (asked.size > searchedWords) {
    wordRun.lastIndex = 0;
    for (let m = wordRun.exec(text); m !== null; m = wordRun.exec(text)) {
      const word = spellings.get(m[0]);
      if (word !== undefined) whole.add(word);
    }
    return whole;
  }
  // The words hold only letters and hyphens: none needs escaping.
  const pattern = new RegExp(`(?:${[...spellings.keys()].join("|")})(?![A-Za-z-])`, "g");
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
    if (!isWordPart(text.charCodeAt(m.index - 1))) whole.add(spellings.get(m[0]) ?? "");
  return whole;
}

/**
 * Whether a line break falls inside a compound of capitalized parts ("Secretary-" / "General",
 * "Non-Self-" / "Governing"): the hyphen is the word's and nothing stands between.
 */
const inCapitalCompound = (previous: string, line: string) =>
  /[A-Za-z]-$/.test(previous) && /^[A-Z][a-z]/.test(line);

function joinLines(block: OpenBlock, words: ReadonlySet<string>): string {
  if (!block.hyphenated) return block.lines.join(" ");
  const parts: string[] = [];
  let previous = "";
  for (const line of block.lines) {
    const cut = previous ? cutAt(previous, line) : null;
    if (!previous) parts.push(line);
    else if (!cut) parts.push(inCapitalCompound(previous, line) ? "" : " ", line);
    else if (words.has(`${cut.head}${cut.tail}`) && !words.has(`${cut.head}-${cut.tail}`)) {
      parts[parts.length - 1] = (parts.at(-1) ?? "").slice(0, -1);
      parts.push(line);
    } else parts.push(line);
    previous = line;
  }
  return parts.join("");
}

/**
 * The text without its footnote markers, which are gathered into `markers`, nor the spaces
 * before them.
 */
function takeMarkers(text: string, markers: string[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (let at = text.indexOf(markerOpen); at >= 0; at = text.indexOf(markerOpen, copied)) {
    const close = text.indexOf(markerClose, at + 1);
    if (close < 0) break;
    markers.push(text.slice(at + 1, close));
    parts.push(text.slice(copied, at).trimEnd());
    copied = close + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

/**
 * Spaces left where markers or footnote bodies came out ("Crime, 5  as well" -> "Crime, as well"):
 * before punctuation (captured), or doubled. Each is tried where its run of spaces starts only
 * (the look-behinds): tried from every space of a long run, it would read the run again each time.
 */
const straySpaces = /(?<!\s)\s+([,.;:])|(?<! ) {2,}/g;

/** Whether a text may hold stray spaces: a quick search for a space before another or a mark. */
const mayHaveStraySpaces = / [ ,.;:]/;

function closeBlock(open: OpenBlock, words: ReadonlySet<string>): Block {
  const markers: string[] = [];
  const joined = takeMarkers(joinLines(open, words), markers);
  const text = mayHaveStraySpaces.test(joined)
    ? joined.replace(straySpaces, (_spaces, mark: string | undefined) => mark ?? " ")
    : joined;
  return {
    label: open.label,
    text: text.trim(),
    markers,
    page: open.page,
    boundary: open.boundary,
  };
}

/** The lines of the body grouped into blocks, not yet joined. */
function groupLines(pages: readonly Page[], grammar: Grammar): OpenBlock[] {
  const bare = grammar.lexicon.bareItemLabels;
  const blocks: OpenBlock[] = [];
  let open: OpenBlock | null = null;
  let context: LabelContext = freshContext();
  let boundary: Boundary = "blank";
  pages.forEach(({ lines }, page) => {
    if (page > 0) boundary = "page";
    for (const raw of lines) {
      if (isBlank(raw)) {
        if (boundary === "none") boundary = "blank";
        continue;
      }
      const line = raw.trim();
      const previous = open?.lines.at(-1) ?? "";
      const underAnnex = open?.lines.length === 1 && isAnnexHeading(previous);
      if (underAnnex && !open?.label) context = freshContext();
      const read = readLabel(line, context, boundary !== "none", endsWithColon(previous), bare);
      if (
        !open ||
        read ||
        underAnnex ||
        isAnnexHeading(line) ||
        startsBlock(previous, line, boundary, context.number > 0, grammar) ||
        afterBullet(open, previous, line)
      ) {
        if (read) context = advance(context, read.label);
        const first = read ? read.rest : line;
        open = { label: read?.label ?? null, lines: [], hyphenated: false, page, boundary };
        if (first) open.lines.push(first);
        blocks.push(open);
      } else {
        open.hyphenated ||= previous.endsWith("-");
        open.lines.push(line);
      }
      boundary = "none";
    }
  });
  return blocks;
}

/**
 * Rebuilds the paragraphs of the body from its pages. `document` is the whole text, where the
 * words cut by hyphenation at line ends are looked for whole.
 */
export function buildBlocks(
  pages: readonly Page[],
  document: string,
  grammar: Grammar = englishGrammar,
): Block[] {
  const groups = groupLines(pages, grammar);
  const asked = new Set<string>();
  for (const group of groups) cutWords(group, asked);
  const words = wholeWords(document, asked);
  return groups.map((group) => closeBlock(group, words));
}
