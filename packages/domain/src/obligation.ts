/**
 * Obligation: one directive or deciding verb in an operative paragraph, with who must act
 * (bearers), what they are to do, under which condition, by when and how often, and to whom they
 * report. In the UN's sense a mandate is an obligation borne by the Secretariat or a UN entity.
 * LegalRuleML calls the bearer Bearer and the organ owed the report AuxiliaryParty.
 */
import { z } from "zod";
import { Deadline } from "./deadline.ts";
import { Recurrence } from "./recurrence.ts";
import { Strength, VerbClass } from "./verb.ts";

export const Obligation = z.object({
  /** "op11.1": the clause id and the obligation's order within it. */
  id: z.string().min(1),
  clause: z.string().min(1),
  /** Canonical, lower case ("requests", "calls upon"). */
  verb: z.string().min(1),
  /** As written ("Also requests", "calls upon"). */
  verbText: z.string().min(1),
  verbClass: VerbClass,
  strength: Strength,
  /** Actor ids. */
  bearers: z.array(z.string()),
  /** The addressees as printed ("Member States that have not yet done so"). */
  bearerText: z.string(),
  action: z.string(),
  condition: z.string().nullable(),
  deadline: Deadline.nullable(),
  recurrence: Recurrence.nullable(),
  /** The actor owed a report ("to report to the Commission ..."), if any. */
  reportTo: z.string().nullable(),
  /** Character offsets [start, end) of the obligation within the clause text. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});
export type Obligation = z.infer<typeof Obligation>;
