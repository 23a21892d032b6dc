import { describe, expect, it } from "vitest";
import { parseResolution } from "./parse.ts";

const text = (operative: string) => `General Assembly

Resolution adopted by the General Assembly on 17 December 2024

79/998. A text numbered by hand

The General Assembly,

Recalling its resolution 78/1,

${operative}

60th plenary meeting
17 December 2024
`;

describe("clause ids", () => {
  it("follows the printed numbers", () => {
    const r = parseResolution(
      text(
        "1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter.",
      ),
    );
    expect(r.clauses.map((c) => c.id)).toEqual(["pp1", "op1", "op2"]);
  });

  it("never gives an id twice, even where a number is repeated by mistake", () => {
    const r = parseResolution(
      text(
        "1. Requests the Secretary-General to report;\n\n2. Invites Member States to contribute;\n\n1. Decides to remain seized of the matter.",
      ),
    );
    const ids = r.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.clauses.filter((c) => c.kind === "operative")).toHaveLength(3);
  });

  it("numbers 16,000 paragraphs all numbered 1 (issue 8) in one pass: op1, op1-2, ... op1-16000", () => {
    // Once made unique by trying every suffix again for each repetition: 15 s for this text.
    const r = parseResolution(text("1. Requests\n".repeat(16_000)));
    const ids = r.clauses.filter((c) => c.kind === "operative").map((c) => c.id);
    expect(ids).toHaveLength(16_000);
    expect(ids.slice(0, 3)).toEqual(["op1", "op1-2", "op1-3"]);
    expect(ids.at(-1)).toBe("op1-16000");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("numbers sections that restart the numbering by their place, each paragraph once", () => {
    const sections = Array.from({ length: 500 }, () => "A\n\n1. Requests the Council to act;").join(
      "\n\n",
    );
    const ids = parseResolution(text(sections)).clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("A-op1"))).toHaveLength(500);
  });
});
