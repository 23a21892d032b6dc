import { describe, expect, it } from "vitest";
import { sharedText } from "../../test/shared.ts";
import { ParseError } from "../errors.ts";
import { parseResolution } from "../parse.ts";
import { readAknResolution } from "./document.ts";
import { isXmlInput } from "./input.ts";

const xml = sharedText("corpus/un-sc-akn4un/en/resolutions/SC_2561_2021-E.xml");

/** What the AKN reader counts: preambular blocks, and main-body paragraphs numbered "N.". */
function markedUpCounts(source: string): { preambular: number; operative: number } {
  const read = readAknResolution(source);
  return {
    preambular: read.preamble.filter((b) => b.kind === "preambular").length,
    operative: read.body.filter((b) => b.kind === "paragraph" && /^\d+\.$/.test(b.number ?? ""))
      .length,
  };
}

/** The message of the ParseError a parse throws, or what else happened. */
function refusal(input: string): string {
  try {
    parseResolution(input);
    return "parsed";
  } catch (error) {
    return error instanceof ParseError ? error.message : `not a ParseError: ${error}`;
  }
}

describe("isXmlInput", () => {
  it("sees XML by its declaration or its <akomaNtoso> root, after a byte-order mark or blanks", () => {
    expect(isXmlInput(xml)).toBe(true);
    expect(isXmlInput('\uFEFF  <?xml version="1.0"?><html/>')).toBe(true);
    expect(isXmlInput("<!-- copy --><akn:akomaNtoso xmlns:akn='x'/>")).toBe(true);
  });

  it("leaves text alone, even text that names the element", () => {
    expect(isXmlInput("The Security Council,\n\n1. Decides ...")).toBe(false);
    expect(isXmlInput("AKN files open with <akomaNtoso xmlns=...>.")).toBe(false);
    expect(isXmlInput("<p>The General Assembly,</p>")).toBe(false);
  });
});

describe("parseResolution on Akoma Ntoso XML (S/RES/2561 (2021))", () => {
  const r = parseResolution(xml);

  it("reads the symbol and date from the cover page", () => {
    expect(r).toMatchObject({ symbol: "S/RES/2561 (2021)", body: "sc", adopted: "2021-01-29" });
  });

  it("finds as many preambular and operative paragraphs as the markup holds", () => {
    const counts = markedUpCounts(xml);
    expect(counts).toEqual({ preambular: 18, operative: 18 });
    expect(r.clauses.filter((c) => c.kind === "preambular")).toHaveLength(counts.preambular);
    expect(r.clauses.filter((c) => c.kind === "operative")).toHaveLength(counts.operative);
  });

  it("finds the obligations, with bearers and deadlines", () => {
    expect(r.obligations.find((o) => o.clause === "op9")).toMatchObject({
      verb: "decides",
      bearers: ["sc"],
    });
    expect(r.obligations.find((o) => o.clause === "op17")).toMatchObject({
      verb: "requests",
      bearers: ["sg"],
      deadline: { date: "2021-07-10", bound: "by" },
    });
  });

  it("leaves no markup in the text it reads", () => {
    expect(r.clauses.map((c) => c.text).join(" ")).not.toMatch(/<\/?[a-z]|&(amp|lt|gt);/i);
  });
});

describe("XML that is not an Akoma Ntoso resolution", () => {
  it("refuses a truncated file as malformed", () => {
    expect(refusal(xml.slice(0, xml.length / 2))).toMatch(
      /^This XML is malformed: .+ is never closed\.$/,
    );
  });

  it("refuses mismatched tags as malformed, saying where", () => {
    expect(refusal('<?xml version="1.0"?><a><b></a>')).toBe(
      "This XML is malformed: end tag </a> closes <b>, at character 27.",
    );
  });

  it("refuses a stray '<' as malformed", () => {
    expect(refusal("<?xml version='1.0'?><a>1 < 2</a>")).toBe(
      'This XML is malformed: a "<" that opens no tag, at character 26.',
    );
  });

  it("refuses XML of another kind, naming its root", () => {
    expect(refusal('<?xml version="1.0"?>\n<html><body><p>Decides</p></body></html>')).toBe(
      "This XML is not an Akoma Ntoso resolution: its root element is <html>, not <akomaNtoso>.",
    );
  });

  it("refuses an Akoma Ntoso document with neither preamble nor main body", () => {
    expect(refusal("<akomaNtoso><debate><debateBody/></debate></akomaNtoso>")).toBe(
      "This XML is not an Akoma Ntoso resolution: its <debate> has neither a preamble nor a main body.",
    );
  });

  it("refuses nesting too deep to read, without running out of stack", () => {
    const deep = `<akomaNtoso><statement><mainBody>${"<p>".repeat(100_000)}`;
    expect(refusal(deep)).toBe("This XML is malformed: elements nest deeper than 500 levels.");
  });

  it("refuses '<!--x>' repeated 64,000 times (issue 8) at its first unclosed comment", () => {
    expect(refusal(`<?xml version="1.0"?>${"<!--x>".repeat(64_000)}`)).toBe(
      "This XML is malformed: a comment opened at character 21 is never closed.",
    );
  });
});
