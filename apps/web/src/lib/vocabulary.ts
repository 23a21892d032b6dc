/**
 * The words the app shows for the store's codes: statuses, strengths, bodies, review states.
 * Kept here rather than imported from @mandates/domain so that the shell does not load zod.
 */

export const statuses = [
  "no-indication",
  "in-progress",
  "completed",
  "not-implemented",
  "not-applicable",
] as const;
export type Status = (typeof statuses)[number];

export const statusLabels: Record<Status, string> = {
  "no-indication": "No indication",
  "in-progress": "In progress",
  completed: "Completed",
  "not-implemented": "Not implemented",
  "not-applicable": "Not applicable",
};

/** A shape beside the word, so status never rests on colour alone. */
export const statusSymbols: Record<Status, string> = {
  "no-indication": "○",
  "in-progress": "◐",
  completed: "●",
  "not-implemented": "✕",
  "not-applicable": "–",
};

export const isStatus = (value: unknown): value is Status =>
  typeof value === "string" && (statuses as readonly string[]).includes(value);

/** DESIGN.md's ordinal scale of verbs. */
export const strengthLabels: Record<number, string> = {
  5: "Decides",
  4: "Requests",
  3: "Urges",
  2: "Encourages",
  1: "Notes",
};

export const strengthDescriptions: Record<number, string> = {
  5: "binding or the organ's own decision",
  4: "an instruction",
  3: "a strong recommendation",
  2: "a soft recommendation",
  1: "no action asked",
};

export const bodies = ["ga", "ecosoc", "sc", "hrc", "ccpcj", "cnd", "csw"] as const;
export type Body = (typeof bodies)[number];

export const bodyNames: Record<Body, string> = {
  ga: "General Assembly",
  ecosoc: "Economic and Social Council",
  sc: "Security Council",
  hrc: "Human Rights Council",
  ccpcj: "Commission on Crime Prevention and Criminal Justice",
  cnd: "Commission on Narcotic Drugs",
  csw: "Commission on the Status of Women",
};

export const isBody = (value: unknown): value is Body =>
  typeof value === "string" && (bodies as readonly string[]).includes(value);

export const bodyName = (id: string | null | undefined): string =>
  id && isBody(id) ? bodyNames[id] : (id ?? "Unknown body");

export type Review = "extracted" | "confirmed" | "corrected";

export const reviewLabels: Record<Review, string> = {
  extracted: "Machine-extracted",
  confirmed: "Confirmed",
  corrected: "Corrected",
};
