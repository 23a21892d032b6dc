import { describe, expect, it } from "vitest";
import { matchObligations } from "./obligation-matching.ts";

const o = (clause: string, verb: string, bearers: string[], tag = "") => ({
  clause,
  verb,
  bearers,
  tag,
});

describe("matching re-parsed obligations to stored ones", () => {
  it("matches on clause, verb and bearers in any order, then on clause and verb", () => {
    const stored = [
      o("op1", "requests", ["sg", "unodc"], "a"),
      o("op2", "invites", ["states"], "b"),
      o("op3", "urges", ["states"], "c"),
    ];
    const parsed = [
      o("op1", "requests", ["unodc", "sg"], "A"),
      o("op2", "invites", ["member-states"], "B"),
      o("op4", "decides", ["ga"], "D"),
    ];
    const m = matchObligations(stored, [], parsed);
    expect(m.kept.map((k) => `${k.old.tag}${k.now.tag}`)).toEqual(["aA", "bB"]);
    expect(m.added.map((x) => x.tag)).toEqual(["D"]);
    expect(m.removed.map((x) => x.tag)).toEqual(["c"]);
  });

  it("prefers exact matches over loose ones, and pairs repeats in order", () => {
    const stored = [o("op1", "requests", ["sg"], "a"), o("op1", "requests", ["unodc"], "b")];
    const parsed = [o("op1", "requests", ["unodc"], "B"), o("op1", "requests", ["ga"], "X")];
    const m = matchObligations(stored, [], parsed);
    expect(m.kept.map((k) => `${k.old.tag}${k.now.tag}`)).toEqual(["bB", "aX"]);
  });

  it("revives a withdrawn obligation the text holds again", () => {
    const m = matchObligations(
      [],
      [o("op5", "requests", ["sg"], "w")],
      [o("op5", "requests", ["sg"], "W")],
    );
    expect(m.revived.map((k) => `${k.old.tag}${k.now.tag}`)).toEqual(["wW"]);
    expect(m.added).toEqual([]);
  });
});
