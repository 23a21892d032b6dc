/**
 * Whether a library holds only whole resolutions: read back through the API, each resolution has
 * as many clauses and obligations as a fresh parse of its stored text, and in the store no row
 * belongs to a resolution or obligation that is not there.
 */
import type { MandatesClient } from "@mandates/client";
import type { DatabaseHandle } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import { sql } from "kysely";

/** Rows that point at a resolution or obligation that is not there. */
const orphanQueries = [
  [
    "clauses",
    sql`select count(*) as n from clauses where resolution_id not in (select id from resolutions)`,
  ],
  [
    "footnotes",
    sql`select count(*) as n from footnotes where resolution_id not in (select id from resolutions)`,
  ],
  [
    "citations",
    sql`select count(*) as n from citations where resolution_id not in (select id from resolutions)`,
  ],
  [
    "actors of a resolution",
    sql`select count(*) as n from resolution_actors where resolution_id not in (select id from resolutions)`,
  ],
  [
    "obligations",
    sql`select count(*) as n from obligations where resolution_id not in (select id from resolutions)`,
  ],
  [
    "obligation bearers",
    sql`select count(*) as n from obligation_bearers where obligation_id not in (select id from obligations)`,
  ],
] as const;

/** The symbols stored, and a sentence for each resolution that is not whole and each orphan kind. */
export async function readBackWhole(
  client: MandatesClient,
  db: DatabaseHandle,
): Promise<{ symbols: string[]; problems: string[] }> {
  const problems: string[] = [];
  const { items } = await client.resolutions.list.query({ limit: 500 });
  for (const { symbol } of items) {
    const resolution = await client.resolutions.get.query({ symbol });
    const { text } = await client.resolutions.source.query({ symbol });
    const parsed = parseResolution(text);
    if (resolution.clauses.length !== parsed.clauses.length)
      problems.push(
        `${symbol}: ${resolution.clauses.length} clauses stored, ${parsed.clauses.length} in its text`,
      );
    if (resolution.obligations.length !== parsed.obligations.length)
      problems.push(
        `${symbol}: ${resolution.obligations.length} obligations stored, ${parsed.obligations.length} in its text`,
      );
  }
  for (const [rows, query] of orphanQueries) {
    const { rows: counted } = await query.execute(db.kysely);
    const n = Number((counted[0] as { n: number | string } | undefined)?.n ?? 0);
    if (n > 0) problems.push(`${n} ${rows} belong to nothing stored`);
  }
  return { symbols: items.map((r) => r.symbol), problems };
}
