/**
 * The text of a Word document (word/document.xml), one paragraph per line with a blank line
 * between paragraphs, each list paragraph led by its number as Word shows it. Formatting
 * (italics, underlining) is dropped: the text parser reads words, not styles.
 */

import { firstChild, localName, readXml, type XmlElement, XmlSyntaxError } from "../akn/xml.ts";
import { ParseError } from "../errors.ts";
import { ListCounter, readListDefinitions } from "./numbering.ts";

export interface DocxParts {
  /** word/document.xml, as text. */
  document: string;
  /** word/numbering.xml, when the file has one. */
  numbering?: string;
}

/** What a paragraph holds that is not its words: drawings' text boxes, deleted text, fields' codes. */
const skipped = new Set(["pPr", "rPr", "txbxContent", "del", "instrText", "delText", "fldData"]);

export function docxTextFromParts(parts: DocxParts): string {
  const document = readPart(parts.document, "word/document.xml");
  const numbering = parts.numbering ? readPart(parts.numbering, "word/numbering.xml") : undefined;
  const counter = new ListCounter(readListDefinitions(numbering));
  const body = firstChild(document, "body");
  if (localName(document) !== "document" || !body) {
    throw new ParseError("This Word file holds no document body.");
  }
  const paragraphs: string[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (child.kind !== "element") continue;
      if (localName(child) === "p") {
        const number = listNumber(child, counter);
        const words = paragraphText(child).trim();
        // An empty list paragraph still takes its number, as in Word, but adds no line.
        if (words !== "") paragraphs.push(number ? `${number} ${words}` : words);
      } else if (!skipped.has(localName(child))) {
        // Tables, content controls and the like hold paragraphs of their own.
        visit(child);
      }
    }
  };
  visit(body);
  return paragraphs.join("\n\n");
}

function readPart(source: string, name: string): XmlElement {
  try {
    return readXml(source);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ParseError(`This Word file is damaged: ${name} is not well-formed XML.`);
    }
    throw error;
  }
}

/** The paragraph's number, when its properties place it in a list (w:numPr; numId 0 is none). */
function listNumber(paragraph: XmlElement, counter: ListCounter): string {
  const numPr = firstChild(firstChild(paragraph, "pPr") ?? paragraph, "numPr");
  if (!numPr) return "";
  const numId = firstChild(numPr, "numId")?.attributes["w:val"];
  if (numId === undefined || numId === "0") return "";
  const ilvl = Number(firstChild(numPr, "ilvl")?.attributes["w:val"] ?? 0);
  return counter.next(numId, Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 9 ? ilvl : 0);
}

/** The words of one paragraph: text runs, tabs as spaces, line breaks as newlines. */
function paragraphText(element: XmlElement): string {
  let text = "";
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    const name = localName(child);
    if (skipped.has(name) || name === "p") continue;
    if (name === "t") {
      for (const part of child.children) if (part.kind === "text") text += part.text;
    } else if (name === "tab" || name === "ptab") {
      text += " ";
    } else if (name === "br" || name === "cr") {
      text += "\n";
    } else if (name === "noBreakHyphen") {
      text += "-";
    } else {
      text += paragraphText(child);
    }
  }
  return text;
}
