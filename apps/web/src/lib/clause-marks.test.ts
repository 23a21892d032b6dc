import { describe, expect, it } from "vitest";
import { markClause } from "./clause-marks.ts";

const sg = { id: "sg", name: "Secretary-General", aliases: ["the Secretary-General"] };
const unodc = {
  id: "unodc",
  name: "United Nations Office on Drugs and Crime",
  shortName: "UNODC",
  aliases: [],
};

describe("markClause", () => {
  it("marks the lead, actors and references, and leaves the rest as text", () => {
    const text =
      "Requests the Secretary-General to report, in line with resolution 2013/41, on the work of UNODC;";
    const marks = markClause(
      text,
      "Requests",
      [sg, unodc],
      [{ symbol: "E/RES/2013/41", text: "resolution 2013/41", linked: true }],
    );
    expect(marks.map((m) => m.kind)).toEqual([
      "lead",
      "text",
      "actor",
      "text",
      "reference",
      "text",
      "actor",
      "text",
    ]);
    expect(marks.map((m) => m.text).join("")).toBe(text);
    expect(marks[2]).toEqual({ kind: "actor", text: "the Secretary-General", actor: "sg" });
  });

  it("matches whole words only, and prefers the longer of two names at one place", () => {
    const marks = markClause("The UNODCs and the Secretary-General", "", [sg, unodc], []);
    expect(marks.filter((m) => m.kind === "actor")).toEqual([
      { kind: "actor", text: "the Secretary-General", actor: "sg" },
    ]);
  });

  it("keeps text without marks whole", () => {
    expect(markClause("Decides to remain seized of the matter.", "Welcomes", [], [])).toEqual([
      { kind: "text", text: "Decides to remain seized of the matter." },
    ]);
  });
});
