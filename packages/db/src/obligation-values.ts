/**
 * The values of an obligation that a parser extracts and a person may confirm or correct:
 * bearers, verb, strength, action, deadline. The effective value is the person's ?? the parser's.
 * A person's value equal to the extraction is a confirmation; a different one is a correction.
 */
import { CorrectionValue, type Deadline } from "@mandates/domain";
import { dueDateOf } from "./due-date.ts";
import { InvalidValueError } from "./errors.ts";
import type { Db } from "./handle.ts";
import type { CorrectableField, ObligationCorrectionRow, ObligationRow } from "./schema.ts";
import { fromJson, fromJsonOrNull } from "./values.ts";

export interface ObligationValues {
  bearers: string[];
  verb: string;
  strength: number;
  action: string;
  deadline: Deadline | null;
}

/** Per field: nobody looked ("extracted"), a person agreed ("confirmed") or changed it ("corrected"). */
export type FieldReview = "extracted" | "confirmed" | "corrected";

export interface PersonValue {
  value: unknown;
  by: string;
  at: string;
}

export type ExtractedColumns = Pick<
  ObligationRow,
  "bearers" | "verb" | "strength" | "action" | "deadline"
>;

export function extractedValues(row: ExtractedColumns): ObligationValues {
  return {
    bearers: fromJson<string[]>(row.bearers),
    verb: row.verb,
    strength: row.strength,
    action: row.action,
    deadline: fromJsonOrNull<Deadline>(row.deadline),
  };
}

export function personValues(
  rows: readonly Pick<
    ObligationCorrectionRow,
    "field" | "value" | "corrected_by" | "corrected_at"
  >[],
): Partial<Record<CorrectableField, PersonValue>> {
  const out: Partial<Record<CorrectableField, PersonValue>> = {};
  for (const r of rows)
    out[r.field] = { value: fromJson(r.value), by: r.corrected_by, at: r.corrected_at };
  return out;
}

export function effectiveValues(
  extracted: ObligationValues,
  person: Partial<Record<CorrectableField, PersonValue>>,
): ObligationValues {
  const pick = <F extends CorrectableField>(field: F) =>
    (person[field] ? person[field].value : extracted[field]) as ObligationValues[F];
  return {
    bearers: pick("bearers"),
    verb: pick("verb"),
    strength: pick("strength"),
    action: pick("action"),
    deadline: pick("deadline"),
  };
}

export function reviewOf(
  extracted: ObligationValues,
  person: Partial<Record<CorrectableField, PersonValue>>,
): Record<CorrectableField, FieldReview> {
  const review = (field: CorrectableField): FieldReview => {
    const given = person[field];
    if (!given) return "extracted";
    return sameValue(field, given.value, extracted[field]) ? "confirmed" : "corrected";
  };
  return {
    bearers: review("bearers"),
    verb: review("verb"),
    strength: review("strength"),
    action: review("action"),
    deadline: review("deadline"),
  };
}

/** Bearers compare as sets; other values by their JSON with keys in a fixed order. */
export function sameValue(field: CorrectableField, a: unknown, b: unknown): boolean {
  if (field === "bearers")
    return canonical([...(a as string[])].sort()) === canonical([...(b as string[])].sort());
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * Checks a person's value against what the field accepts (the domain's bounded CorrectionValue);
 * returns it in stored form, keys the field does not know dropped.
 */
export function checkedValue(field: CorrectableField, value: unknown): unknown {
  const checked = CorrectionValue[field].safeParse(value);
  if (!checked.success) {
    const message = checked.error.issues[0]?.message ?? "";
    throw new InvalidValueError(
      message.startsWith(`${field}:`) ? message : `${field}: ${expected[field]}`,
    );
  }
  if (field === "bearers") return [...new Set(checked.data as string[])];
  if (field === "verb") return (checked.data as string).toLowerCase();
  return checked.data;
}

/** What each field takes, for refusals the bounded schemas do not word themselves. */
const expected: Record<CorrectableField, string> = {
  bearers: "a list of actor ids",
  verb: "a verb",
  strength: "a whole number from 1 to 5",
  action: "text",
  deadline: "a deadline or null",
};

/** The columns lists filter on, from the effective values and whether a person set the due date. */
export function effectiveColumns(
  values: ObligationValues,
  current: { due_date: string | null; due_date_by_person: 0 | 1 },
) {
  return {
    effective_verb: values.verb,
    effective_strength: values.strength,
    due_date: current.due_date_by_person ? current.due_date : dueDateOf(values.deadline),
  };
}

/** Rewrites the effective bearers of one obligation. */
export async function writeBearers(db: Db, obligationId: number, bearers: readonly string[]) {
  await db.kysely
    .deleteFrom("obligation_bearers")
    .where("obligation_id", "=", obligationId)
    .execute();
  const rows = [...new Set(bearers)].map((actor_id, position) => ({
    obligation_id: obligationId,
    actor_id,
    position,
  }));
  if (rows.length > 0) await db.kysely.insertInto("obligation_bearers").values(rows).execute();
}
