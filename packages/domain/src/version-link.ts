/**
 * Versions of a mandate: a draft (A/C.3/80/L.4, A/80/L.8) becomes the resolution adopted from it
 * (A/RES/80/228, A/RES/80/9), and a resolution renews the one before it in its series (80/228
 * renews 78/228, which renewed 76/186). Each link keeps the rule that made it, so a user can see
 * why two texts are called versions of each other.
 */
import { z } from "zod";

export const VersionLinkKind = z.enum(["adopted-as", "renewed-by"]);
export type VersionLinkKind = z.infer<typeof VersionLinkKind>;

/**
 * - printed: the adopted text prints the draft's symbol ("[without reference to a Main
 *   Committee (A/80/L.8)]");
 * - title-and-text: same session and committee, the same title, operative text alike;
 * - recalls-same-title: the resolution cites the earlier one and bears its title;
 * - recalls-same-agenda-item: it cites the earlier one, under the same agenda item, with a title
 *   and text alike.
 */
export const VersionLinkRule = z.enum([
  "printed",
  "title-and-text",
  "recalls-same-title",
  "recalls-same-agenda-item",
]);
export type VersionLinkRule = z.infer<typeof VersionLinkRule>;

/** A link between two texts by symbol: `from` is the earlier (the draft, the predecessor). */
export const VersionLink = z.object({
  kind: VersionLinkKind,
  from: z.string().min(1),
  to: z.string().min(1),
  rule: VersionLinkRule,
  /** Why, in a sentence a user reads ("A/RES/80/9 prints A/80/L.8 in its front matter"). */
  reason: z.string(),
  /** Share of operative words in common where text was compared, else null. */
  likeness: z.number().min(0).max(1).nullable(),
});
export type VersionLink = z.infer<typeof VersionLink>;

/** What linking needs to know of a text: its front matter and what it cites. */
export interface LinkableResolution {
  symbol: string;
  title: string | null;
  draft: boolean;
  body: string | null;
  origin: string | null;
  agendaItem: string | null;
  /** YYYY-MM-DD, for a draft its distribution date. */
  date: string | null;
  /** Symbols printed above the enacting formula (the origin's "(A/80/L.8)", a report). */
  frontSymbols: readonly string[];
  /** Resolutions it cites anywhere, normalized ("A/RES/78/228"). */
  cites: readonly string[];
}

/** The session a General Assembly symbol belongs to: 80 for A/C.3/80/L.4, A/80/L.8, A/RES/80/228. */
export function sessionOfSymbol(symbol: string): number | null {
  const m = /^A\/(?:C\.\d\/|RES\/|)(\d{1,3})\//.exec(symbol);
  return m ? Number(m[1]) : null;
}

/**
 * What every symbol of a session begins with, as sessionOfSymbol reads it: "A/80/", "A/RES/80/",
 * "A/C.3/80/" and the like, the number also zero-padded ("A/080/"). Lets a store find one
 * session's texts by the start of their symbol instead of reading the whole library.
 */
export function sessionSymbolPrefixes(session: number): string[] {
  const digits = String(session);
  if (!/^\d{1,3}$/.test(digits)) return [];
  const numbers: string[] = [];
  for (let width = digits.length; width <= 3; width++) numbers.push(digits.padStart(width, "0"));
  const bodies = ["A/", "A/RES/", ...Array.from({ length: 10 }, (_, d) => `A/C.${d}/`)];
  return bodies.flatMap((b) => numbers.map((n) => `${b}${n}/`));
}

/** The committee a draft comes from: 3 for A/C.3/80/L.4, "plenary" for A/80/L.8; null if neither. */
export function committeeOfDraft(symbol: string): number | "plenary" | null {
  const committee = /^A\/C\.(\d)\//.exec(symbol);
  if (committee) return Number(committee[1]);
  return /^A\/\d{1,3}\/L\./.test(symbol) ? "plenary" : null;
}

const committeeNames: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
};

/**
 * The committee an adopted text says it came from: "on the report of the Third Committee (...)"
 * gives 3, "without reference to a Main Committee" the plenary, anything else null (unknown).
 */
export function committeeOfOrigin(origin: string | null): number | "plenary" | null {
  if (!origin) return null;
  if (/without reference to a Main Committee/i.test(origin)) return "plenary";
  const named = /\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b/i.exec(origin);
  return named ? (committeeNames[(named[1] ?? "").toLowerCase()] ?? null) : null;
}

/** A draft's symbol without what follows its number: "A/80/L.8/Add.1" and "A/80/L.8/Rev.1" give A/80/L.8. */
export function baseDraftSymbol(symbol: string): string {
  return symbol.replace(/(\/L\.\d+)(?:\/(?:Rev|Add|Corr)\.\d+)+$/, "$1");
}

/** Whether a symbol is a draft's ("/L." documents: limited distribution). */
export function isDraftSymbol(symbol: string): boolean {
  return /\/L\.\d+/.test(symbol);
}
