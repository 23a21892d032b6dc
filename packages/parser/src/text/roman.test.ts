import { describe, expect, it } from "vitest";
import { romanNumeral } from "./roman.ts";

describe("romanNumeral", () => {
  it("writes counts as resolutions number annexes and sub-items", () => {
    expect([1, 2, 4, 9, 14, 40, 1990].map(romanNumeral)).toEqual([
      "I",
      "II",
      "IV",
      "IX",
      "XIV",
      "XL",
      "MCMXC",
    ]);
  });

  it("leaves a count below one in digits", () => {
    expect(romanNumeral(0)).toBe("0");
  });
});
