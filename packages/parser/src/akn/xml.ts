/**
 * A small XML reader for Akoma Ntoso files: elements, attributes and text, with the five named
 * entities and numeric character references decoded. It is enough for well-formed, DTD-free files
 * like AKN4UN's and needs no DOM, so the parser reads XML the same way in Node and the browser.
 * It does not validate, resolve namespaces (names keep their prefix, "akn4un:voters") or read DTDs.
 */

export interface XmlElement {
  kind: "element";
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export interface XmlText {
  kind: "text";
  text: string;
}

export type XmlNode = XmlElement | XmlText;

/** The file is not XML this reader can follow (unclosed tag, mismatched end tag). */
export class XmlSyntaxError extends Error {
  override name = "XmlSyntaxError";
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes &amp; &lt; &gt; &quot; &apos; &#NNN; &#xHH;. Unknown entities are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      // A reference to a code point that cannot exist stays as written rather than throwing.
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body] ?? whole;
  });
}

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(attributePattern)) {
    attributes[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return attributes;
}

/**
 * Markup and text alternate; the markup alternatives are comments, CDATA, processing instructions,
 * declarations and tags. Attribute values may hold ">" inside quotes, hence the quoted branches.
 */
const tokenPattern =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|[^<]+|</g;

/**
 * Deeper nesting than any document needs (AKN4UN files stay under 30 levels); refusing it keeps
 * the recursive readers of the tree from running out of stack on hostile input.
 */
export const maxDepth = 500;

/** Reads a document and returns its root element. */
export function readXml(source: string): XmlElement {
  const root: XmlElement = { kind: "element", name: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  for (const m of source.matchAll(tokenPattern)) {
    const token = m[0];
    const parent = open[open.length - 1] as XmlElement;
    if (token === "<") {
      throw new XmlSyntaxError(`A "<" that opens no tag, at character ${m.index}.`);
    }
    if (!token.startsWith("<")) {
      parent.children.push({ kind: "text", text: decodeEntities(token) });
    } else if (m[1] !== undefined) {
      parent.children.push({ kind: "text", text: m[1] });
    } else if (m[3] !== undefined) {
      const name = m[3];
      if (m[2] === "/") {
        if (parent.name !== name) {
          throw new XmlSyntaxError(
            `End tag </${name}> closes <${parent.name}>, at character ${m.index}.`,
          );
        }
        open.pop();
      } else {
        const element: XmlElement = {
          kind: "element",
          name,
          attributes: readAttributes(m[4] ?? ""),
          children: [],
        };
        parent.children.push(element);
        if (m[5] !== "/") open.push(element);
        if (open.length > maxDepth + 1) {
          throw new XmlSyntaxError(`Elements nest deeper than ${maxDepth} levels.`);
        }
      }
    }
    // Comments, processing instructions and declarations carry no content.
  }
  if (open.length > 1) {
    throw new XmlSyntaxError(`<${(open[open.length - 1] as XmlElement).name}> is never closed.`);
  }
  const top = root.children.find((c): c is XmlElement => c.kind === "element");
  if (!top) throw new XmlSyntaxError("The document holds no element.");
  return top;
}

/** The name without its namespace prefix: "akn4un:voters" -> "voters". */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

/** Child elements, optionally only those with a given local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => c.kind === "element" && (name === undefined || localName(c) === name),
  );
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/**
 * Descendants with a given local name, in document order. Does not look inside elements
 * named in `skip` (e.g. "attachments", so an annex's paragraphs are not the resolution's).
 */
export function descendants(
  element: XmlElement,
  name: string,
  skip: ReadonlySet<string> = new Set(),
): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.kind !== "element") continue;
      const local = localName(child);
      if (skip.has(local)) continue;
      if (local === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** All text inside, as written (no spaces added between elements: "f<i>urther</i>" stays one word). */
export function textContent(node: XmlNode): string {
  if (node.kind === "text") return node.text;
  let text = "";
  for (const child of node.children) text += textContent(child);
  return text;
}

/** Collapses runs of white space (tabs, newlines, no-break spaces kept) into one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}
