import { describe, expect, it } from "vitest";
import { wordPattern } from "./word-pattern.ts";

const whole = (words: string[]) => new RegExp(`^(?:${wordPattern(words)})$`);

describe("wordPattern", () => {
  const words = [
    "Commission",
    "Committee",
    "Council",
    "Co",
    "UN",
    "UN-Women",
    "C-24",
    "a.b",
    "(x)",
  ];

  it("matches each word and nothing else", () => {
    const pattern = whole(words);
    for (const word of words) expect(pattern.test(word), word).toBe(true);
    for (const other of ["Comm", "Commissions", "C", "U", "UN-", "C-2", "axb", "x", ""])
      expect(pattern.test(other), other).toBe(false);
  });

  it("factors common beginnings", () => {
    expect(wordPattern(["Commission", "Committee"])).toBe("Commi(?:ssion|ttee)");
    expect(wordPattern(["UN", "UNDP"])).toBe("UN(?:DP)?");
    expect(wordPattern(["State", "States"])).toBe("States?");
  });

  it("prefers the longer word where both could match", () => {
    const pattern = new RegExp(wordPattern(["UN", "UNDP"]));
    expect(pattern.exec("the UNDP office")?.[0]).toBe("UNDP");
  });

  it("is empty for no words", () => {
    expect(wordPattern([])).toBe("");
  });
});
