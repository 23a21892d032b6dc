/** One clause of a resolution, with the obligations it holds. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Library, openLibrary, refusal, seedSymbol } from "./test-support.ts";

let library: Library;
beforeAll(async () => {
  library = await openLibrary();
});
afterAll(async () => {
  await library?.drop();
});

const clause = (symbol: string, id: string) =>
  library.as("viewer").clauses.get({ symbol, clause: id });

describe("clauses.get", () => {
  it("returns operative paragraph 11 with the Secretary-General's report it asks for", async () => {
    const found = await clause(seedSymbol, "op11");
    expect(found.resolution.symbol).toBe(seedSymbol);
    expect(found.clause).toMatchObject({ kind: "operative", number: 11, verb: "requests" });
    expect(found.clause.text).toMatch(
      /^Requests the Secretary-General to report to the Commission on Crime Prevention/,
    );
    expect(found.obligations).toEqual([
      expect.objectContaining({ key: "op11.1", clause: "op11", bearers: ["sg"] }),
    ]);
  });

  it("returns only the clause's own obligations, and none for a preambular one", async () => {
    // Paragraph 8 holds two: UNODC and the Group are encouraged, then invited.
    expect((await clause(seedSymbol, "op8")).obligations.map((o) => o.key)).toEqual([
      "op8.1",
      "op8.2",
    ]);
    const preamble = await clause(seedSymbol, "pp1");
    expect(preamble.clause.kind).toBe("preambular");
    expect(preamble.obligations).toEqual([]);
  });

  it("says which clause is missing, in which resolution", async () => {
    const noClause = await refusal(clause(seedSymbol, "op12"));
    expect(noClause.code).toBe("NOT_FOUND");
    expect(noClause.message).toBe("No clause op12 in E/RES/2015/23.");
    expect((await refusal(clause("A/RES/1/1", "op1"))).code).toBe("NOT_FOUND");
  });
});
