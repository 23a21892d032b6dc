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
});
