/**
 * The words the app shows for the store's codes: statuses, strengths, bodies, review states, in
 * the interface's language (i18n/en.json "status", "strength", "body", "review").
 * Kept here rather than imported from @mandates/domain so that the shell does not load zod.
 */
import { message, translated } from "../i18n/translated.ts";

export const statuses = [
  "no-indication",
  "in-progress",
  "completed",
  "not-implemented",
  "not-applicable",
] as const;
export type Status = (typeof statuses)[number];

export const statusLabels: Record<Status, string> = translated("status", statuses);

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
const strengths = [5, 4, 3, 2, 1] as const;

export const strengthLabels: Record<number, string> = translated("strength", strengths);

export const strengthDescriptions: Record<number, string> = translated(
  "strengthDescription",
  strengths,
);

export const bodies = ["ga", "ecosoc", "sc", "hrc", "ccpcj", "cnd", "csw"] as const;
export type Body = (typeof bodies)[number];

export const bodyNames: Record<Body, string> = translated("body", bodies);

export const isBody = (value: unknown): value is Body =>
  typeof value === "string" && (bodies as readonly string[]).includes(value);

export const bodyName = (id: string | null | undefined): string =>
  id && isBody(id) ? bodyNames[id] : (id ?? message("body.unknown"));

/** The body as a sentence names it, with its article: "the General Assembly", "l’Assemblée générale". */
export const bodyInSentence = (id: string | null | undefined): string =>
  id && isBody(id) ? message(`bodyThe.${id}`) : (id ?? message("bodyThe.unknown"));

export type Review = "extracted" | "confirmed" | "corrected";

export const reviewLabels: Record<Review, string> = translated("review", [
  "extracted",
  "confirmed",
  "corrected",
]);
