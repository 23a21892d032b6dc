import type { Resolution } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { formatOutline, shorten } from "./format-text.ts";

const resolution: Resolution = {
  symbol: "E/RES/2015/23",
  body: "ecosoc",
  title:
    "Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons",
  adopted: "2015-07-21",
  session: "2015 session",
  draft: false,
  distributed: "2015-09-11",
  agendaItem: "19 (c)",
  origin: null,
  meeting: "53rd plenary meeting",
  clauses: [
    {
      id: "pp1",
      kind: "preambular",
      number: null,
      lead: "Recognizing",
      verb: "recognizing",
      verbClass: "preambular",
      strength: null,
      text: "Recognizing the significance ...,",
      items: [],
      section: null,
    },
    {
      id: "op1",
      kind: "operative",
      number: 1,
      lead: "Welcomes",
      verb: "welcomes",
      verbClass: "evaluative",
      strength: 1,
      text: "Welcomes the report.",
      items: [],
      section: null,
    },
    {
      id: "op11",
      kind: "operative",
      number: 11,
      lead: "Requests",
      verb: "requests",
      verbClass: "directive",
      strength: 4,
      text: "Requests the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twenty-sixth session on the implementation of the present resolution;",
      items: [],
      section: null,
    },
  ],
  footnotes: [{ marker: "1", text: "United Nations, Treaty Series, vol. 2225, No. 39574." }],
  references: [],
  actors: [
    {
      id: "unodc",
      name: "United Nations Office on Drugs and Crime",
      shortName: "UNODC",
      kind: "secretariat",
      aliases: [],
    },
    {
      id: "ccpcj",
      name: "Commission on Crime Prevention and Criminal Justice",
      kind: "subsidiary-body",
      aliases: [],
    },
  ],
  obligations: [
    {
      id: "op11.1",
      clause: "op11",
      verb: "requests",
      verbText: "Requests",
      verbClass: "directive",
      strength: 4,
      bearers: ["unodc"],
      bearerText: "the United Nations Office on Drugs and Crime",
      action: "to report ...",
      condition: null,
      deadline: {
        text: "at its twenty-sixth session",
        year: 2017,
        precision: "session",
        bound: "at",
      },
      recurrence: { text: "annually", rule: "FREQ=YEARLY" },
      reportTo: "ccpcj",
      span: [0, 100],
    },
  ],
  annexes: [],
  warnings: ["footnote 3 has no marker in the text"],
};

describe("formatOutline", () => {
  const text = formatOutline(resolution);

  it("heads the outline with symbol, body, adoption date and title", () => {
    expect(text.split("\n")[0]).toBe("E/RES/2015/23");
    expect(text).toContain("Body:     Economic and Social Council");
    expect(text).toContain("Adopted:  2015-07-21");
    expect(text).toContain("Title:    Implementation of the United Nations Global Plan");
    expect(text).toContain("Preambular paragraphs: 1");
  });

  it("shortens each operative paragraph and lists its obligations beneath", () => {
    expect(text).toMatch(
      /^ {3}11\. Requests the United Nations Office on Drugs and Crime to report .*\.\.\.$/m,
    );
    expect(text).toContain("Requests [requests, strength 4, directive]; bearers: UNODC");
    expect(text).toContain('due: "at its twenty-sixth session" (2017)');
    expect(text).toContain('recurs: "annually" (FREQ=YEARLY)');
    expect(text).toContain("report to: Commission on Crime Prevention and Criminal Justice");
  });

  it("ends with counts and warnings", () => {
    expect(text).toContain("Footnotes: 1   References: 0");
    expect(text).toContain("Warnings (1):\n  ! footnote 3 has no marker in the text");
  });

  it("lists an annex's paragraphs under its heading, apart from the resolution's own", () => {
    const declaration: Resolution = {
      ...resolution,
      clauses: [
        ...resolution.clauses,
        {
          id: "annex1-op1",
          kind: "operative",
          number: 1,
          lead: "We commit",
          verb: "commits",
          verbClass: "deciding",
          strength: 3,
          text: "We commit to act.",
          items: [],
          section: null,
          annex: "annex1",
        },
      ],
      annexes: [
        { id: "annex1", heading: "Annex", title: "Political declaration", text: "1. We commit" },
      ],
    };
    const outline = formatOutline(declaration);
    expect(outline).toContain("Operative paragraphs: 2, obligations: 1\nParagraphs of annexes: 1");
    expect(outline).toMatch(
      /\n\nAnnex: Political declaration \(1 paragraph\)\n {4}1\. We commit to act\.\n/,
    );
    expect(outline).not.toContain("Obligations outside the operative paragraphs");
  });

  it("shortens at a word boundary", () => {
    expect(shorten("Requests  the\nSecretary-General to report", 20)).toBe("Requests the...");
    expect(shorten("Short.", 20)).toBe("Short.");
  });
});
