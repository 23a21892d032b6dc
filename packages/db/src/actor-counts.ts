/**
 * How many obligations in force each actor bears (withdrawn ones and superseded drafts left out,
 * as the tracker counts them): what the pickers show beside each actor's name, and how they leave
 * out the actors nothing is asked of.
 */
import type { Db } from "./handle.ts";
import { matchingObligations } from "./obligations.ts";
import { countAll, today } from "./values.ts";

export async function obligationCountsByActor(db: Db): Promise<Record<string, number>> {
  const rows = await matchingObligations(db, {}, today())
    .innerJoin("obligation_bearers as b", "b.obligation_id", "o.id")
    .select(["b.actor_id as actor", countAll().as("n")])
    .groupBy("b.actor_id")
    .execute();
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.actor] = Number(r.n);
  return counts;
}
