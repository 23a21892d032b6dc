/**
 * The founding document, ECOSOC resolution 2015/23, parsed point by point as the foundation
 * issue lists it.
 */
import type { Obligation } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { sharedText } from "../test/shared.ts";
import { parseResolution } from "./parse.ts";

const seed = parseResolution(sharedText("seed/E_RES_2015_23.txt"));
const preamble = seed.clauses.filter((c) => c.kind === "preambular");
const operative = seed.clauses.filter((c) => c.kind === "operative");
const obligationsOf = (clause: string): Obligation[] =>
  seed.obligations.filter((o) => o.clause === clause);

describe("E/RES/2015/23", () => {
  it("reads the front matter", () => {
    expect(seed.symbol).toBe("E/RES/2015/23");
    expect(seed.body).toBe("ecosoc");
    expect(seed.adopted).toBe("2015-07-21");
    expect(seed.session).toBe("2015 session");
    expect(seed.agendaItem).toBe("19 (c)");
    expect(seed.title).toBe(
      "Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons",
    );
    expect(seed.origin).toContain("(E/2015/30)");
    expect(seed.meeting).toMatch(/^53rd plenary meeting/);
    expect(seed.draft).toBe(false);
  });

  it("has 12 preambular paragraphs, the second with sub-items (a) to (f)", () => {
    expect(preamble).toHaveLength(12);
    const second = preamble[1];
    expect(second?.lead).toBe("Reaffirming");
    expect(second?.items.map((i) => i.label)).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]);
    // (f) runs across the page break and its footnotes.
    expect(second?.items[5]?.text).toMatch(
      /civil society organizations and the private sector, and within/,
    );
    expect(preamble[7]?.lead).toBe("Recognizing also");
    expect(preamble[10]?.lead).toBe("Taking note also");
  });

  it("has 11 operative paragraphs with their lead phrases as written", () => {
    expect(operative.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(operative.map((c) => c.lead)).toEqual([
      "Reiterates",
      "Reaffirms",
      "Urges",
      "Welcomes",
      "Also welcomes",
      "Requests",
      "Invites",
      "Encourages",
      "Requests",
      "Invites",
      "Requests",
    ]);
    expect(operative[4]?.verb).toBe("welcomes");
    // Paragraph 2 is rejoined across the page break.
    expect(operative[1]?.text).toMatch(/which was established to improve the capacity/);
  });

  it("detaches the 3 footnotes and removes their markers from the text", () => {
    expect(seed.footnotes.map((f) => f.marker)).toEqual(["1", "2", "3"]);
    expect(seed.footnotes[0]?.text).toBe("United Nations, Treaty Series, vol. 2225, No. 39574.");
    expect(seed.footnotes[2]?.text).toBe("General Assembly resolution 64/293.");
    expect(seed.footnotes[2]?.clause).toBe("op3");
    const all = seed.clauses
      .map((c) => [c.text, ...c.items.map((i) => i.text)].join(" "))
      .join(" ");
    expect(all).not.toMatch(/[¹²³]|Treaty Series|\*/);
    expect(operative[2]?.text).toContain("Trafficking in Persons, and invites");
  });

  it("normalizes the references", () => {
    const symbols = new Set(seed.references.map((r) => r.symbol));
    for (const symbol of ["A/RES/64/293", "A/RES/68/192", "E/RES/2013/41", "E/2015/30"])
      expect(symbols).toContain(symbol);
    expect(seed.references.find((r) => r.symbol === "E/RES/2013/41")?.clause).toBe("pp3");
    expect(symbols).toContain("UNTS 2225/39574");
  });

  it("finds one obligation per directive verb and none for welcomes, reaffirms or reiterates", () => {
    expect(obligationsOf("op2")).toEqual([]);
    expect(obligationsOf("op1").map((o) => o.verb)).toEqual(["calls upon"]);
    expect(obligationsOf("op4").map((o) => o.verb)).toEqual(["invites"]);
    expect(obligationsOf("op5").map((o) => o.verb)).toEqual(["encourages"]);
    expect(seed.obligations).toHaveLength(12);
  });

  it("paragraph 1 calls upon Member States that have not yet done so", () => {
    const [call] = obligationsOf("op1");
    expect(call?.bearers).toEqual(["member-states"]);
    expect(call?.condition).toBe("that have not yet done so");
    expect(call?.strength).toBe(3);
    expect(call?.action).toMatch(/^consider as a matter of priority ratifying/);
  });

  it("paragraph 3 urges Member States and stakeholders and invites the Conference of the Parties", () => {
    const [urges, invites] = obligationsOf("op3");
    expect(urges?.verb).toBe("urges");
    expect(urges?.bearers).toEqual(["member-states", "stakeholders"]);
    expect(invites?.verb).toBe("invites");
    expect(invites?.bearers).toEqual(["cop-untoc", "international-organizations"]);
    // Both share the action that follows the second bearer.
    expect(urges?.action).toBe(invites?.action);
    expect(urges?.action).toMatch(
      /^continue to contribute to the full and effective implementation/,
    );
  });

  it("paragraph 8 encourages, then invites a presentation at the Assembly's sixty-ninth session", () => {
    const [encourages, invites] = obligationsOf("op8");
    expect(encourages?.verb).toBe("encourages");
    expect(encourages?.bearers).toContain("unodc");
    expect(invites?.verb).toBe("invites");
    expect(invites?.bearers).toEqual(["unodc", "icat"]);
    expect(invites?.deadline?.session).toMatchObject({ body: "ga", number: 69 });
    expect(invites?.reportTo).toBe("ga");
  });

  it("paragraph 11 requests the Secretary-General to report to the Commission in 2017", () => {
    const [request] = obligationsOf("op11");
    expect(request?.verb).toBe("requests");
    expect(request?.strength).toBe(4);
    expect(request?.bearers).toEqual(["sg"]);
    expect(request?.reportTo).toBe("ccpcj");
    expect(request?.deadline).toMatchObject({
      text: "at its twenty-sixth session",
      year: 2017,
      precision: "session",
      session: { body: "ccpcj", number: 26 },
    });
  });

  it("reads every year in paragraph 4 as a yearly recurrence", () => {
    expect(obligationsOf("op4")[0]?.recurrence).toEqual({
      text: "every year",
      rule: "FREQ=YEARLY",
    });
  });

  it("resolves the Office and the Group to the entities named before", () => {
    const ids = seed.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["unodc", "icat", "sg", "ccpcj", "member-states"]));
  });
});
