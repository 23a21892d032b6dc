import { describe, expect, it } from "vitest";
import { parseResolution } from "./parse.ts";

/** A small Assembly resolution written for these tests, in the layout of the official texts. */
const text = `General Assembly
Distr.: General
20 December 2024

Seventy-ninth session
Agenda item 12

Resolution adopted by the General Assembly on 17 December 2024

79/999. Follow-up to an imaginary review

The General Assembly,

Recalling its resolution 78/1 of 29 September 2023,

1. Decides to convene a high-level meeting on the review at its eighty-first session;

2. Decides that the Commission on Crime Prevention and Criminal Justice shall consider the review biennially;

3. Calls for the full implementation of the review;

4. Requests the Secretary-General:
(a) To prepare a study within 90 days;
(b) To report thereon to it at its eightieth session;

5. Urges Member States, in close cooperation with the United Nations Office on Drugs and Crime, to adopt national plans by 31 December 2025, and requests the Office to assist them every two years;

6. Welcomes the report of the Secretary-General, which requests further study;

7. Decides to remain seized of the matter.

60th plenary meeting
17 December 2024
`;

const r = parseResolution(text);
const of = (clause: string) => r.obligations.filter((o) => o.clause === clause);

describe("obligations", () => {
  it("binds the adopting organ when it decides to act itself", () => {
    const [convene] = of("op1");
    expect(convene).toMatchObject({ verb: "decides", strength: 5, bearers: ["ga"] });
    expect(convene?.deadline).toMatchObject({ year: 2026, session: { body: "ga", number: 81 } });
  });

  it("finds the bearer of a decision that another body shall act", () => {
    const [decision] = of("op2");
    expect(decision?.bearers).toEqual(["ccpcj"]);
    expect(decision?.recurrence).toEqual({ text: "biennially", rule: "FREQ=YEARLY;INTERVAL=2" });
  });

  it("keeps a call for action without an addressee", () => {
    expect(of("op3")).toMatchObject([{ verb: "calls for", bearers: [] }]);
  });

  it("reads the action of a request from its sub-items", () => {
    const [request] = of("op4");
    expect(request?.bearers).toEqual(["sg"]);
    expect(request?.action).toMatch(
      /\(a\) To prepare a study within 90 days; \(b\) To report thereon to it/,
    );
    expect(request?.reportTo).toBe("ga");
    expect(request?.deadline).toMatchObject({ text: "within 90 days", date: "2025-03-17" });
  });

  it("separates two verbs, leaves helpers out of the bearers, and dates a day deadline", () => {
    const [urges, requests] = of("op5");
    expect(urges?.bearers).toEqual(["member-states"]);
    expect(urges?.deadline).toMatchObject({ date: "2025-12-31", precision: "day", bound: "by" });
    expect(requests?.verb).toBe("requests");
    expect(requests?.bearers).toEqual(["unodc"]);
    expect(requests?.recurrence?.rule).toBe("FREQ=YEARLY;INTERVAL=2");
  });

  it("creates none for welcoming, for a verb inside a relative clause, or for remaining seized", () => {
    expect(of("op6")).toEqual([]);
    expect(of("op7")).toEqual([]);
  });

  it("takes the first time due, and resolves a relative one from the adoption date", () => {
    const relative = parseResolution(
      text.replace(
        "(a) To prepare a study within 90 days;",
        "(a) To prepare a study within 30 days;",
      ),
    );
    expect(relative.obligations.find((o) => o.clause === "op4")?.deadline).toMatchObject({
      text: "within 30 days",
      date: "2025-01-16",
      precision: "day",
    });
  });
});
