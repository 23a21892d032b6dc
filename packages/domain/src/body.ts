/**
 * Body: a UN organ that adopts resolutions or receives the reports they request, and its session
 * calendar. "At its twenty-sixth session" only becomes a date through the calendar of the body it
 * refers to (DESIGN.md, "Session calendars"), never through another's: a session of a body not
 * listed here has no date. A body is also an actor; the ids are shared.
 */
import { z } from "zod";

export const BodyId = z.enum([
  "ga",
  "ecosoc",
  "sc",
  "hrc",
  "ccpcj",
  "cnd",
  "csw",
  "csocd",
  "cpd",
  "cstd",
  "unff",
  "cop-untoc",
  "cosp-uncac",
  "cd",
  "undc",
  "c34",
]);
export type BodyId = z.infer<typeof BodyId>;

/** When a numbered session meets: the first and last month it covers (YYYY-MM). */
export interface SessionPeriod {
  session: number;
  start: string;
  end: string;
}

interface BodyInfo {
  id: BodyId;
  name: string;
  /** The prefix of its resolution symbols (A/RES/78/228, E/RES/2015/23, S/RES/2388 (2017)). */
  resolutionPrefix: string;
  /** Numbered sessions mapped to their months, or null for a body without sessions (the Council). */
  sessionPeriod: ((session: number) => SessionPeriod | null) | null;
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, "0")}`;

/** A commission meeting once a year in a known month: session N meets in base + N. */
function annualCommission(base: number, firstMonth: number, lastMonth: number, since = 1) {
  return (session: number): SessionPeriod | null =>
    session >= since
      ? { session, start: month(base + session, firstMonth), end: month(base + session, lastMonth) }
      : null;
}

/** A body whose sessions are named by year ("its 2026 session"), meeting in the months given. */
function yearlySession(firstMonth: number, lastMonth: number, since: number) {
  return (year: number): SessionPeriod | null =>
    year >= since
      ? { session: year, start: month(year, firstMonth), end: month(year, lastMonth) }
      : null;
}

/**
 * A conference of States parties that meets every two years: session N in base + 2N, in the
 * months given, from session `since`; the sessions before it are listed as they met.
 */
function biennialConference(
  base: number,
  firstMonth: number,
  lastMonth: number,
  since: number,
  earlier: Record<number, [string, string]>,
) {
  return (session: number): SessionPeriod | null => {
    const listed = earlier[session];
    if (listed) return { session, start: listed[0], end: listed[1] };
    if (session < since) return null;
    const year = base + 2 * session;
    return { session, start: month(year, firstMonth), end: month(year, lastMonth) };
  };
}

export const bodies: Record<BodyId, BodyInfo> = {
  ga: {
    id: "ga",
    name: "General Assembly",
    resolutionPrefix: "A/RES/",
    // Regular session N opens in September of 1945 + N and closes the next September.
    sessionPeriod: (n) =>
      n >= 1 ? { session: n, start: month(1945 + n, 9), end: month(1946 + n, 9) } : null,
  },
  ecosoc: {
    id: "ecosoc",
    name: "Economic and Social Council",
    resolutionPrefix: "E/RES/",
    // ECOSOC sessions are named by year: the "2015 session" ran from July 2014 to July 2015.
    sessionPeriod: (year) =>
      year >= 1946 ? { session: year, start: month(year - 1, 7), end: month(year, 7) } : null,
  },
  sc: {
    id: "sc",
    name: "Security Council",
    resolutionPrefix: "S/RES/",
    sessionPeriod: null,
  },
  hrc: {
    id: "hrc",
    name: "Human Rights Council",
    resolutionPrefix: "A/HRC/RES/",
    // From 2007, three regular sessions a year: 3(Y-2007)+4 in Feb-Apr, +5 in Jun-Jul, +6 in Sep-Oct.
    sessionPeriod: (n) => {
      if (n < 4) return null;
      const year = 2007 + Math.floor((n - 4) / 3);
      const [start, end] = (
        [
          [2, 4],
          [6, 7],
          [9, 10],
        ] as const
      )[(n - 4) % 3] ?? [2, 4];
      return { session: n, start: month(year, start), end: month(year, end) };
    },
  },
  ccpcj: {
    id: "ccpcj",
    name: "Commission on Crime Prevention and Criminal Justice",
    resolutionPrefix: "E/CN.15/RES/",
    sessionPeriod: annualCommission(1991, 5, 5),
  },
  cnd: {
    id: "cnd",
    name: "Commission on Narcotic Drugs",
    resolutionPrefix: "E/CN.7/RES/",
    sessionPeriod: annualCommission(1957, 3, 3, 35),
  },
  csw: {
    id: "csw",
    name: "Commission on the Status of Women",
    resolutionPrefix: "E/CN.6/RES/",
    sessionPeriod: annualCommission(1956, 3, 3, 40),
  },
  // The other functional commissions and the Forum meet once a year: the Commission for Social
  // Development in February (63rd: 2025), on Population and Development in April (58th: 2025),
  // on Science and Technology for Development in April (28th: 2025), the Forum on Forests in May
  // (twentieth: 2025). Earlier sessions kept other rhythms: only recent ones are dated.
  csocd: {
    id: "csocd",
    name: "Commission for Social Development",
    resolutionPrefix: "E/CN.5/RES/",
    sessionPeriod: annualCommission(1962, 2, 2, 40),
  },
  cpd: {
    id: "cpd",
    name: "Commission on Population and Development",
    resolutionPrefix: "E/CN.9/RES/",
    sessionPeriod: annualCommission(1967, 4, 4, 30),
  },
  cstd: {
    id: "cstd",
    name: "Commission on Science and Technology for Development",
    resolutionPrefix: "E/CN.16/RES/",
    sessionPeriod: annualCommission(1997, 4, 4, 10),
  },
  unff: {
    id: "unff",
    name: "United Nations Forum on Forests",
    resolutionPrefix: "E/CN.18/RES/",
    sessionPeriod: annualCommission(2005, 5, 5, 1),
  },
  // The Conference of the Parties to the Convention against Transnational Organized Crime: the
  // first three sessions in 2004-2006, then every two years in October from the fourth (2008).
  "cop-untoc": {
    id: "cop-untoc",
    name: "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    resolutionPrefix: "CTOC/COP/",
    sessionPeriod: biennialConference(2000, 10, 10, 4, {
      1: ["2004-06", "2004-07"],
      2: ["2005-10", "2005-10"],
      3: ["2006-10", "2006-10"],
    }),
  },
  // The Conference of the States Parties to the Convention against Corruption: Amman (December
  // 2006), Nusa Dua (January 2008), then every two years from the third (2009), in November or
  // December.
  "cosp-uncac": {
    id: "cosp-uncac",
    name: "Conference of the States Parties to the United Nations Convention against Corruption",
    resolutionPrefix: "CAC/COSP/",
    sessionPeriod: biennialConference(2003, 11, 12, 3, {
      1: ["2006-12", "2006-12"],
      2: ["2008-01", "2008-02"],
    }),
  },
  // The Conference on Disarmament names its session by year ("its 2026 session"), held in three
  // parts from January to September; the Disarmament Commission's substantive session of a year
  // meets in April.
  cd: {
    id: "cd",
    name: "Conference on Disarmament",
    resolutionPrefix: "CD/",
    sessionPeriod: yearlySession(1, 9, 1979),
  },
  undc: {
    id: "undc",
    name: "Disarmament Commission",
    resolutionPrefix: "A/CN.10/",
    sessionPeriod: yearlySession(4, 4, 1979),
  },
  // The Special Committee on Peacekeeping Operations holds its substantive session of a year in
  // February and March.
  c34: {
    id: "c34",
    name: "Special Committee on Peacekeeping Operations",
    resolutionPrefix: "A/AC.121/",
    sessionPeriod: yearlySession(2, 3, 1990),
  },
};

export function isBodyId(id: string): id is BodyId {
  return BodyId.safeParse(id).success;
}

/**
 * Bodies whose sessions are those of another: the Main Committees of the General Assembly meet
 * at the Assembly's sessions ("the Sixth Committee at the eightieth session").
 */
const sessionsOf: Readonly<Record<string, BodyId>> = {
  "first-committee": "ga",
  "second-committee": "ga",
  "third-committee": "ga",
  "fourth-committee": "ga",
  "fifth-committee": "ga",
  "sixth-committee": "ga",
};

/** The body whose calendar dates an actor's sessions: itself, the one it meets within, or null. */
export function calendarBodyOf(actorId: string): BodyId | null {
  if (isBodyId(actorId)) return bodies[actorId].sessionPeriod ? actorId : null;
  return sessionsOf[actorId] ?? null;
}

/** The months a body's numbered session covers, or null when the body has no such session. */
export function sessionPeriod(body: BodyId, session: number): SessionPeriod | null {
  return bodies[body].sessionPeriod?.(session) ?? null;
}
