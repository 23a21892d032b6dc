import { describe, expect, it } from "vitest";
import { readOlderCouncil } from "./older-council.ts";

describe("readOlderCouncil", () => {
  it('reads "84 (1950). Resolution of 7 July 1950" over "[S/1588]"', () => {
    expect(readOlderCouncil(["84 (1950). Resolution of 7 July 1950", "[S/1588]"])).toEqual({
      symbol: "S/RES/84 (1950)",
      adopted: "1950-07-07",
      origin: "S/1588",
      warnings: [],
    });
  });

  it('reads "Resolution 687 (1991)" over "of 3 Apri] 1991", with a warning for the slip', () => {
    const front = readOlderCouncil(["Resolution 687 (1991)", "of 3 Apri] 1991"]);
    expect(front).toMatchObject({ symbol: "S/RES/687 (1991)", adopted: "1991-04-03" });
    expect(front.warnings).toEqual([
      'The adoption date is printed "3 Apri] 1991" and was read as 1991-04-03, through an OCR slip.',
    ]);
  });

  it("reads the cover of 1992-1993, its date on the line after the meeting", () => {
    expect(
      readOlderCouncil([
        "RESOLUTION 780 (1992)",
        "Adopted by the Security Council at its 3119th meeting,",
        "on 6 October 1992",
      ]),
    ).toMatchObject({ symbol: "S/RES/780 (1992)", adopted: "1992-10-06", warnings: [] });
  });

  it("takes the year from the date when the title prints none, or misprints it", () => {
    expect(readOlderCouncil(["Resolution 290", "of 8 December 1970"]).symbol).toBe(
      "S/RES/290 (1970)",
    );
    expect(readOlderCouncil(["Resolution 361 (197-4)", "of 30 August 1974"]).symbol).toBe(
      "S/RES/361 (1974)",
    );
    const disagreeing = readOlderCouncil(["Resolution 434 (1973)", "of 18 September 1978"]);
    expect(disagreeing.symbol).toBe("S/RES/434 (1978)");
    expect(disagreeing.warnings[0]).toMatch(/carries the year 1973/);
  });

  it("reads nothing from a heading or a paragraph that only opens with a number", () => {
    expect(readOlderCouncil(["Resolution 12", "The Security Council,"]).symbol).toBeNull();
    expect(readOlderCouncil(["12 (1950) Members of the Council"]).symbol).toBeNull();
  });
});
