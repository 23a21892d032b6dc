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

/** White space as `\s` has it: the characters a name ends at and "=" may be spaced with. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a tag's name ends here: white space, "/" or ">". */
const endsTagName = (code: number) => isSpace(code) || code === 47 || code === 62;

/** Whether an attribute's name ends here: as a tag's, and also at "=". */
const endsAttributeName = (code: number) => endsTagName(code) || code === 61;

/**
 * The attributes written in a tag between its name and its ">". Each name is followed by "=",
 * maybe spaced, and a quoted value; anything else is passed over, as a pattern search would.
 * One pass: a name not followed by "=" and a quote is passed over whole, not tried again from
 * each of its characters.
 */
function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = 0;
  while (at < source.length) {
    if (endsAttributeName(source.charCodeAt(at))) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < source.length && !endsAttributeName(source.charCodeAt(at))) at++;
    let next = at;
    while (isSpace(source.charCodeAt(next))) next++;
    if (source.charAt(next) !== "=") continue;
    next++;
    while (isSpace(source.charCodeAt(next))) next++;
    const quote = source.charAt(next);
    if (quote !== '"' && quote !== "'") continue;
    const close = source.indexOf(quote, next + 1);
    if (close < 0) continue;
    attributes[source.slice(nameStart, at)] = decodeEntities(source.slice(next + 1, close));
    at = close + 1;
  }
  return attributes;
}

/**
 * Deeper nesting than any document needs (AKN4UN files stay under 30 levels); refusing it keeps
 * the recursive readers of the tree from running out of stack on hostile input.
 */
export const maxDepth = 500;

/** Where the markup opened at `at` ends (after its closing `close`), or a syntax error. */
function closing(source: string, at: number, open: string, close: string, what: string): number {
  const end = source.indexOf(close, at + open.length);
  if (end < 0) throw new XmlSyntaxError(`${what} opened at character ${at} is never closed.`);
  return end + close.length;
}

/**
 * Where the tag opened at `at` ends (just after its ">"): the first ">" outside quotes from
 * `from`, where its name ends. An
 * unclosed tag or quote is an error at once: nothing is searched twice.
 */
function tagEnd(source: string, at: number, from: number): number {
  let i = from;
  let gt = source.indexOf(">", i);
  for (;;) {
    // A quoted value may hold ">": the next one is looked for again only once passed.
    if (gt >= 0 && gt < i) gt = source.indexOf(">", i);
    const quote = firstQuote(source, i, gt < 0 ? source.length : gt);
    if (quote < 0) {
      if (gt < 0) throw new XmlSyntaxError(`The tag opened at character ${at} is never closed.`);
      return gt + 1;
    }
    const close = source.indexOf(source.charAt(quote), quote + 1);
    if (close < 0)
      throw new XmlSyntaxError(`An attribute value opened at character ${quote} is never closed.`);
    i = close + 1;
  }
}

/** The first quote (either kind) in source[from, to), or -1. */
function firstQuote(source: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === 34 || code === 39) return i;
  }
  return -1;
}

/** Reads a document and returns its root element. */
export function readXml(source: string): XmlElement {
  const root: XmlElement = { kind: "element", name: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  let at = 0;
  while (at < source.length) {
    const parent = open[open.length - 1] as XmlElement;
    const lt = source.indexOf("<", at);
    if (lt !== at) {
      const end = lt < 0 ? source.length : lt;
      parent.children.push({ kind: "text", text: decodeEntities(source.slice(at, end)) });
      at = end;
      continue;
    }
    // Comments, processing instructions and declarations carry no content; each must close.
    if (source.startsWith("<!--", at)) {
      at = closing(source, at, "<!--", "-->", "A comment");
    } else if (source.startsWith("<![CDATA[", at)) {
      const end = closing(source, at, "<![CDATA[", "]]>", "A CDATA section");
      parent.children.push({ kind: "text", text: source.slice(at + 9, end - 3) });
      at = end;
    } else if (source.startsWith("<?", at)) {
      at = closing(source, at, "<?", "?>", "A processing instruction");
    } else if (source.startsWith("<!", at)) {
      at = closing(source, at, "<!", ">", "A declaration");
    } else {
      at = readTag(source, at, open);
    }
  }
  if (open.length > 1) {
    throw new XmlSyntaxError(
      `<${shown((open[open.length - 1] as XmlElement).name)}> is never closed.`,
    );
  }
  const top = root.children.find((c): c is XmlElement => c.kind === "element");
  if (!top) throw new XmlSyntaxError("The document holds no element.");
  return top;
}

/** Reads the start or end tag at `at` into the open elements; returns where it ends. */
function readTag(source: string, at: number, open: XmlElement[]): number {
  const end = source.charCodeAt(at + 1) === 47;
  const nameStart = at + (end ? 2 : 1);
  let nameEnd = nameStart;
  while (nameEnd < source.length && !endsTagName(source.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === nameStart) {
    throw new XmlSyntaxError(`A "<" that opens no tag, at character ${at}.`);
  }
  const after = tagEnd(source, at, nameEnd);
  const name = source.slice(nameStart, nameEnd);
  const parent = open[open.length - 1] as XmlElement;
  if (end) {
    if (parent.name !== name) {
      throw new XmlSyntaxError(
        `End tag </${shown(name)}> closes <${shown(parent.name)}>, at character ${at}.`,
      );
    }
    open.pop();
    return after;
  }
  const selfClosing = source.charCodeAt(after - 2) === 47 && after - 2 >= nameEnd;
  const element: XmlElement = {
    kind: "element",
    name,
    attributes: readAttributes(source.slice(nameEnd, selfClosing ? after - 2 : after - 1)),
    children: [],
  };
  parent.children.push(element);
  if (!selfClosing) open.push(element);
  if (open.length > maxDepth + 1) {
    throw new XmlSyntaxError(`Elements nest deeper than ${maxDepth} levels.`);
  }
  return after;
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

/**
 * A name as an error message shows it: a malformed file can make a "name" of megabytes
 * ("<a<a<a..."), which a message to a user must not echo whole.
 */
function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
