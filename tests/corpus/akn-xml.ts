/**
 * The evaluation's own XML reader: elements, attributes, text, the five named entities and
 * numeric character references; comments, processing instructions, CDATA and a DOCTYPE are read
 * past. Written apart from the parser's reader (packages/parser/src/akn/xml.ts) on purpose: the
 * expected counts and the text handed to the parser must not come from the code under test.
 */

export interface XmlElement {
  /** Local name, prefix dropped: "akn:paragraph" -> "paragraph". */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  override name = "XmlError";
}

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return named[ref] ?? whole;
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon >= 0 ? qualified.slice(colon + 1) : qualified;
}

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(attributePattern)) {
    attributes[localName(m[1] as string)] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return attributes;
}

/** Reads a whole document and returns its root element. Throws XmlError when malformed. */
export function parseXml(xml: string): XmlElement {
  const document: XmlElement = { name: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [document];
  let at = 0;
  const skipPast = (end: string, what: string): void => {
    const found = xml.indexOf(end, at);
    if (found < 0) throw new XmlError(`unterminated ${what}`);
    at = found + end.length;
  };
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const current = open[open.length - 1] as XmlElement;
    if (lt !== at) {
      const end = lt < 0 ? xml.length : lt;
      const text = xml.slice(at, end);
      if (open.length > 1) current.children.push(decodeEntities(text));
      at = end;
      continue;
    }
    if (xml.startsWith("<!--", at)) skipPast("-->", "comment");
    else if (xml.startsWith("<?", at)) skipPast("?>", "processing instruction");
    else if (xml.startsWith("<![CDATA[", at)) {
      const end = xml.indexOf("]]>", at);
      if (end < 0) throw new XmlError("unterminated CDATA section");
      current.children.push(xml.slice(at + 9, end));
      at = end + 3;
    } else if (xml.startsWith("<!", at)) skipPast(">", "declaration");
    else if (xml.startsWith("</", at)) {
      const end = xml.indexOf(">", at);
      if (end < 0) throw new XmlError("unterminated end tag");
      const name = localName(xml.slice(at + 2, end).trim());
      if (open.length <= 1 || current.name !== name) {
        throw new XmlError(`</${name}> does not close <${current.name}>`);
      }
      open.pop();
      at = end + 1;
    } else {
      const end = tagEnd(xml, at);
      const inside = xml.slice(at + 1, end);
      const selfClosing = inside.endsWith("/");
      const body = selfClosing ? inside.slice(0, -1) : inside;
      const nameEnd = body.search(/[\s]/);
      const rawName = nameEnd < 0 ? body : body.slice(0, nameEnd);
      if (rawName === "") throw new XmlError("a tag without a name");
      const element: XmlElement = {
        name: localName(rawName),
        attributes: nameEnd < 0 ? {} : readAttributes(body.slice(nameEnd)),
        children: [],
      };
      current.children.push(element);
      if (!selfClosing) open.push(element);
      at = end + 1;
    }
  }
  if (open.length > 1)
    throw new XmlError(`<${(open[open.length - 1] as XmlElement).name}> is never closed`);
  const root = document.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new XmlError("no root element");
  return root;
}

/** The ">" closing a start tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new XmlError("unterminated start tag");
}

export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name),
  );
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return elements(element, name)[0];
}

/** All the text inside an element, markup dropped. */
export function allText(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(allText).join("");
}

/** Runs of spaces, tabs and line ends as one space; no-break spaces are kept, as PDFs keep them. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}
