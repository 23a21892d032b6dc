/**
 * Reads an AKN4UN Security Council file into the blocks a reader of the printed resolution sees:
 * cover page lines, preamble paragraphs, operative paragraphs with their sub-items, headings,
 * footnotes and annexes. The renderer (render.ts) turns this into PDF-like text and the corpus
 * evaluation (tests/corpus/akn-expected.ts) counts from it: both read the same model, so they
 * agree on what a paragraph is.
 *
 * The markup varies over 25 years of files; these cases were found by reading them:
 * - sub-items are `list/point`, and a `sublist` after a point holds that point's own sub-items
 *   (a sibling, not a child);
 * - some files mark sub-items up as `paragraph`s numbered "(a)", "–" or "•";
 * - preamble text reappears in the main body as `crossHeading refersTo="#preamble"`;
 * - headings are `paragraph`s holding only a `subheading`/`heading`, `<block>`s, or bold-only
 *   paragraphs in the preamble;
 * - S/RES/2713 puts bare `<p>`s in its preamble instead of `<container>`s;
 * - footnotes are `<authorialNote marker="1">` inside the sentence.
 */

import { append } from "../append.ts";
import {
  childElements,
  collapseSpace,
  firstChild,
  localName,
  readXml,
  textContent,
  type XmlElement,
  type XmlNode,
} from "./xml.ts";

export interface AknFootnote {
  /** As printed: "1", "*". */
  marker: string;
  text: string;
}

export interface AknItem {
  /** "(a)", "(i)", or "" when the markup gives none. */
  label: string;
  text: string;
  items: AknItem[];
  /** A heading printed above the item, if any. */
  heading: string | null;
}

export interface AknHeading {
  kind: "heading";
  text: string;
}

export interface AknPreambular {
  kind: "preambular";
  text: string;
  footnotes: AknFootnote[];
}

export interface AknParagraph {
  kind: "paragraph";
  /** The number as marked up ("7.", "(a)", "–"), or null when the paragraph has none. */
  number: string | null;
  /** Its own text (lines, usually one), footnote markers glued to the word as in PDF text. */
  lines: string[];
  /** The italic phrase that opens the paragraph ("Further requests"), if marked up. */
  italicLead: string | null;
  items: AknItem[];
  /** Text printed after the sub-items. */
  tail: string[];
  footnotes: AknFootnote[];
}

/** Anything else printed in the body (tables, boxed forms, separators), kept as lines. */
export interface AknOtherText {
  kind: "other";
  lines: string[];
  footnotes: AknFootnote[];
}

export type AknBlock = AknHeading | AknPreambular | AknParagraph | AknOtherText;

export interface AknAnnex {
  blocks: AknBlock[];
}

export interface AknResolution {
  /** From <docNumber>: "S/RES/1956 (2010)" (or "S/PRST/2020/11" for the odd statement). */
  symbol: string | null;
  cover: string[];
  preface: string[];
  /** "The Security Council," */
  formula: string | null;
  preamble: AknBlock[];
  body: AknBlock[];
  annexes: AknAnnex[];
}

/** Well-formed XML that is not an Akoma Ntoso resolution; the message says why, in a phrase. */
export class AknError extends Error {
  override name = "AknError";
}

/**
 * Reads one AKN file. Throws XmlSyntaxError on broken XML, AknError when it is not an AKN
 * document with a preamble or a main body (the parts a resolution is read from).
 */
export function readAknResolution(xml: string): AknResolution {
  const root = readXml(xml);
  if (localName(root) !== "akomaNtoso")
    throw new AknError(`its root element is <${root.name}>, not <akomaNtoso>`);
  const document = childElements(root)[0];
  if (!document) throw new AknError("<akomaNtoso> holds no document");
  const coverPage = firstChild(document, "coverPage");
  const preface = firstChild(document, "preface");
  const preamble = firstChild(document, "preamble");
  const mainBody = firstChild(document, "mainBody");
  if (!preamble && !mainBody)
    throw new AknError(`its <${document.name}> has neither a preamble nor a main body`);
  const attachments = firstChild(document, "attachments");
  const formula = preamble ? firstChild(preamble, "formula") : undefined;
  return {
    symbol: coverPage ? findText(coverPage, "docNumber") : null,
    cover: coverPage ? coverLines(coverPage) : [],
    preface: preface ? blockLines(preface, []) : [],
    formula: formula ? (blockLines(formula, [])[0] ?? null) : null,
    preamble: preamble ? readPreamble(preamble) : [],
    body: mainBody ? readBody(mainBody) : [],
    annexes: attachments ? readAnnexes(attachments) : [],
  };
}

function findText(element: XmlElement, name: string): string | null {
  for (const child of childElements(element)) {
    if (localName(child) === name) return collapseSpace(textContent(child));
    const found = findText(child, name);
    if (found !== null) return found;
  }
  return null;
}

/**
 * One line per cover-page <p>. Element boundaries count as spaces here because the markup
 * glues "on<docDate>18 April 2000</docDate>" where the printed page has a space.
 */
function coverLines(coverPage: XmlElement): string[] {
  const spaced = (node: XmlNode): string =>
    node.kind === "text" ? node.text : ` ${node.children.map(spaced).join("")} `;
  return childElements(coverPage)
    .map((p) => collapseSpace(spaced(p)).replace(/ ([,.;])/g, "$1"))
    .filter((line) => line !== "");
}

/**
 * The text of an element as printed on one line: footnote bodies are taken out and their
 * markers glued to the preceding word, as PDF text shows a superscript ("conflict1").
 */
export function inlineText(element: XmlElement, footnotes: AknFootnote[]): string {
  const parts: string[] = [];
  const visit = (node: XmlNode): void => {
    if (node.kind === "text") {
      parts.push(node.text);
      return;
    }
    if (localName(node) === "authorialNote") {
      const marker = node.attributes.marker ?? String(footnotes.length + 1);
      trimEndOfParts(parts);
      parts.push(marker);
      footnotes.push({ marker, text: collapseSpace(textContent(node)) });
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of element.children) visit(child);
  return collapseSpace(parts.join(""));
}

/**
 * Takes the white space off the end of the text the parts make, from the last part back: the
 * text is never searched whole for each footnote marker glued to it.
 */
function trimEndOfParts(parts: string[]): void {
  while (parts.length > 0) {
    const last = parts[parts.length - 1] as string;
    const trimmed = last.trimEnd();
    if (trimmed !== "") {
      parts[parts.length - 1] = trimmed;
      return;
    }
    parts.pop();
  }
}

/** Elements that start their own printed line(s) rather than flowing within one. */
const blockNames = new Set([
  "p",
  "content",
  "intro",
  "wrapUp",
  "table",
  "tr",
  "blockList",
  "item",
  "listIntroduction",
  "list",
  "point",
  "sublist",
  "heading",
  "subheading",
  "container",
  "block",
  "paragraph",
  "section",
  "crossHeading",
  "alinea",
  "num",
  "blockContainer",
  "mainBody",
  "doc",
  "preface",
  "preamble",
  "conclusions",
  "formula",
]);

/** The printed lines of any element: one per block, table rows with their cells side by side. */
export function blockLines(element: XmlElement, footnotes: AknFootnote[]): string[] {
  const name = localName(element);
  if (name === "meta") return [];
  if (name === "tr") {
    const cells = childElements(element).map((cell) => blockLines(cell, footnotes).join(" "));
    return [cells.filter((c) => c !== "").join("  ")].filter((line) => line !== "");
  }
  const lines: string[] = [];
  // Text and inline elements between blocks flow into one line, flushed at each block.
  let run: XmlElement = { kind: "element", name: "#run", attributes: {}, children: [] };
  const flush = (): void => {
    const line = inlineText(run, footnotes);
    if (line !== "") lines.push(line);
    run = { kind: "element", name: "#run", attributes: {}, children: [] };
  };
  for (const child of element.children) {
    if (child.kind === "element" && blockNames.has(localName(child))) {
      flush();
      append(lines, blockLines(child, footnotes));
    } else {
      run.children.push(child);
    }
  }
  flush();
  return lines;
}

function isBoldOnly(p: XmlElement): boolean {
  const meaningful = p.children.filter((c) => c.kind === "element" || c.text.trim() !== "");
  return (
    meaningful.length > 0 &&
    meaningful.every(
      (c) =>
        c.kind === "element" &&
        localName(c) === "span" &&
        /\bbold\b/.test(c.attributes.class ?? ""),
    )
  );
}

/**
 * Headings in the preamble: a <block name="subheading">, or a paragraph whose text is all bold
 * ("Degrading the threat posed by Al-Shabaab", a bold <p> bare or in its own <container>).
 */
function isPreambleHeading(element: XmlElement): boolean {
  const name = localName(element);
  if (name === "block" || name === "heading" || name === "subheading") return true;
  if (name === "p") return isBoldOnly(element);
  const paragraphs = childElements(element, "p");
  return name === "container" && paragraphs.length > 0 && paragraphs.every(isBoldOnly);
}

function readPreamble(preamble: XmlElement): AknBlock[] {
  const blocks: AknBlock[] = [];
  for (const child of childElements(preamble)) {
    const name = localName(child);
    if (name === "formula") continue;
    if (isPreambleHeading(child)) {
      blocks.push({ kind: "heading", text: blockLines(child, []).join(" ") });
    } else {
      // <container> (one per paragraph, as AKN4UN says) or a bare <p> (S/RES/2713).
      const footnotes: AknFootnote[] = [];
      const text = blockLines(child, footnotes).join(" ");
      if (text !== "") blocks.push({ kind: "preambular", text, footnotes });
    }
  }
  return blocks;
}

function readBody(mainBody: XmlElement): AknBlock[] {
  const blocks: AknBlock[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      const name = localName(child);
      if (name === "section" || name === "subsection" || name === "chapter" || name === "part") {
        const num = firstChild(child, "num");
        const heading = firstChild(child, "heading");
        const title = [num, heading]
          .filter((e): e is XmlElement => e !== undefined)
          .map((e) => collapseSpace(textContent(e)))
          .join(" ");
        if (title !== "") blocks.push({ kind: "heading", text: title });
        visit(child);
      } else if (name === "num" || name === "heading") {
        // The section's own number and heading, printed above.
      } else if (name === "crossHeading") {
        const footnotes: AknFootnote[] = [];
        const text = inlineText(child, footnotes);
        if (child.attributes.refersTo === "#preamble") {
          blocks.push({ kind: "preambular", text, footnotes });
        } else if (text !== "") {
          blocks.push({ kind: "heading", text });
        }
      } else if (name === "paragraph") {
        blocks.push(readParagraph(child));
      } else {
        const footnotes: AknFootnote[] = [];
        const lines = blockLines(child, footnotes);
        if (lines.length > 0) blocks.push({ kind: "other", lines, footnotes });
      }
    }
  };
  visit(mainBody);
  return blocks;
}

function readParagraph(paragraph: XmlElement): AknBlock {
  const num = firstChild(paragraph, "num");
  const number = num ? collapseSpace(textContent(num)) : null;
  const footnotes: AknFootnote[] = [];
  const lines: string[] = [];
  const items: AknItem[] = [];
  const tail: string[] = [];
  let headingOnly = true;
  let firstP: XmlElement | undefined;
  const headingLines: string[] = [];
  for (const child of childElements(paragraph)) {
    const name = localName(child);
    if (name === "num") continue;
    if (name === "subheading" || name === "heading") {
      headingLines.push(collapseSpace(textContent(child)));
      continue;
    }
    headingOnly = false;
    if (name === "list" || name === "blockList") {
      const list = readList(child, footnotes);
      firstP ??= firstChild(firstChild(child, "intro") ?? child, "p");
      append(lines, list.intro);
      append(items, list.items);
      append(tail, list.tail);
    } else if (items.length > 0) {
      append(tail, blockLines(child, footnotes));
    } else {
      firstP ??= firstChild(child, "p") ?? child;
      append(lines, blockLines(child, footnotes));
    }
  }
  if (headingOnly) {
    return { kind: "heading", text: [number, ...headingLines].filter(Boolean).join(" ") };
  }
  return {
    kind: "paragraph",
    number,
    lines: headingLines.length > 0 ? [...headingLines, ...lines] : lines,
    italicLead: firstP ? leadingItalic(firstP) : null,
    items,
    tail,
    footnotes,
  };
}

interface ReadList {
  intro: string[];
  items: AknItem[];
  tail: string[];
}

/**
 * A list's intro, points and wrap-up. A `sublist` (or nested list) holds the sub-items of the
 * point before it: AKN4UN places it as the point's sibling, not inside it.
 */
function readList(list: XmlElement, footnotes: AknFootnote[]): ReadList {
  const read: ReadList = { intro: [], items: [], tail: [] };
  // Lines a sublist adds to the point before it, joined to the point's text once at the end.
  const added = new Map<AknItem, string[]>();
  for (const child of childElements(list)) {
    const name = localName(child);
    if (name === "intro" || name === "listIntroduction") {
      append(read.items.length === 0 ? read.intro : read.tail, blockLines(child, footnotes));
    } else if (name === "point" || name === "item") {
      read.items.push(readPoint(child, footnotes));
    } else if (name === "sublist" || name === "list" || name === "blockList") {
      const nested = readList(child, footnotes);
      const owner = read.items[read.items.length - 1];
      if (owner) {
        const lines = added.get(owner) ?? [];
        added.set(owner, append(append(lines, nested.intro), nested.tail));
        append(owner.items, nested.items);
      } else {
        append(read.intro, nested.intro);
        append(read.items, nested.items);
        append(read.tail, nested.tail);
      }
    } else {
      // wrapUp, alinea: text printed after the points.
      append(read.tail, blockLines(child, footnotes));
    }
  }
  for (const [owner, lines] of added)
    if (lines.length > 0) owner.text = [owner.text, ...lines].join(" ").trim();
  return read;
}

function readPoint(point: XmlElement, footnotes: AknFootnote[]): AknItem {
  const item: AknItem = { label: "", text: "", items: [], heading: null };
  const text: string[] = [];
  for (const child of childElements(point)) {
    const name = localName(child);
    if (name === "num") {
      item.label = collapseSpace(textContent(child));
    } else if (name === "subheading" || name === "heading") {
      item.heading = collapseSpace(textContent(child));
    } else if (name === "list" || name === "sublist" || name === "blockList") {
      const nested = readList(child, footnotes);
      append(append(text, nested.intro), nested.tail);
      append(item.items, nested.items);
    } else {
      append(text, blockLines(child, footnotes));
    }
  }
  item.text = text.join(" ");
  return item;
}

/**
 * The italic phrase at the very start of a paragraph's first <p>, or null. When the italic
 * stops inside a word ("<i>Decide</i>s"), the rest of the word belongs to the lead.
 */
export function leadingItalic(p: XmlElement): string | null {
  const nodes = p.children;
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i] as XmlNode;
    if (node.kind === "text" && node.text.trim() === "") i++;
    else break;
  }
  const first = nodes[i];
  if (
    first?.kind !== "element" ||
    localName(first) !== "span" ||
    !/\bitalic\b/.test(first.attributes.class ?? "")
  ) {
    return null;
  }
  const italic = textContent(first);
  let lead = collapseSpace(italic);
  const next = nodes[i + 1];
  if (next?.kind === "text" && /[A-Za-z]$/.test(italic)) {
    const rest = /^[A-Za-z]+/.exec(next.text);
    if (rest) lead += rest[0];
  }
  return lead === "" ? null : lead;
}

function readAnnexes(attachments: XmlElement): AknAnnex[] {
  const annexes: AknAnnex[] = [];
  for (const attachment of childElements(attachments)) {
    const doc = childElements(attachment).find((c) => localName(c) !== "meta") ?? attachment;
    const blocks: AknBlock[] = [];
    for (const part of childElements(doc)) {
      const name = localName(part);
      if (name === "meta") continue;
      if (name === "mainBody") append(blocks, readBody(part));
      else if (name === "preamble") append(blocks, readPreamble(part));
      else {
        const footnotes: AknFootnote[] = [];
        const lines = blockLines(part, footnotes);
        if (lines.length > 0) blocks.push({ kind: "other", lines, footnotes });
      }
    }
    annexes.push({ blocks });
  }
  return annexes;
}
