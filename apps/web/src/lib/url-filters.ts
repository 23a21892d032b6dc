/**
 * Filters kept in the URL, so a filtered view can be bookmarked, shared and restored by Back.
 * Each view's filters decode from a query string (ignoring what does not parse, so an edited or
 * stale link still opens) and encode back in a fixed key order with defaults left out, so one
 * filter has one URL.
 */
import { type Body, isBody, isStatus, type Status, statuses } from "./vocabulary.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function yearOf(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1945 && year <= 2100 ? year : undefined;
}

const text = (value: string | null, max: number): string | undefined => {
  const t = value?.trim();
  return t ? t.slice(0, max) : undefined;
};

function encode(entries: Array<[string, string | number | boolean | undefined]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

// The obligations tracker.

export const obligationSorts = ["due", "strength", "adopted", "symbol"] as const;
export type ObligationSort = (typeof obligationSorts)[number];
export type Direction = "asc" | "desc";

export interface TrackerFilters {
  actor?: string;
  /** The lead entity (an actor id). */
  lead?: string;
  /** The caller ("me"), nobody ("none"), or an account's id. */
  assignee?: "me" | "none" | number;
  /** At least this strength (1-5). */
  strength?: number;
  status?: Status[];
  body?: Body;
  year?: number;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  resolution?: string;
  /** Also obligations of drafts superseded by their adopted text (left out by default). */
  superseded?: boolean;
  sort?: ObligationSort;
  direction?: Direction;
}

export function decodeTrackerFilters(search: string): TrackerFilters {
  const p = new URLSearchParams(search);
  const f: TrackerFilters = {};
  const actor = text(p.get("actor"), 80);
  if (actor) f.actor = actor;
  const lead = text(p.get("lead"), 80);
  if (lead) f.lead = lead;
  const assignee = p.get("assignee") ?? "";
  if (assignee === "me" || assignee === "none") f.assignee = assignee;
  else if (/^[1-9]\d{0,9}$/.test(assignee)) f.assignee = Number(assignee);
  const strength = Number(p.get("strength"));
  if (Number.isInteger(strength) && strength >= 1 && strength <= 5) f.strength = strength;
  const status = (p.get("status") ?? "").split(",").filter(isStatus);
  // Statuses in the vocabulary's order, each once: one filter, one URL.
  if (status.length) f.status = statuses.filter((s) => status.includes(s));
  const body = p.get("body");
  if (isBody(body)) f.body = body;
  const year = yearOf(p.get("year"));
  if (year) f.year = year;
  const dueFrom = p.get("from");
  if (dueFrom && isoDate.test(dueFrom)) f.dueFrom = dueFrom;
  const dueTo = p.get("to");
  if (dueTo && isoDate.test(dueTo)) f.dueTo = dueTo;
  if (p.get("overdue") === "1") f.overdue = true;
  const resolution = text(p.get("resolution"), 60);
  if (resolution) f.resolution = resolution;
  if (p.get("superseded") === "1") f.superseded = true;
  const sort = p.get("sort");
  if ((obligationSorts as readonly string[]).includes(sort ?? "") && sort !== "due")
    f.sort = sort as ObligationSort;
  const dir = p.get("dir");
  if (dir === "desc") f.direction = "desc";
  return f;
}

export function encodeTrackerFilters(f: TrackerFilters): string {
  return encode([
    ["actor", f.actor],
    ["lead", f.lead],
    ["assignee", f.assignee],
    ["strength", f.strength],
    [
      "status",
      f.status?.length ? statuses.filter((s) => f.status?.includes(s)).join(",") : undefined,
    ],
    ["body", f.body],
    ["year", f.year],
    ["from", f.dueFrom],
    ["to", f.dueTo],
    ["overdue", f.overdue],
    ["resolution", f.resolution],
    ["superseded", f.superseded],
    ["sort", f.sort === "due" ? undefined : f.sort],
    ["dir", f.direction === "desc" ? "desc" : undefined],
  ]);
}

/** The tracker's filters as the API's obligations.list input. */
export function trackerQueryInput(f: TrackerFilters) {
  return {
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.lead ? { lead: f.lead } : {}),
    ...(f.assignee !== undefined ? { assignee: f.assignee } : {}),
    ...(f.strength ? { strength: { min: f.strength } } : {}),
    ...(f.status?.length ? { status: f.status } : {}),
    ...(f.body ? { body: f.body } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.dueFrom ? { dueFrom: f.dueFrom } : {}),
    ...(f.dueTo ? { dueTo: f.dueTo } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.resolution ? { resolution: f.resolution } : {}),
    ...(f.superseded ? { superseded: true } : {}),
    sort: f.sort ?? "due",
    direction: f.direction ?? "asc",
  };
}

// The library.

export interface LibraryFilters {
  /** Words in any clause. */
  words?: string;
  /** Symbols starting with this, or ending with it ("79/154"). */
  symbol?: string;
  body?: Body;
  year?: number;
  /** With words: only preambular or operative paragraphs. */
  kind?: "preambular" | "operative";
  /** With words: the resolutions that hold them, not the paragraphs ranked. */
  list?: boolean;
  sort?: "symbol" | "adopted";
}

export function decodeLibraryFilters(search: string): LibraryFilters {
  const p = new URLSearchParams(search);
  const f: LibraryFilters = {};
  const words = text(p.get("q"), 200);
  if (words) f.words = words;
  const symbol = text(p.get("symbol"), 60);
  if (symbol) f.symbol = symbol;
  const body = p.get("body");
  if (isBody(body)) f.body = body;
  const year = yearOf(p.get("year"));
  if (year) f.year = year;
  const kind = p.get("kind");
  if (kind === "preambular" || kind === "operative") f.kind = kind;
  if (p.get("list") === "1") f.list = true;
  if (p.get("sort") === "adopted") f.sort = "adopted";
  return f;
}

/** With words, the library's filters as the API's search.clauses input (without the page). */
export function librarySearchInput(f: LibraryFilters & { words: string }) {
  return {
    query: f.words,
    ...(f.symbol ? { symbol: f.symbol } : {}),
    ...(f.body ? { body: f.body } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  };
}

/** The library's filters as the API's resolutions.list input. */
export function libraryQueryInput(f: LibraryFilters) {
  return {
    ...(f.words ? { words: f.words } : {}),
    ...(f.symbol ? { symbol: f.symbol } : {}),
    ...(f.body ? { body: f.body } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.sort ? { sort: f.sort } : {}),
  };
}

export function encodeLibraryFilters(f: LibraryFilters): string {
  return encode([
    ["q", f.words],
    ["symbol", f.symbol],
    ["body", f.body],
    ["year", f.year],
    ["kind", f.kind],
    ["list", f.list],
    ["sort", f.sort === "adopted" ? "adopted" : undefined],
  ]);
}

// The deadlines view.

export interface DeadlineFilters {
  /** A calendar year; without one, the next 90 days. */
  year?: number;
  actor?: string;
  /** Also drafts superseded by their adopted text (left out by default: it asks the same). */
  superseded?: true;
}

export function decodeDeadlineFilters(search: string): DeadlineFilters {
  const p = new URLSearchParams(search);
  const actor = text(p.get("actor"), 80);
  const year = yearOf(p.get("year"));
  return {
    ...(year ? { year } : {}),
    ...(actor ? { actor } : {}),
    ...(p.get("superseded") === "1" ? { superseded: true as const } : {}),
  };
}

export function encodeDeadlineFilters(f: DeadlineFilters): string {
  return encode([
    ["year", f.year],
    ["actor", f.actor],
    ["superseded", f.superseded],
  ]);
}
