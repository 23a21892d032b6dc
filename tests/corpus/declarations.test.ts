/**
 * Declarations whose operative content sits in an annex or speaks in the first person, read from
 * the corpus: A/RES/80/9 (the 2025 Political Declaration on trafficking in persons) from its
 * official PDF and from its text, and A/RES/79/1 (the Pact for the Future) from its text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Obligation, Resolution } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import { readPdf } from "@mandates/server/pdf";
import { beforeAll, describe, expect, it } from "vitest";
import { gaPdfTextDir } from "./corpus-paths.ts";
import { pdfDir } from "./pdf-eval.ts";

const fromText = (name: string) =>
  parseResolution(readFileSync(join(gaPdfTextDir, `${name}.txt`), "utf8"));

/** The obligations of a paragraph of the first annex ("annex1-op25"). */
const inParagraph = (r: Resolution, n: number): Obligation[] =>
  r.obligations.filter((o) => o.clause === `annex1-op${n}`);

const sources: Array<[string, () => Promise<Resolution>]> = [
  [
    "its official PDF",
    async () => {
      const { text } = await readPdf(new Uint8Array(readFileSync(join(pdfDir, "A_RES_80_9.pdf"))));
      return parseResolution(text);
    },
  ],
  ["its text", async () => fromText("A_RES_80_9")],
];

describe.each(sources)("A/RES/80/9 from %s", (_source, read) => {
  let r: Resolution;
  beforeAll(async () => {
    r = await read();
  });

  it("reads the declaration's 31 paragraphs as clauses of its annex, apart from the resolution's one", () => {
    expect(r.clauses.filter((c) => c.annex === undefined).map((c) => c.lead)).toEqual(["Adopts"]);
    const annexed = r.clauses.filter((c) => c.annex === "annex1");
    expect(annexed.map((c) => c.id)).toEqual(
      Array.from({ length: 31 }, (_, i) => `annex1-op${i + 1}`),
    );
    expect(annexed.every((c) => c.kind === "operative")).toBe(true);
    expect(r.annexes[0]?.title).toBe(
      "2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons",
    );
  });

  it("points each of the declaration's 15 footnotes at its paragraph", () => {
    expect(r.footnotes).toHaveLength(15);
    expect(r.footnotes.every((f) => f.clause?.startsWith("annex1-op"))).toBe(true);
    // "... the Protocol to Prevent, Suppress and Punish Trafficking in Persons ...": vol. 2237.
    expect(r.footnotes.find((f) => f.text.includes("vol. 2237"))?.clause).toBe("annex1-op4");
  });

  it("urges Member States to ratify the Protocol, and States parties to implement it", () => {
    const [ratify, implement] = inParagraph(r, 4);
    expect(ratify).toMatchObject({
      verb: "urges",
      bearers: ["member-states"],
      condition: expect.stringMatching(/not yet done so/),
    });
    expect(ratify?.action).toMatch(
      /^consider ratifying or acceding to the Convention and the Protocol/,
    );
    expect(implement).toMatchObject({ verb: "urges" });
    expect(implement?.action).toMatch(/^implement them effectively/);
  });

  it("requests UNODC and urges the Secretary-General", () => {
    expect(inParagraph(r, 25)).toMatchObject([
      {
        verb: "requests",
        bearers: ["unodc"],
        action: expect.stringMatching(/^continue to collect/),
      },
    ]);
    expect(inParagraph(r, 21)).toMatchObject([{ verb: "urges", bearers: ["sg"] }]);
    expect(inParagraph(r, 30).find((o) => o.bearers.includes("sg"))?.action).toMatch(
      /^ensure that all United Nations procurement/,
    );
  });

  it('binds the Member States that speak by what "we" commit to, and not by what "we" reaffirm', () => {
    expect(inParagraph(r, 9)).toMatchObject([{ verb: "commits", bearers: ["member-states"] }]);
    expect(inParagraph(r, 12).filter((o) => o.verb === "will")).toHaveLength(2);
    // "We reaffirm our commitment to address the social, economic ... factors".
    expect(inParagraph(r, 10)).toEqual([]);
  });
});

describe("A/RES/79/1 (the Pact for the Future)", () => {
  const r = fromText("A_RES_79_1");
  const asked = (actor: string) => r.obligations.filter((o) => o.bearers.includes(actor));

  // Read in the text: 25 places ask something of the Secretary-General (23) or of the President
  // of the General Assembly (2), as "request", "urge", "encourage" or "invite" in the Pact and in
  // its annexes (the Global Digital Compact, the Declaration on Future Generations).
  it("finds what it asks of the Secretary-General and the President of the General Assembly", () => {
    expect(asked("sg").length + asked("pga").length).toBeGreaterThanOrEqual(24);
    expect(asked("pga").map((o) => o.clause)).toEqual(["annex1-op57", "annex1-op74"]);
    expect(asked("pga").every((o) => /^appoint/.test(o.action))).toBe(true);
    expect(
      asked("sg").find((o) => o.action.startsWith("undertake a review on the future of all forms")),
    ).toMatchObject({ verb: "requests" });
    expect(
      asked("sg").find((o) =>
        o.action.startsWith("present a report on the implementation of this Declaration"),
      ),
    ).toMatchObject({ clause: "annex2-op32" });
  });

  it("keeps each action heading apart from the paragraph before it", () => {
    const action39 = r.clauses.find((c) => c.section?.label === "Action 39");
    expect(action39?.section?.heading).toMatch(/^We will reform the Security Council/);
    expect(r.clauses.some((c) => /Action \d+\. We will/.test(c.text))).toBe(false);
  });

  it("reads its annexes' paragraphs as theirs", () => {
    expect(r.annexes.map((a) => [a.id, a.heading, a.title])).toEqual([
      ["annex1", "Annex I", "Global Digital Compact"],
      ["annex2", "Annex II", "Declaration on Future Generations"],
    ]);
    expect(r.clauses.filter((c) => c.annex === "annex1").length).toBeGreaterThan(70);
    expect(r.clauses.filter((c) => c.annex === "annex2").length).toBeGreaterThan(30);
  });
});
