import { describe, expect, it } from "vitest";
import { ParseError } from "./errors.ts";
import { isEnactingFormula, readFrontMatter } from "./front-matter.ts";
import { parseResolution } from "./parse.ts";

describe("isEnactingFormula", () => {
  it("knows the organs' formulas, spaced and punctuated as printed", () => {
    for (const line of [
      "The General Assembly,",
      "  The Security Council:  ",
      "The Economic and Social Council",
      "The Commission on Narcotic Drugs,",
      "The Commission on Crime Prevention and Criminal Justice,",
      "The Conference of the Parties  to the Convention ,",
      "The   Human Rights Council,",
    ])
      expect(isEnactingFormula(line), line).toBe(true);
  });

  it("is not fooled by a sentence, a heading or a line that only opens like one", () => {
    for (const line of [
      "The General Assembly decided, in its resolution 1/1, to",
      "The Commission 1",
      "The Secretary-General,",
      "Recalling its resolution 78/1,",
      `The Commission ${"on Drugs ".repeat(30)},`,
    ])
      expect(isEnactingFormula(line), line).toBe(false);
  });

  it('reads "The Commission" + 8,000 spaces + "1" (issue 8) at once: not a formula', () => {
    // The pattern once took about 75 s over this line, backtracking through the spaces.
    const line = `The Commission${" ".repeat(8000)}1`;
    expect(isEnactingFormula(line)).toBe(false);
    expect(() => parseResolution(`${line}\n`)).toThrow(ParseError);
    expect(() => parseResolution(`${line}\n`)).toThrow(/no enacting formula/);
  });

  it("finds the formula below such a line", () => {
    const r = parseResolution(
      `A/RES/80/1\n\nThe Commission${" ".repeat(8000)}1\n\nThe General Assembly,\n\nRecalling its resolution 78/1,\n\n1. Requests the Secretary-General to report;\n`,
    );
    expect(r.body).toBe("ga");
    expect(r.clauses.map((c) => c.id)).toEqual(["pp1", "op1"]);
  });
});

describe("readFrontMatter", () => {
  it("reads a symbol line, its asterisks off, and leaves long lines that open like one", () => {
    expect(readFrontMatter(["A/80/L.1*"], "ga").symbol).toBe("A/80/L.1");
    expect(readFrontMatter([`A/1${" ".repeat(20_000)}(2000)`], "ga").symbol).toBeNull();
    expect(readFrontMatter([`A/1${"*".repeat(20_000)}x`], "ga").symbol).toBeNull();
  });

  it("reads the adoption line, and a paragraph of many 'adopted by the' without a date", () => {
    expect(
      readFrontMatter(["Resolution adopted by the General Assembly on 17 December 2024"], null),
    ).toMatchObject({ adopted: "2024-12-17", body: "ga" });
    expect(readFrontMatter(["Adopted by the ".repeat(20_000)], null).adopted).toBeNull();
  });
});
