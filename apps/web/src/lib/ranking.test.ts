import { describe, expect, it } from "vitest";
import { rankingWords } from "./ranking.ts";

const weights = { operative: 1, preambular: 0.6, title: 0.5 };

describe("why a hit ranks where it does", () => {
  it("names the part's weight and the title's share", () => {
    expect(rankingWords("operative", { words: 2, part: 1, titleShare: 1 }, weights)).toBe(
      "Operative paragraph (× 1); the title holds the words (× 1.5).",
    );
    expect(rankingWords("preambular", { words: 2, part: 0.6, titleShare: 0.5 }, weights)).toBe(
      "Preambular paragraph (× 0.6); the title holds 50% of the words (× 1.25).",
    );
    expect(rankingWords("preambular", { words: 2, part: 0.6, titleShare: 0 }, weights)).toBe(
      "Preambular paragraph (× 0.6); the title does not hold the words.",
    );
  });
});
