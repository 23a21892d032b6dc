/**
 * A tracker view read for export, a batch at a time: the ids the filters match first (small), then
 * their rows five hundred at a time, so that an export of the whole library never holds more than
 * one batch of obligations. Readers without an account get public fields only (visibility.ts).
 */
import type { Db } from "./handle.ts";
import type { ObligationView } from "./obligation-view.ts";
import { matchingObligationIds, type ObligationFilters, obligationsByIds } from "./obligations.ts";
import { today as todayUtc } from "./values.ts";
import { publicObligation } from "./visibility.ts";

/** The most obligations one export holds. */
export const maxExportObligations = 1_000_000;

export async function* trackerRows(
  db: Db,
  filters: ObligationFilters,
  options: { publicOnly?: boolean; batch?: number; max?: number } = {},
): AsyncGenerator<ObligationView[]> {
  const today = filters.today ?? todayUtc();
  const max = Math.min(options.max ?? maxExportObligations, maxExportObligations);
  const ids = await matchingObligationIds(db, { ...filters, today }, max);
  const batch = options.batch ?? 500;
  for (let i = 0; i < ids.length; i += batch) {
    const rows = await obligationsByIds(db, ids.slice(i, i + batch), today);
    yield options.publicOnly ? rows.map(publicObligation) : rows;
  }
}
