/**
 * Declarations annexed to a resolution, written for these tests in the layout of the official
 * texts: the annex's paragraphs are its clauses, "we" are the Member States, and an action
 * heading stays apart from the paragraph before it.
 */
import { describe, expect, it } from "vitest";
import { parseResolution } from "./parse.ts";

const text = `General Assembly
Distr.: General
2 December 2025

Eightieth session
Agenda item 12

Resolution adopted by the General Assembly on 1 December 2025

80/999. Political declaration on an imaginary review

The General Assembly

Adopts the political declaration on an imaginary review annexed to the present resolution.

60th plenary meeting
1 December 2025

Annex

Political declaration on an imaginary review

1. We, the Heads of State and Government and representatives of States and Governments, assembled at United Nations Headquarters, welcome the review;

2. We reaffirm our commitment to the Charter of the United Nations;

3. We commit to adopt national plans by 2030 and will report on them;

4. We request the Secretary-General to submit a report to the General Assembly at its eighty-second session;

Action 1. We will strengthen cooperation among States.

5. We call upon Member States to share information, and we urge the United Nations Office on Drugs and Crime to assist them;

6. In this regard, we decide to:

(a) Request the Secretary-General to convene a meeting in 2027;

(b) Invite the President of the General Assembly to hold a dialogue;
`;

const r = parseResolution(text);
const of = (clause: string) => r.obligations.filter((o) => o.clause === clause);

describe("an annexed declaration", () => {
  it("keeps the resolution's one paragraph apart from the annex's", () => {
    expect(r.clauses.filter((c) => c.annex === undefined).map((c) => c.lead)).toEqual(["Adopts"]);
    expect(r.annexes).toMatchObject([
      {
        id: "annex1",
        heading: "Annex",
        title: "Political declaration on an imaginary review",
      },
    ]);
    const annexed = r.clauses.filter((c) => c.annex === "annex1");
    expect(annexed.map((c) => c.id)).toEqual([
      "annex1-op1",
      "annex1-op2",
      "annex1-op3",
      "annex1-op4",
      "annex1-op5",
      "annex1-op6",
    ]);
    expect(annexed.map((c) => c.kind)).toEqual(Array(6).fill("operative"));
    expect(r.clauses.find((c) => c.id === "annex1-op6")?.items.map((i) => i.label)).toEqual([
      "(a)",
      "(b)",
    ]);
  });

  it("keeps an action heading apart from the paragraph before it", () => {
    expect(r.clauses.find((c) => c.id === "annex1-op4")?.text).not.toContain("Action 1");
    expect(r.clauses.find((c) => c.id === "annex1-op5")?.section).toEqual({
      label: "Action 1",
      heading: "We will strengthen cooperation among States.",
    });
  });

  it('reads "we" as the Member States that speak', () => {
    expect(of("annex1-op1")).toEqual([]);
    // A commitment reaffirmed asks nothing new.
    expect(of("annex1-op2")).toEqual([]);
    expect(of("annex1-op3")).toMatchObject([
      { verb: "commits", bearers: ["member-states"], action: expect.stringMatching(/^adopt/) },
      { verb: "will", bearers: ["member-states"], action: expect.stringMatching(/^report/) },
    ]);
    expect(of("annex1-op3")[0]?.deadline).toMatchObject({ year: 2030 });
    expect(r.actors.map((a) => a.id)).toContain("member-states");
  });

  it("reads whom “we” ask to act as the bearers", () => {
    expect(of("annex1-op4")).toMatchObject([{ verb: "requests", bearers: ["sg"] }]);
    expect(of("annex1-op4")[0]?.deadline?.session).toMatchObject({ body: "ga", number: 82 });
    expect(of("annex1-op5")).toMatchObject([
      { verb: "calls upon", bearers: ["member-states"] },
      { verb: "urges", bearers: ["unodc"] },
    ]);
  });

  it("reads the sub-items of what “we” decide as requests of their own", () => {
    const ops = of("annex1-op6");
    expect(ops[0]).toMatchObject({ verb: "decides", bearers: ["member-states"] });
    expect(ops.slice(1)).toMatchObject([
      { verb: "requests", bearers: ["sg"] },
      { verb: "invites", bearers: ["pga"] },
    ]);
  });
});
