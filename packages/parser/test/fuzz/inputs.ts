/**
 * What the fuzz suite throws at the parser: arbitraries (fast-check) of texts, XML and Word files.
 * Each kind mixes random input, real documents of the shared corpus mutated and spliced, and the
 * pathological families at random sizes, mutated too. Every input is at most `fuzzSize` long.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { buildZip, type FixtureEntry } from "../../src/docx/zip.fixture.ts";
import { repoRoot, sharedBytes, sharedText } from "../shared.ts";
import { type Family, textFamilies, xmlFamilies } from "./families.ts";
import { fuzzSize } from "./settings.ts";

/** Every `step`-th file of a corpus folder with the given ending. */
function sample(folder: string, ending: string, step: number): string[] {
  return readdirSync(join(repoRoot, "../shared", folder))
    .filter((name) => name.endsWith(ending))
    .sort()
    .filter((_, i) => i % step === 0)
    .map((name) => `${folder}/${name}`);
}

const gaTexts = sample("corpus/un-ga-pdftext", ".txt", 25).map(sharedText);
const aknFiles = sample("corpus/un-sc-akn4un/en/resolutions", ".xml", 40).map(sharedText);
const wordFiles = sample("corpus/docx", ".docx", 1).map(sharedBytes);

/** One change to a text: a stretch cut, copied, moved in from another text, or written over. */
interface Mutation {
  kind: "cut" | "copy" | "splice" | "insert" | "overwrite";
  /** Where, as a share of the length. */
  at: number;
  length: number;
  /** What is put in, for "insert" and "overwrite"; the text taken from, for "splice". */
  piece: string;
}

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    const end = Math.min(out.length, at + m.length);
    switch (m.kind) {
      case "cut":
        out = out.slice(0, at) + out.slice(end);
        break;
      case "copy":
        out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
        break;
      case "splice": {
        const from = Math.floor(m.at * m.piece.length);
        out = out.slice(0, at) + m.piece.slice(from, from + m.length) + out.slice(at);
        break;
      }
      case "insert":
        out = out.slice(0, at) + m.piece + out.slice(at);
        break;
      case "overwrite":
        out = out.slice(0, at) + m.piece + out.slice(at + m.piece.length);
        break;
    }
  }
  return out.slice(0, fuzzSize);
}

/** Words, marks and lines a resolution is made of, and the pieces the parser's patterns look for. */
const textTokens = [
  "The General Assembly,",
  "The Security Council,",
  "The Commission",
  "Recalling",
  "Taking note",
  "Deeply concerned",
  "Requests",
  "requests",
  "Urges",
  "Decides",
  "calls upon",
  "invites",
  "and",
  "to",
  "that",
  "him",
  "the Secretary-General",
  "Member States",
  "the Council",
  "the Office",
  "in cooperation with",
  "1.",
  "2.",
  "26",
  "(a)",
  "(i)",
  "II",
  "A.",
  "Annex",
  "53rd plenary meeting",
  "80/1.",
  "A/RES/80/1",
  "S/S/",
  "resolution 1/1",
  "decisions 2/2 and 3/3",
  "at its eightieth session",
  "by 31 December 2030",
  "in 2031",
  "within 30 days",
  "annually",
  "on a four-year basis",
  "to report to the",
  "Treaty Series, vol. 1, No. 2",
  "Distr.: General",
  "Adopted by the",
  "25-20946 (E)",
  "*2520946*",
  "2/14",
  "__________",
  "¹",
  "*",
  "**",
  "“",
  "”",
  '"',
  "organi-",
  "zation",
  ",",
  ";",
  ":",
  ".",
  "(",
  ")",
  "-",
  "/",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\n \n",
  "\f",
  "\r",
  "\t",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\ufffd",
  "\u0000",
];

const xmlTokens = [
  '<?xml version="1.0"?>',
  "<akomaNtoso>",
  "</akomaNtoso>",
  "<resolution>",
  "</resolution>",
  "<coverPage>",
  "<docNumber>S/RES/1 (2000)</docNumber>",
  "<preamble>",
  "</preamble>",
  "<formula><p>The Security Council,</p></formula>",
  "<container>",
  "</container>",
  "<mainBody>",
  "</mainBody>",
  "<paragraph>",
  "</paragraph>",
  "<num>1.</num>",
  "<num>(a)</num>",
  "<content>",
  "</content>",
  "<p>",
  "</p>",
  '<span class="italic">Requests</span>',
  '<span class="bold">',
  "</span>",
  '<authorialNote marker="1">',
  "</authorialNote>",
  "<list>",
  "</list>",
  "<point>",
  "</point>",
  "<sublist>",
  "</sublist>",
  "<intro>",
  "</intro>",
  '<crossHeading refersTo="#preamble">',
  "</crossHeading>",
  "<attachments><attachment><doc>",
  "</doc></attachment></attachments>",
  "<table><tr><td>",
  "</td></tr></table>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<?",
  "?>",
  "<!",
  "<",
  ">",
  "/>",
  "</",
  '"',
  "'",
  "=",
  " a=",
  "&amp;",
  "&#x41;",
  "&#1114112;",
  "&",
  "the Secretary-General to report",
  " ",
  "\n",
];

/** A string of up to `fuzzSize` units, each one of the tokens or a random character. */
const tokenString = (tokens: readonly string[]) =>
  fc
    .string({
      unit: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...tokens) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
      ),
      maxLength: Math.max(1, Math.floor(fuzzSize / 8)),
    })
    .map((s) => s.slice(0, fuzzSize));

const mutation = (pieces: fc.Arbitrary<string>) =>
  fc.record<Mutation>({
    kind: fc.constantFrom("cut", "copy", "splice", "insert", "overwrite"),
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    length: fc.nat({ max: 2000 }),
    piece: pieces,
  });

/** A document of the list, mutated a few times with pieces of the others and random ones. */
function mutated(documents: readonly string[], tokens: readonly string[]): fc.Arbitrary<string> {
  const pieces = fc.oneof(
    fc.constantFrom(...documents),
    fc.constantFrom(...tokens),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
  return fc
    .tuple(fc.constantFrom(...documents), fc.array(mutation(pieces), { maxLength: 8 }))
    .map(([document, mutations]) => mutate(document.slice(0, fuzzSize), mutations));
}

/** A family at a random size, maybe mutated. */
function familyMember(
  families: readonly Family[],
  tokens: readonly string[],
): fc.Arbitrary<string> {
  const pieces = fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: "binary", maxLength: 20 }));
  return fc
    .tuple(
      fc.constantFrom(...families),
      fc.integer({ min: 1, max: fuzzSize }),
      fc.array(mutation(pieces), { maxLength: 3 }),
    )
    .map(([family, size, mutations]) => mutate(family.build(size), mutations));
}

export const texts: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: fuzzSize }),
  fc.string({ unit: "grapheme", maxLength: Math.floor(fuzzSize / 4) }),
  tokenString(textTokens),
  mutated(gaTexts, textTokens),
  familyMember(textFamilies, textTokens),
);

/** Text made safe to put between tags. */
const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Elements of AKN4UN that a mutation may repeat or take out whole. */
const aknElements = ["paragraph", "point", "container", "p", "authorialNote", "list", "sublist"];

/** A change to an AKN file that keeps it well-formed (mostly): its words, or whole elements. */
interface MarkupChange {
  kind: "words" | "repeat" | "remove";
  /** Which text or element, as a share of how many there are. */
  at: number;
  element: string;
  words: string;
}

function changeMarkup(xml: string, changes: readonly MarkupChange[]): string {
  let out = xml;
  for (const change of changes) {
    if (change.kind === "words") {
      const parts = out.split(/(<[^>]*>)/);
      const texts = parts.map((part, i) => (part.startsWith("<") ? -1 : i)).filter((i) => i >= 0);
      const i = texts[Math.floor(change.at * texts.length)] ?? 0;
      parts[i] = `${parts[i] ?? ""}${escapeXml(change.words)}`;
      out = parts.join("");
    } else {
      const pattern = new RegExp(`<${change.element}\\b[^>]*>[\\s\\S]*?</${change.element}>`, "g");
      const found = [...out.matchAll(pattern)];
      const m = found[Math.floor(change.at * found.length)];
      if (!m) continue;
      const end = m.index + m[0].length;
      out =
        change.kind === "repeat"
          ? out.slice(0, end) + m[0] + out.slice(end)
          : out.slice(0, m.index) + out.slice(end);
    }
  }
  return out.slice(0, Math.max(fuzzSize, xml.length));
}

const aknWords = fc.oneof(
  fc.constantFrom(...textTokens),
  familyMember(textFamilies, textTokens).map((t) => t.slice(0, 2000)),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** A real AKN file with its words changed and whole elements repeated or taken out. */
const changedAkn = fc
  .tuple(
    fc.constantFrom(...aknFiles),
    fc.array(
      fc.record<MarkupChange>({
        kind: fc.constantFrom("words", "words", "repeat", "remove"),
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        element: fc.constantFrom(...aknElements),
        words: aknWords,
      }),
      { maxLength: 8 },
    ),
  )
  .map(([xml, changes]) => changeMarkup(xml, changes));

export const xmlTexts: fc.Arbitrary<string> = fc.oneof(
  tokenString(xmlTokens).map((s) => `<?xml version="1.0"?>${s}`),
  tokenString(xmlTokens).map((s) => `<akomaNtoso>${s}`),
  mutated(aknFiles, xmlTokens),
  changedAkn,
  changedAkn,
  familyMember(xmlFamilies, xmlTokens),
);

/** Bytes: changed at a few places, cut short, or with a stretch repeated. */
const byteChanges = fc.array(
  fc.record<ByteChange>({
    kind: fc.constantFrom("set", "cut", "repeat", "end"),
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    value: fc.nat({ max: 255 }),
    length: fc.nat({ max: 512 }),
  }),
  { maxLength: 6 },
);

interface ByteChange {
  kind: "set" | "cut" | "repeat" | "end";
  at: number;
  value: number;
  length: number;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** The bytes changed; a real file stays whole in length, however short `fuzzSize` is. */
function changeBytes(bytes: Uint8Array, changes: readonly ByteChange[]): Uint8Array {
  const limit = Math.max(fuzzSize, bytes.length);
  let out = bytes;
  for (const change of changes) {
    const at = Math.floor(change.at * out.length);
    if (change.kind === "set") {
      out = out.slice();
      out.fill(change.value, at, at + Math.max(1, change.length % 8));
    } else if (change.kind === "cut") {
      out = concat(out.subarray(0, at), out.subarray(at + change.length));
    } else if (change.kind === "repeat") {
      out = concat(out.subarray(0, at), out.subarray(at, at + change.length), out.subarray(at));
    } else out = out.subarray(0, at);
  }
  return out.subarray(0, limit);
}

/** An archive built from random entries: Word's names or others, stored or deflated, sizes told or not. */
const builtArchives = fc
  .array(
    fc.record({
      name: fc.oneof(
        fc.constantFrom("word/document.xml", "word/numbering.xml", "[Content_Types].xml"),
        fc.string({ maxLength: 20 }),
      ),
      text: fc.oneof(
        xmlTexts.map((x) => x.slice(0, 2000)),
        fc.string({ maxLength: 200 }),
      ),
      deflated: fc.boolean(),
      size: fc.option(fc.nat(), { nil: undefined }),
      flags: fc.constantFrom(0, 0, 0, 1, 8),
    }),
    { maxLength: 5 },
  )
  .map((entries) =>
    buildZip(
      entries.map(({ name, text, deflated, size, flags }): FixtureEntry => {
        const data = new TextEncoder().encode(text);
        return deflated
          ? { name, data: deflateRawSync(data), method: 8, size: size ?? data.length, flags }
          : { name, data, size, flags };
      }),
    ),
  );

/** A paragraph of a Word document: its words, maybe in a list at some level. */
const wordParagraph = fc.record({
  words: fc.oneof(fc.constantFrom(...textTokens), fc.string({ maxLength: 60 })),
  list: fc.option(
    fc.record({ numId: fc.nat({ max: 4 }), ilvl: fc.integer({ min: -1, max: 10 }) }),
    {
      nil: undefined,
    },
  ),
});

/** A list level as numbering.xml defines one, with hostile values among the usual ones. */
const wordLevel = fc.record({
  ilvl: fc.integer({ min: -1, max: 10 }),
  start: fc.oneof(fc.nat({ max: 30 }), fc.constant(1_000_000_000), fc.constant(-5)),
  format: fc.constantFrom(
    "decimal",
    "lowerLetter",
    "upperLetter",
    "lowerRoman",
    "upperRoman",
    "bullet",
    "none",
    "x",
  ),
  text: fc.oneof(fc.constantFrom("%1.", "(%1)", "%1.%2.", "%9", ""), fc.string({ maxLength: 300 })),
});

/** A Word file built from paragraphs and list definitions: it opens, and its text is parsed. */
const builtDocuments = fc
  .tuple(
    fc.array(wordParagraph, { maxLength: 60 }),
    fc.array(wordLevel, { maxLength: 6 }),
    familyMember(textFamilies, textTokens).map((t) => t.slice(0, 4000)),
  )
  .map(([paragraphs, levels, family]) => {
    const paragraph = (words: string, list?: { numId: number; ilvl: number }) =>
      `<w:p>${list ? `<w:pPr><w:numPr><w:ilvl w:val="${list.ilvl}"/><w:numId w:val="${list.numId}"/></w:numPr></w:pPr>` : ""}<w:r><w:t>${escapeXml(words)}</w:t></w:r></w:p>`;
    const body = [
      paragraph("A/RES/80/1"),
      paragraph("The General Assembly,"),
      ...paragraphs.map((p) => paragraph(p.words, p.list)),
      ...family.split("\n").map((line) => paragraph(line)),
    ].join("");
    const definitions = levels
      .map(
        (l) =>
          `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start}"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${escapeXml(l.text).replace(/"/g, "&quot;")}"/></w:lvl>`,
      )
      .join("");
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">${definitions}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`;
    const deflate = (text: string) => deflateRawSync(new TextEncoder().encode(text));
    const document = `<w:document><w:body>${body}</w:body></w:document>`;
    return buildZip([
      {
        name: "word/document.xml",
        data: deflate(document),
        method: 8,
        size: new TextEncoder().encode(document).length,
      },
      { name: "word/numbering.xml", text: numbering },
    ]);
  });

export const wordFilesFuzzed: fc.Arbitrary<Uint8Array> = fc.oneof(
  builtDocuments,
  builtDocuments,
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((b) => concat(new Uint8Array([0x50, 0x4b, 3, 4]), b)),
  fc
    .tuple(fc.constantFrom(...wordFiles), byteChanges)
    .map(([file, changes]) => changeBytes(file, changes)),
  fc.tuple(builtArchives, byteChanges).map(([file, changes]) => changeBytes(file, changes)),
);
