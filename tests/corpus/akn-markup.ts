/**
 * What an AKN4UN Security Council file prints, read by the evaluation's own walk over the XML
 * (akn-xml.ts): cover lines, the enacting formula, preambular paragraphs, operative paragraphs
 * with their sub-items, headings, other text (tables), footnotes and annexes. The expectation
 * (akn-expected.ts) counts from this and the renderer (akn-pdf-text.ts) prints it, so the two
 * agree on what a paragraph is; neither uses the parser's AKN reader.
 *
 * The markup varies over 25 years of files; what this walk relies on (found by reading them):
 * - a paragraph's sub-items are `list/point`; a `sublist` after a point holds that point's own
 *   sub-items (AKN4UN places it beside the point, not inside it);
 * - preamble paragraphs are `<container>`s (one file, S/RES/2713, has bare `<p>`s); a container
 *   or `<p>` all in bold, or a `<block>`, is a heading;
 * - a `crossHeading refersTo="#preamble"` in the main body is a preambular paragraph;
 * - a `<paragraph>` holding only a `<subheading>`/`<heading>` (and maybe a number) is a heading;
 * - footnotes are `<authorialNote marker="1">` inside the sentence.
 */
import { allText, child, collapse, elements, type XmlElement, type XmlNode } from "./akn-xml.ts";

/** Footnote markers sit in the text as NOTE_OPEN index NOTE_CLOSE; see `notesIn`. */
export const NOTE_OPEN = "\uE000";
export const NOTE_CLOSE = "\uE001";
const notePattern = /\uE000(\d+)\uE001/g;

export interface MarkupNote {
  /** As printed: "1", "*". */
  marker: string;
  text: string;
}

export interface MarkupItem {
  /** "(a)", "(i)", or "" when the markup gives none. */
  label: string;
  /** A heading printed above the item, if any. */
  heading: string | null;
  text: string;
  items: MarkupItem[];
}

export type MarkupBlock =
  | { kind: "heading"; text: string }
  | { kind: "preambular"; text: string }
  | {
      kind: "paragraph";
      /** The number as marked up ("7.", "(a)", "–"), or null. */
      number: string | null;
      /** Headings printed inside the paragraph, above its text. */
      headings: string[];
      /** Its own text; several `<p>` are separate lines. */
      lines: string[];
      /** The italic words that open the paragraph, as printed, or null. */
      italicLead: string | null;
      /** The italic or underlined words that open it (older files underline the lead). */
      emphasizedLead: string | null;
      items: MarkupItem[];
      /** Text after the sub-items (a list's wrap-up). */
      tail: string[];
    }
  | { kind: "other"; lines: string[] };

export type MarkupParagraph = Extract<MarkupBlock, { kind: "paragraph" }>;

export interface MarkupResolution {
  /** From `<docNumber>`: "S/RES/1956 (2010)". */
  symbol: string | null;
  cover: string[];
  preface: string[];
  /** "The Security Council," when the markup has it. */
  formula: string | null;
  preamble: MarkupBlock[];
  body: MarkupBlock[];
  annexes: MarkupBlock[][];
  /** Every footnote, by the index its marker carries in the text. */
  notes: MarkupNote[];
}

/** The text without footnote markers (what the parser's clause text should hold). */
export function withoutNotes(text: string): string {
  return collapse(text.replace(notePattern, ""));
}

/** The text with each marker printed as the page shows it, and the notes in order. */
export function notesIn(text: string, notes: readonly MarkupNote[]): number[] {
  return [...text.matchAll(notePattern)].map((m) => Number(m[1])).filter((i) => notes[i]);
}

export function printMarkers(text: string, notes: readonly MarkupNote[]): string {
  return text.replace(notePattern, (_, i: string) => notes[Number(i)]?.marker ?? "");
}

/** Elements that start a line of their own; everything else flows inside a line. */
const lineBreaking = new Set([
  "p",
  "content",
  "intro",
  "wrapUp",
  "listIntroduction",
  "item",
  "list",
  "sublist",
  "blockList",
  "point",
  "paragraph",
  "table",
  "tr",
  "container",
  "block",
  "alinea",
  "heading",
  "subheading",
  "crossHeading",
  "num",
  "section",
  "formula",
  "quotedStructure",
]);

class Walk {
  readonly notes: MarkupNote[] = [];

  /** The text of inline content on one line, notes taken out and their markers kept in place. */
  inline(nodes: readonly XmlNode[]): string {
    let text = "";
    const visit = (node: XmlNode): void => {
      if (typeof node === "string") {
        text += node;
      } else if (node.name === "authorialNote") {
        const marker = node.attributes.marker ?? String(this.notes.length + 1);
        this.notes.push({ marker, text: collapse(allText(node)) });
        text = `${text.trimEnd()}${NOTE_OPEN}${this.notes.length - 1}${NOTE_CLOSE}`;
      } else {
        for (const c of node.children) visit(c);
      }
    };
    for (const node of nodes) visit(node);
    return collapse(text);
  }

  /** The printed lines of an element: one per line-breaking element; a table row is one line. */
  lines(element: XmlElement): string[] {
    if (element.name === "tr") {
      const cells = elements(element).map((cell) => this.lines(cell).join(" "));
      const row = cells.filter((c) => c !== "").join("  ");
      return row === "" ? [] : [row];
    }
    const out: string[] = [];
    let run: XmlNode[] = [];
    const flush = () => {
      const line = this.inline(run);
      if (line !== "") out.push(line);
      run = [];
    };
    for (const c of element.children) {
      if (typeof c !== "string" && lineBreaking.has(c.name)) {
        flush();
        out.push(...this.lines(c));
      } else {
        run.push(c);
      }
    }
    flush();
    return out;
  }

  text(element: XmlElement): string {
    return this.lines(element).join(" ");
  }
}

function isBold(node: XmlNode): boolean {
  return typeof node !== "string" && /\bbold\b/.test(node.attributes.class ?? "");
}

/** A `<p>` whose words are all in bold spans: a heading. */
function boldOnly(p: XmlElement): boolean {
  const meaningful = p.children.filter((c) => typeof c !== "string" || c.trim() !== "");
  return meaningful.length > 0 && meaningful.every(isBold);
}

const italic = /\bitalic\b/;
const italicOrUnderline = /\b(?:italic|underline)\b/;

/**
 * The italic (or other emphasized) words at the very start of a `<p>`, as printed: consecutive
 * spans separated only by spaces read as one run; when the italic stops inside a word
 * ("<i>Decide</i>s"), the rest of the word belongs to it.
 */
export function openingItalic(p: XmlElement, emphasis = italic): string | null {
  const isItalic = (node: XmlNode | undefined): node is XmlElement =>
    node !== undefined &&
    typeof node !== "string" &&
    node.name === "span" &&
    emphasis.test(node.attributes.class ?? "");
  const nodes = p.children;
  let i = 0;
  while (typeof nodes[i] === "string" && (nodes[i] as string).trim() === "") i++;
  if (!isItalic(nodes[i])) return null;
  let lead = "";
  while (isItalic(nodes[i])) {
    lead += allText(nodes[i] as XmlElement);
    const next = nodes[i + 1];
    if (typeof next === "string" && next.trim() === "" && isItalic(nodes[i + 2])) {
      lead += " ";
      i += 2;
    } else {
      if (typeof next === "string" && /[A-Za-z]$/.test(lead)) {
        lead += /^[A-Za-z]+/.exec(next)?.[0] ?? "";
      }
      break;
    }
  }
  const words = collapse(lead);
  return words === "" ? null : words;
}

function coverLines(coverPage: XmlElement): string[] {
  // Element boundaries are spaces on the cover ("on<docDate>18 April 2000</docDate>").
  const spaced = (node: XmlNode): string =>
    typeof node === "string" ? node : ` ${node.children.map(spaced).join("")} `;
  return elements(coverPage)
    .map((p) => collapse(spaced(p)).replace(/ ([,.;])/g, "$1"))
    .filter((line) => line !== "");
}

function findText(element: XmlElement, name: string): string | null {
  for (const c of elements(element)) {
    if (c.name === name) return collapse(allText(c));
    const found = findText(c, name);
    if (found !== null) return found;
  }
  return null;
}

function readPreamble(walk: Walk, preamble: XmlElement): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  for (const c of elements(preamble)) {
    if (c.name === "formula") continue;
    const ps = c.name === "p" ? [c] : elements(c, "p");
    const heading =
      c.name === "block" ||
      c.name === "heading" ||
      c.name === "subheading" ||
      (ps.length > 0 && ps.every(boldOnly) && (c.name === "p" || c.name === "container"));
    const text = walk.text(c);
    if (text === "") continue;
    blocks.push(heading ? { kind: "heading", text } : { kind: "preambular", text });
  }
  return blocks;
}

interface ListRead {
  intro: string[];
  items: MarkupItem[];
  tail: string[];
  firstP: XmlElement | undefined;
}

function readList(walk: Walk, list: XmlElement): ListRead {
  const read: ListRead = { intro: [], items: [], tail: [], firstP: undefined };
  for (const c of elements(list)) {
    if (c.name === "intro" || c.name === "listIntroduction") {
      read.firstP ??= child(c, "p");
      (read.items.length === 0 ? read.intro : read.tail).push(...walk.lines(c));
    } else if (c.name === "point" || c.name === "item") {
      read.items.push(readPoint(walk, c));
    } else if (c.name === "sublist" || c.name === "list" || c.name === "blockList") {
      const nested = readList(walk, c);
      const owner = read.items[read.items.length - 1];
      if (owner) {
        owner.text = [owner.text, ...nested.intro, ...nested.tail].join(" ").trim();
        owner.items.push(...nested.items);
      } else {
        read.intro.push(...nested.intro);
        read.items.push(...nested.items);
        read.tail.push(...nested.tail);
      }
    } else {
      read.tail.push(...walk.lines(c));
    }
  }
  return read;
}

function readPoint(walk: Walk, point: XmlElement): MarkupItem {
  const item: MarkupItem = { label: "", heading: null, text: "", items: [] };
  const text: string[] = [];
  for (const c of elements(point)) {
    if (c.name === "num") item.label = collapse(allText(c));
    else if (c.name === "subheading" || c.name === "heading") item.heading = collapse(allText(c));
    else if (c.name === "list" || c.name === "sublist" || c.name === "blockList") {
      const nested = readList(walk, c);
      text.push(...nested.intro, ...nested.tail);
      item.items.push(...nested.items);
    } else text.push(...walk.lines(c));
  }
  item.text = text.join(" ");
  return item;
}

function readParagraph(walk: Walk, paragraph: XmlElement): MarkupBlock {
  const num = child(paragraph, "num");
  const number = num ? collapse(allText(num)) : null;
  const block: MarkupParagraph = {
    kind: "paragraph",
    number,
    headings: [],
    lines: [],
    italicLead: null,
    emphasizedLead: null,
    items: [],
    tail: [],
  };
  let firstP: XmlElement | undefined;
  let onlyHeadings = true;
  for (const c of elements(paragraph)) {
    if (c.name === "num") continue;
    if (c.name === "subheading" || c.name === "heading") {
      block.headings.push(collapse(allText(c)));
      continue;
    }
    onlyHeadings = false;
    if (c.name === "list" || c.name === "blockList") {
      const list = readList(walk, c);
      firstP ??= list.firstP;
      block.lines.push(...list.intro);
      block.items.push(...list.items);
      block.tail.push(...list.tail);
    } else if (c.name === "point" || c.name === "item") {
      block.items.push(readPoint(walk, c));
    } else if (block.items.length > 0) {
      block.tail.push(...walk.lines(c));
    } else {
      firstP ??= c.name === "p" ? c : child(c, "p");
      block.lines.push(...walk.lines(c));
    }
  }
  if (onlyHeadings) {
    return { kind: "heading", text: [number, ...block.headings].filter(Boolean).join(" ") };
  }
  block.italicLead = firstP ? openingItalic(firstP) : null;
  block.emphasizedLead = firstP ? openingItalic(firstP, italicOrUnderline) : null;
  return block;
}

function readBody(walk: Walk, body: XmlElement): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  for (const c of elements(body)) {
    if (["section", "subsection", "chapter", "part"].includes(c.name)) {
      const title = [child(c, "num"), child(c, "heading")]
        .filter((e): e is XmlElement => e !== undefined)
        .map((e) => collapse(allText(e)))
        .join(" ");
      if (title !== "") blocks.push({ kind: "heading", text: title });
      blocks.push(...readBody(walk, c));
    } else if (c.name === "num" || c.name === "heading") {
      // A section's own number and heading, taken above.
    } else if (c.name === "crossHeading") {
      const text = walk.inline(c.children);
      if (c.attributes.refersTo === "#preamble") blocks.push({ kind: "preambular", text });
      else if (text !== "") blocks.push({ kind: "heading", text });
    } else if (c.name === "paragraph") {
      blocks.push(readParagraph(walk, c));
    } else {
      const lines = walk.lines(c);
      if (lines.length > 0) blocks.push({ kind: "other", lines });
    }
  }
  return blocks;
}

function readAnnex(walk: Walk, attachment: XmlElement): MarkupBlock[] {
  const doc = elements(attachment).find((c) => c.name !== "meta") ?? attachment;
  const blocks: MarkupBlock[] = [];
  for (const part of elements(doc)) {
    if (part.name === "meta") continue;
    if (part.name === "mainBody") blocks.push(...readBody(walk, part));
    else if (part.name === "preamble") blocks.push(...readPreamble(walk, part));
    else {
      const lines = walk.lines(part);
      if (lines.length > 0) blocks.push({ kind: "other", lines });
    }
  }
  return blocks;
}

/** Reads what an AKN resolution prints. Throws when the root is not `<akomaNtoso>`. */
export function readMarkup(root: XmlElement): MarkupResolution {
  if (root.name !== "akomaNtoso") throw new Error(`the root is <${root.name}>, not <akomaNtoso>`);
  const document = elements(root)[0];
  if (!document) throw new Error("<akomaNtoso> holds no document");
  const walk = new Walk();
  const coverPage = child(document, "coverPage");
  const preface = child(document, "preface");
  const preamble = child(document, "preamble");
  const mainBody = child(document, "mainBody");
  const formula = preamble ? child(preamble, "formula") : undefined;
  const attachments = child(document, "attachments");
  return {
    symbol: coverPage ? findText(coverPage, "docNumber") : null,
    cover: coverPage ? coverLines(coverPage) : [],
    preface: preface ? walk.lines(preface) : [],
    formula: formula ? (walk.lines(formula)[0] ?? null) : null,
    preamble: preamble ? readPreamble(walk, preamble) : [],
    body: mainBody ? readBody(walk, mainBody) : [],
    annexes: attachments ? elements(attachments).map((a) => readAnnex(walk, a)) : [],
    notes: walk.notes,
  };
}
