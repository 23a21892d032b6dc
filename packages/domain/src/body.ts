/**
 * Body: a UN organ that adopts resolutions or receives the reports they request, and its session
 * calendar. "At its twenty-sixth session" only becomes a date through the calendar of the body it
 * refers to (DESIGN.md, "Session calendars"). A body is also an actor; the ids are shared.
 */
import { z } from "zod";

export const BodyId = z.enum(["ga", "ecosoc", "sc", "hrc", "ccpcj", "cnd", "csw"]);
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
};

export function isBodyId(id: string): id is BodyId {
  return BodyId.safeParse(id).success;
}

/** The months a body's numbered session covers, or null when the body has no such session. */
export function sessionPeriod(body: BodyId, session: number): SessionPeriod | null {
  return bodies[body].sessionPeriod?.(session) ?? null;
}
