import type { BodyId } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { ActorReader } from "./actors.ts";
import { type DeadlineContext, findDeadline } from "./deadline.ts";

const assembly = { adopted: "2023-12-18", adoptingBody: "ga" as const };
const dateOf = (text: string) => findDeadline(text, [], assembly)?.date;

describe("deadlines at a session", () => {
  it("falls due when a session opens for what is considered at it", () => {
    expect(dateOf("to report to it at its seventy-ninth session")).toBe("2024-09");
  });

  it("falls due when a session closes for what is done during it or by its end", () => {
    expect(dateOf("to hold, during the seventy-ninth session, a high-level debate")).toBe(
      "2025-09",
    );
    expect(dateOf("to complete the review by the end of the seventy-ninth session")).toBe(
      "2025-09",
    );
  });

  it("falls due when a session closes if it was under way at adoption", () => {
    expect(dateOf("to report to it at its seventy-eighth session")).toBe("2024-09");
    // Adopted in the month the session opened: it is under way.
    expect(
      findDeadline("to include the item at its eightieth session", [], {
        adopted: "2025-09-15",
        adoptingBody: "ga",
      })?.date,
    ).toBe("2026-09");
  });
});

/** The deadline the words give, the actors they name read as the parser reads them. */
function read(words: string, context: Partial<DeadlineContext> & { adoptingBody?: BodyId }) {
  const warnings: string[] = [];
  const full: DeadlineContext = {
    adopted: "2024-12-17",
    adoptingBody: "ga",
    ...context,
    warn: (message) => warnings.push(message),
  };
  const mentions = new ActorReader(full.adoptingBody).read(words);
  return { deadline: findDeadline(words, mentions, full), warnings };
}

describe("sessions dated by the calendar of the body that holds them", () => {
  it("gives no date to a past session of the Conference of the States Parties (A/RES/79/190, para. 58)", () => {
    const { deadline, warnings } = read(
      "ensure that the Mechanism for the Review of Implementation of the United Nations Convention against Corruption is adequately funded, consistent with the resolution adopted by the Conference of the States Parties to the United Nations Convention against Corruption at its sixth session",
      { adopted: "2024-12-17" },
    );
    // Its sixth session met in 2015: a reference to the past, not a deadline (once 1952, by the
    // Assembly's calendar).
    expect(deadline).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("dates a coming session of that Conference by its own calendar", () => {
    expect(
      read(
        "to report to the Conference of the States Parties to the United Nations Convention against Corruption at its eleventh session",
        { adopted: "2024-12-17" },
      ).deadline,
    ).toMatchObject({ date: "2025-11", session: { body: "cosp-uncac", number: 11 } });
  });

  it("dates the sessions of the Commission on the Status of Women by its calendar, the first one named", () => {
    const { deadline } = read(
      "present an oral report to the Commission on the Status of Women at its sixty-ninth and seventieth sessions",
      {},
    );
    expect(deadline).toMatchObject({
      text: "at its sixty-ninth and seventieth sessions",
      date: "2025-03",
      session: { body: "csw", number: 69 },
      kind: "deadline",
    });
  });

  it("takes the bearer's calendar when the words name no body (A/RES/79/154, para. 9)", () => {
    const { deadline } = read(
      "consider addressing the needs of women and girls subjected to trafficking in persons at its sixty-ninth and seventieth sessions",
      { bearers: ["csw"] },
    );
    expect(deadline?.session).toMatchObject({ body: "csw", number: 69, start: "2025-03" });
  });

  it("pairs the sessions of several bodies in order ('at their ... respectively')", () => {
    const { deadline } = read(
      "submit to the General Assembly and the Human Rights Council at their eighty-second and sixty-sixth sessions, respectively, a report",
      { adopted: "2025-11-04" },
    );
    expect(deadline?.session).toMatchObject({ body: "ga", number: 82 });
  });

  it("passes over a body whose calendar has no such session to the next that holds it", () => {
    // "Decides, in accordance with Economic and Social Council resolution 1989/84, to review the
    // Decade at its eighty-fourth session": the Council's sessions are named by year.
    const { deadline } = read(
      "review the implementation of the Decade at its eighty-fourth session",
      {
        adopted: "2024-07-10",
        bearers: ["ecosoc"],
      },
    );
    expect(deadline?.session).toMatchObject({ body: "ga", number: 84 });
  });

  it("gives no date and a warning for a body whose calendar is not known, never the Assembly's", () => {
    const { deadline, warnings } = read(
      "to invite the Board of Auditors to conduct an audit and to report thereon at its eighty-second session",
      { adopted: "2023-12-22" },
    );
    expect(deadline).toBeNull();
    expect(warnings).toEqual([
      '"at its eighty-second session" is a session of the Board of Auditors, whose calendar is not known, so it is not dated.',
    ]);
  });

  it("gives no date and a warning when no body holds the session", () => {
    const { deadline, warnings } = read("to report at its fifty-ninth session", {
      adopted: "1993-06-22",
      adoptingBody: "sc",
    });
    expect(deadline).toBeNull();
    expect(warnings[0]).toMatch(/which body holds the session is not clear/);
  });
});

describe("nothing before adoption is a deadline", () => {
  it("drops days, months and years before adoption, and the month it was adopted in", () => {
    const context = { adopted: "2023-12-19" };
    expect(read("held on 3 May 2023", context).deadline).toBeNull();
    expect(
      read("engagement in the second Global Refugee Forum, in December 2023", context).deadline,
    ).toBeNull();
    expect(read("to hold a meeting in March 2024", context).deadline?.date).toBe("2024-03");
  });

  it("drops a session that closed before adoption, or closes in its month", () => {
    expect(read("the Declaration it adopted at its twenty-second session", {}).deadline).toBeNull();
    expect(
      read(
        "to report to the Commission on Crime Prevention and Criminal Justice at its thirty-third session",
        {
          adopted: "2024-05-24",
        },
      ).deadline,
    ).toBeNull();
  });
});

describe("times counted from adoption", () => {
  it('resolves "within fifteen days of the adoption of the present resolution"', () => {
    expect(
      read(
        "to submit, within fifteen days of the adoption of the present resolution, a declaration",
        {
          adopted: "1991-04-03",
          adoptingBody: "sc",
        },
      ).deadline,
    ).toMatchObject({
      text: "within fifteen days of the adoption of the present resolution",
      date: "1991-04-18",
      precision: "day",
      kind: "deadline",
    });
  });

  it('resolves "within 12 months", hours and working days', () => {
    expect(read("to report within 12 months", { adopted: "2024-12-17" }).deadline?.date).toBe(
      "2025-12-17",
    );
    expect(
      read("to report within twenty-four hours on the implementation", { adopted: "1978-03-19" })
        .deadline?.date,
    ).toBe("1978-03-20");
    // 17 December 2024 is a Tuesday: ten working days later is Tuesday 31 December.
    expect(read("to reply within ten working days", {}).deadline?.date).toBe("2024-12-31");
  });

  it("gives no date to a time counted from something else", () => {
    expect(read("to publish them within 12 months of their approval", {}).deadline).toBeNull();
    expect(
      read("the full deployment within thirty days of the arrival of the advance party", {})
        .deadline,
    ).toBeNull();
  });
});

describe("events the text schedules", () => {
  it('keeps "will be held on Monday, 24 November, and Tuesday, 25 November 2025" as an event on its first day', () => {
    expect(
      read(
        "the two-day high-level meeting of the General Assembly on the appraisal of the Global Plan of Action will be held on Monday, 24 November, and Tuesday, 25 November 2025, and will consist of",
        { adopted: "2025-04-29" },
      ).deadline,
    ).toEqual({
      text: "will be held on Monday, 24 November, and Tuesday, 25 November 2025",
      year: 2025,
      date: "2025-11-24",
      precision: "day",
      bound: "at",
      kind: "event",
    });
  });

  it('keeps "to convene ... on" and "to be held ... from ... to" as events', () => {
    expect(
      read("to convene a high-level meeting on the appraisal on 24 September 2026", {
        adopted: "2025-06-01",
      }).deadline,
    ).toMatchObject({ date: "2026-09-24", kind: "event" });
    expect(
      read("the Conference, to be held in Seville, Spain, from 30 June to 3 July 2025", {})
        .deadline,
    ).toMatchObject({ date: "2025-06-30", precision: "day", kind: "event" });
    expect(read("the session to be held in 2026", {}).deadline).toMatchObject({
      year: 2026,
      precision: "year",
      kind: "event",
    });
  });

  it("keeps no event that took place before adoption, and a deadline due first wins", () => {
    expect(
      read("the Conference held, to be held in Geneva from 1 to 5 December 2023", {}).deadline,
    ).toBeNull();
    expect(
      read("to submit a report by 30 June 2025 to the conference to be held in December 2025", {})
        .deadline,
    ).toMatchObject({ date: "2025-06-30", kind: "deadline" });
  });
});
