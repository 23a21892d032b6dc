/**
 * Pathological inputs: families of texts, each built to a size, that would make a parser with a
 * backtracking pattern or a loop that rescans the text take more than linear time. The fuzz suite
 * times each family at two sizes and throws them, mutated, at the parser; the attacks of issue 8
 * are among them ("The Commission" + spaces, "1. Requests" lines, "<!--x>" repeated).
 */

/**
 * A symbol and the enacting formula: what follows is the body of a resolution, read as such even
 * when none of its paragraphs opens like a clause.
 */
const formula = "A/RES/80/1\n\nThe General Assembly,\n\n";

/** `unit` repeated to about `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** A line of `unit` repeated, in the operative part of a resolution. */
const operativeLine = (unit: string) => (size: number) =>
  `${formula}1. Requests the Secretary-General to act ${repeatTo(unit, size)} now;\n`;

/** `unit` repeated as lines of their own, after the formula. */
const lines = (unit: string) => (size: number) => formula + repeatTo(unit, size);

export interface Family {
  name: string;
  /** A text of about `size` characters. */
  build: (size: number) => string;
}

export const textFamilies: readonly Family[] = [
  // Issue 8: the enacting-formula pattern backtracked over the spaces.
  { name: "formula then spaces", build: (n) => `The Commission${" ".repeat(n)}1\n` },
  {
    name: "formula then spaces and letters",
    build: (n) => `The Commission${repeatTo(" a", n)}1\n`,
  },
  { name: "formula with a long name", build: (n) => `The ${repeatTo("Foo ", n)}Commission,\n` },
  // Issue 8: clause ids made unique one by one.
  { name: "repeated paragraph number", build: lines("1. Requests\n") },
  { name: "repeated section and number", build: lines("A\n1. Requests the Council\n") },
  { name: "numbers in sequence", build: (n) => formula + numbered(n) },
  { name: "line of spaces", build: operativeLine(" ") },
  { name: "line of tabs and no-break spaces", build: operativeLine("\t\u00a0 ") },
  { name: "line of digits", build: operativeLine("7") },
  { name: "line of numbers", build: operativeLine("1. ") },
  { name: "line of item labels", build: operativeLine("(a) ") },
  { name: "lines of item labels", build: lines("(a)\n") },
  { name: "lines of roman items", build: lines("(i) x\n") },
  { name: "repeated verb", build: operativeLine("Requests ") },
  { name: "repeated verb after commas", build: operativeLine(", requests ") },
  { name: "repeated verb and bearer", build: operativeLine("and requests the Secretary-General ") },
  {
    name: "quotations and verbs",
    build: operativeLine('"a" and requests the Council to "b" '),
  },
  {
    name: "repeated lead words",
    build: lines("Recalling Recalling Taking note taking note with concern\n"),
  },
  { name: "nested parentheses", build: (n) => operativeLine("(")(n / 2) + ")".repeat(n / 2) },
  { name: "footnote markers", build: operativeLine("word1 ") },
  {
    name: "footnote bodies",
    build: (n) => `${operativeLine("Protocol1, Protocol2 ")(n / 2)}__________\n${footnotes(n / 2)}`,
  },
  { name: "trailing footnote bodies", build: (n) => `${lines("a1.\n\n1 A\n\n")(n)}` },
  { name: "superscript markers", build: operativeLine("word¹ ") },
  { name: "page furniture", build: lines("25-20946 (E)\n*2520946*\n2/14\n\n") },
  { name: "running headers", build: lines("A/RES/80/1\nTitle\n2/14\nRecalling x,\n") },
  { name: "form feeds", build: lines("Recalling x,\f") },
  { name: "blank and spaced lines", build: lines("Recalling x,\n \n\n") },
  { name: "run of letters", build: operativeLine("a") },
  { name: "run of capitals", build: operativeLine("A") },
  { name: "run of hyphens", build: operativeLine("-") },
  { name: "run of underscores", build: lines("_") },
  { name: "run of asterisks", build: operativeLine("*") },
  { name: "emphasis", build: operativeLine("*a* **b** ") },
  { name: "lines of asterisks", build: lines("*x\n") },
  { name: "run of full stops", build: operativeLine(".") },
  { name: "run of commas", build: operativeLine(",") },
  { name: "run of colons", build: operativeLine(":") },
  { name: "run of quotes", build: operativeLine("“") },
  { name: "run of slashes", build: operativeLine("/") },
  { name: "hyphenated line ends", build: lines("organi-\nzation non-\ngovernmental\n") },
  { name: "citations", build: operativeLine("resolutions 1/1, 2/2 and 3/3 of 1 May 2000, ") },
  { name: "document symbols", build: operativeLine("A/RES/1/1 S/2000/1 ") },
  { name: "sessions", build: operativeLine("at its eightieth session of the session ") },
  {
    name: "dates",
    build: operativeLine("by 31 December 2030 by 2030 in May 2030 within 30 days "),
  },
  { name: "recurrence", build: operativeLine("annually every two years at each session ") },
  { name: "reporting", build: operativeLine("to report on on on on to the ") },
  { name: "actors", build: operativeLine("the Secretary-General the Council United Nations ") },
  { name: "organ subjects", build: lines("1. The Security Council, x, requests\n") },
  { name: "with phrases", build: operativeLine("with concern with deep concern ") },
  { name: "meeting lines", build: lines("1st plenary meeting\n") },
  { name: "annex headings", build: lines("Annex\n") },
  { name: "lone carriage returns", build: lines("Recalling x,\r") },
  { name: "amendment words", build: (n) => `amendment ${repeatTo("to draft ", n)}` },
  { name: "adopted lines", build: (n) => `${repeatTo("Adopted by the ", n)}\n${formula}` },
  {
    name: "front matter lines",
    build: (n) => `${repeatTo("A/80/L.1\nDistr.: General\n", n)}${formula}`,
  },
  {
    name: "symbol line with spaces",
    build: (n) => `A/1${" ".repeat(n)}(2000)\n\n${formula}1. Requests;\n`,
  },
  {
    name: "symbol line with asterisks",
    build: (n) => `A/1${"*".repeat(n)}x\n\n${formula}1. Requests;\n`,
  },
  { name: "symbol prefixes", build: operativeLine("S/") },
  { name: "line separators", build: operativeLine("\u2028\u2029\u205f  ,") },
  { name: "glued numbers and trailing notes", build: (n) => formula + trailingNotes(n) },
  {
    name: "footnote areas",
    build: lines("Recalling x1,\n__________\n1 A note.\n\nRecalling y,\n"),
  },
  { name: "pages with notes", build: lines("Recalling x1,\n__________\n1 A note.\n\f") },
  {
    name: "long title and running headers",
    build: (n) =>
      `80/1. ${repeatTo("Title words ", n / 2)}\n\n${formula}${repeatTo("Recalling x,\n25-20946\nTitle words Title\n\f", n / 2)}`,
  },
  { name: "distinct hyphenated words", build: (n) => formula + hyphenatedWords(n) },
  { name: "shared action", build: operativeLine("and urges the Council, ") },
  {
    name: "bearers with manner phrases",
    build: operativeLine("the Council, in cooperation with the Secretary-General, "),
  },
  { name: "requests him", build: operativeLine("the Secretary-General and requests him ") },
  {
    name: "sessions and bodies",
    build: operativeLine("the General Assembly at its eightieth session "),
  },
  { name: "years", build: operativeLine("by 2030 in 2031 by 1 May 2032 in June 2033 ") },
  { name: "unclosed quotes and verbs", build: operativeLine("“ a, requests “ ") },
];

/** Lines with numbers glued to words, then as many notes at the foot of the page. */
function trailingNotes(size: number): string {
  const count = Math.max(1, Math.floor(size / 24));
  const above = Array.from({ length: count }, (_, i) => `word${(i % 999) + 1},`).join(" ");
  const notes = Array.from({ length: count }, (_, i) => `${(i % 999) + 1} A note.`).join("\n\n");
  return `1. Requests ${above}\n\n${notes}\n`;
}

/** Lines ending in hyphens that cut as many different words. */
function hyphenatedWords(size: number): string {
  const out: string[] = ["1. Requests"];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = i.toString(26).replace(/[0-9]/g, (d) => String.fromCharCode(113 + Number(d)));
    const line = `the organi${word}-\nzation${word} and`;
    out.push(line);
    length += line.length + 1;
  }
  return `${out.join("\n")};\n`;
}

/** "1. Requests ..." paragraphs numbered in sequence to about `size` characters. */
function numbered(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const line = `${i % 999}. Requests the Secretary-General to report;\n`;
    out.push(line);
    length += line.length;
  }
  return out.join("");
}

/** Footnote bodies "1 A note." counting up, to about `size` characters. */
function footnotes(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const line = `${i % 999} A note.\n`;
    out.push(line);
    length += line.length;
  }
  return out.join("");
}

const xml = '<?xml version="1.0"?>';

export const xmlFamilies: readonly Family[] = [
  // Issue 8: each unclosed comment was scanned to the end of the file.
  { name: "unclosed comments", build: (n) => xml + repeatTo("<!--x>", n) },
  { name: "unclosed CDATA", build: (n) => xml + repeatTo("<![CDATA[x>", n) },
  { name: "unclosed instructions", build: (n) => xml + repeatTo("<?x>", n) },
  { name: "unclosed declarations", build: (n) => xml + repeatTo("<!x", n) },
  { name: "unclosed tags", build: (n) => xml + repeatTo("<a ", n) },
  { name: "unclosed attribute quotes", build: (n) => `${xml}<a${repeatTo(' b="x', n)}>` },
  { name: "attribute without value", build: (n) => `${xml}<a ${repeatTo("b", n)}></a>` },
  { name: "many attributes", build: (n) => `${xml}<a ${repeatTo('b="x" ', n)}></a>` },
  { name: "open tags", build: (n) => xml + repeatTo("<a>", n) },
  { name: "self-closing tags", build: (n) => `${xml}<r>${repeatTo("<a/>", n)}</r>` },
  { name: "end tags", build: (n) => `${xml}<r>${repeatTo("</a>", n)}` },
  { name: "lone angle brackets", build: (n) => `${xml}<r>${repeatTo("a<", n)}</r>` },
  { name: "entities", build: (n) => `${xml}<r>${repeatTo("&amp;&#x41;&#65;&foo;&", n)}</r>` },
  {
    name: "akn paragraphs",
    build: (n) =>
      `${xml}<akomaNtoso><resolution><preamble><formula><p>The Security Council,</p></formula></preamble><mainBody>${repeatTo(
        '<paragraph><num>1.</num><content><p><span class="italic">Requests</span> the Secretary-General<authorialNote marker="1"><p>A note</p></authorialNote></p></content></paragraph>',
        n,
      )}</mainBody></resolution></akomaNtoso>`,
  },
  {
    name: "akn footnotes in one paragraph",
    build: (n) =>
      `${xml}<akomaNtoso><resolution><mainBody><paragraph><num>1.</num><content><p><span class="italic">Requests</span>${repeatTo(
        ' word  <authorialNote marker="1"><p>A note</p></authorialNote>',
        n,
      )}</p></content></paragraph></mainBody></resolution></akomaNtoso>`,
  },
  {
    name: "akn sublists of one point",
    build: (n) =>
      `${xml}<akomaNtoso><resolution><mainBody><paragraph><num>1.</num><list><point><num>(a)</num><p>x</p></point>${repeatTo(
        "<sublist><intro><p>more words</p></intro></sublist>",
        n,
      )}</list></paragraph></mainBody></resolution></akomaNtoso>`,
  },
  {
    name: "akn nested lists",
    build: (n) =>
      `${xml}<akomaNtoso><resolution><mainBody><paragraph><num>1.</num><list>${repeatTo(
        "<point><num>(a)</num><content><p>x</p></content></point><sublist><point><num>(i)</num><p>y</p></point></sublist>",
        n,
      )}</list></paragraph></mainBody></resolution></akomaNtoso>`,
  },
];
