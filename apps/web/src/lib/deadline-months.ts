/**
 * What the deadlines page shows: by default the next 90 days from today, or a calendar year;
 * grouped by month, months with nothing due left out (and named once, so a reader knows they
 * were looked at).
 */
import { message } from "../i18n/translated.ts";
import { formatDate } from "./format.ts";

export const nextDays = 90;

export interface DeadlineWindow {
  from: string;
  to: string;
  /** "the next 90 days" or "2017". */
  title: string;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function deadlineWindow(year: number | undefined, today: string): DeadlineWindow {
  if (year !== undefined)
    return { from: `${year}-01-01`, to: `${year}-12-31`, title: String(year) };
  return {
    from: today,
    to: addDays(today, nextDays - 1),
    title: message("deadlines.next", { count: nextDays }),
  };
}

/** The months from `from` to `to` ("2017-05"), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > end) return out;
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

export interface DueMonths<T> {
  /** Months with something due, in order, each with its items. */
  months: Array<{ month: string; items: T[] }>;
  /** The months of the window with nothing due: "January, March and April 2017". */
  empty: string;
}

export function dueMonths<T extends { dueDate: string | null }>(
  items: readonly T[],
  window: DeadlineWindow,
): DueMonths<T> {
  const byMonth = new Map<string, T[]>(monthsBetween(window.from, window.to).map((m) => [m, []]));
  for (const item of items) if (item.dueDate) byMonth.get(item.dueDate.slice(0, 7))?.push(item);
  const months = [...byMonth]
    .filter(([, list]) => list.length)
    .map(([month, list]) => ({ month, items: list }));
  const none = [...byMonth].filter(([, list]) => !list.length).map(([month]) => month);
  return { months, empty: monthList(none) };
}

/** ["2017-01", "2017-03"] → "January and March 2017"; across years each keeps its year. */
function monthList(months: readonly string[]): string {
  const names = months.map((m, i) => {
    const full = formatDate(m);
    const sameYearAsNext = months[i + 1]?.slice(0, 4) === m.slice(0, 4);
    return sameYearAsNext ? full.replace(/ (?:de )?\d{4}$/, "") : full;
  });
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}${message("common.and")}${names.at(-1)}`;
}
