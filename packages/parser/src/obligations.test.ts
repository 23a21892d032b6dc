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

describe("what is asked, and of whom", () => {
  const paragraphs = [
    "Welcomes the meetings of the donors, and urges the rapid disbursement of donor pledges;",
    "Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions;",
    "Urges the international donor community, United Nations agencies and organizations and non-governmental organizations to extend emergency assistance, particularly in the region, to counter the impact of the crisis;",
    "Urges Member States to guarantee a fair trial, including access to legal representation, appeals, full access to the case file and interpretation;",
    "Calls upon relevant organizations and bodies of the United Nations system, and invites international organizations, to continue to support the review;",
    "Encourages the participation of relevant stakeholders in the review;",
    "Reiterates its request to the Secretary-General to continue to present a report every two years;",
    "Encourages those States that have made reservations to article 4 of the Convention to give serious consideration to withdrawing them;",
    "Calls upon the international financial institutions to find timely solutions, takes note of the meeting held in Fortaleza in September 2024, and requests the Secretary-General to report by December 2025;",
    "Expresses its gratitude to the Secretary-General for his support provided to date, and requests him to render the necessary assistance;",
  ];
  const asked = parseResolution(
    text.replace(
      /1\. Decides[\s\S]*?(?=\n\n60th plenary meeting)/,
      paragraphs.map((p, i) => `${i + 1}. ${p}`).join("\n\n"),
    ),
  );
  const at = (clause: string) => asked.obligations.filter((o) => o.clause === clause);

  it("takes a thing asked for after the verb as the action, not as a bearer", () => {
    expect(at("op1")).toMatchObject([
      {
        verb: "urges",
        bearers: [],
        bearerText: "",
        action: "the rapid disbursement of donor pledges",
      },
    ]);
    expect(at("op6")).toMatchObject([
      { bearers: [], action: "the participation of relevant stakeholders in the review" },
    ]);
  });

  it("binds the adopting organ to what it endorses, not those whose report it endorses", () => {
    expect(at("op2")).toMatchObject([{ verb: "endorses", bearers: ["ga"] }]);
  });

  it("starts the action at the first infinitive after a list of addressees", () => {
    const [urges] = at("op3");
    expect(urges?.bearers).toContain("un-entities");
    expect(urges?.action).toMatch(/^extend emergency assistance/);
  });

  it("reads a verb's form inside a list as a noun", () => {
    expect(at("op4").map((o) => o.verb)).toEqual(["urges"]);
  });

  it('finds whom a request repeated as a noun addresses after its "to"', () => {
    expect(at("op7")).toMatchObject([
      { verb: "requests", bearers: ["sg"], action: "continue to present a report every two years" },
    ]);
  });

  it('does not take a numbered provision after "to" for the action', () => {
    expect(at("op8")[0]?.action).toMatch(/^give serious consideration/);
  });

  it('ends an action at "takes note of", and dates nothing before adoption', () => {
    const [calls, requests] = at("op9");
    expect(calls?.action).toBe("find timely solutions");
    expect(calls?.deadline).toBeNull();
    expect(requests?.deadline).toMatchObject({ date: "2025-12", precision: "month" });
  });

  it('takes "him" for the official named before the verb', () => {
    expect(at("op10")).toMatchObject([{ verb: "requests", bearers: ["sg"] }]);
  });

  it("shares the action of the next verb among addressees named in lower case", () => {
    const [calls, invites] = at("op5");
    expect(calls?.bearers).toEqual(["un-entities"]);
    expect(invites?.bearers).toEqual(["international-organizations"]);
    expect(calls?.action).toBe(invites?.action);
    expect(calls?.action).toMatch(/^continue to support the review/);
  });
});
