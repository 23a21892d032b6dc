/**
 * The schema's history, in code: applied in order on open, recorded by Kysely's migrator.
 * Never edit a migration that has shipped; add the next one.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { DialectName } from "../handle.ts";
import { library } from "./0001-library.ts";
import { obligations } from "./0002-obligations.ts";
import { accounts } from "./0003-accounts.ts";
import { search } from "./0004-search.ts";
import { leanerWrites } from "./0005-leaner-writes.ts";
import { resolutionCounts } from "./0006-resolution-counts.ts";
import { searchTable } from "./0007-search-table.ts";
import { calendarFeeds } from "./0008-calendar-feeds.ts";
import { sessionLastSeen } from "./0009-session-last-seen.ts";
import { smallerLibrary } from "./0010-smaller-library.ts";
import { listIndexes } from "./0011-list-indexes.ts";
import { clauseAnnex } from "./0012-clause-annex.ts";
import { versions } from "./0013-versions.ts";
import { teamWork } from "./0014-team-work.ts";
import { countIndexes } from "./0015-count-indexes.ts";
import { symbolPrefixes } from "./0016-symbol-prefixes.ts";
import { languageVersions } from "./0017-language-versions.ts";
import { clauseResolutions } from "./0018-clause-resolutions.ts";
import { trackerWalk } from "./0019-tracker-walk.ts";
import { actorCounts } from "./0020-actor-counts.ts";

const steps: ReadonlyArray<readonly [string, (dialect: DialectName) => Migration]> = [
  ["0001-library", library],
  ["0002-obligations", obligations],
  ["0003-accounts", accounts],
  ["0004-search", search],
  ["0005-leaner-writes", leanerWrites],
  ["0006-resolution-counts", resolutionCounts],
  ["0007-search-table", searchTable],
  ["0008-calendar-feeds", calendarFeeds],
  ["0009-session-last-seen", sessionLastSeen],
  ["0010-smaller-library", smallerLibrary],
  ["0011-list-indexes", listIndexes],
  ["0012-clause-annex", clauseAnnex],
  ["0013-versions", versions],
  ["0014-team-work", teamWork],
  ["0015-count-indexes", countIndexes],
  ["0016-symbol-prefixes", symbolPrefixes],
  ["0017-language-versions", languageVersions],
  ["0018-clause-resolutions", clauseResolutions],
  ["0019-tracker-walk", trackerWalk],
  ["0020-actor-counts", actorCounts],
];

/**
 * Migrations after which older exports still restore: those that change only what the database
 * derives from the exported rows (0007: indexes, search tables), those that add a table an older
 * export simply leaves empty (0008: calendar addresses, which are made again on request), and
 * those that add a column an older export leaves null (0009: a session's last use, read as its
 * start), and those that change how rows are kept but not what an export holds (0010: the source
 * text compressed, the clause text kept once; export.ts reads and writes both as before), and
 * those that add indexes (0011), and those that add columns an older export leaves at their
 * defaults (0014: nobody assigned, the bearer leading, notes and evidence internal, no digest).
 */
const olderExportsRestore = new Set([
  "0007-search-table",
  "0008-calendar-feeds",
  "0009-session-last-seen",
  "0010-smaller-library",
  "0011-list-indexes",
  // A column an older export leaves null: the annex a clause belongs to (its clauses are the
  // resolutions' own).
  "0012-clause-annex",
  // Links between versions, which an older export leaves empty and linking makes again
  // (`mandates import` when the export holds none, `mandates ingest`, an admin's versions.link).
  "0013-versions",
  "0014-team-work",
  // Indexes only.
  "0015-count-indexes",
  "0016-symbol-prefixes",
  // A table an older export leaves empty, and each resolution's language read as English.
  "0017-language-versions",
  // An index only.
  "0018-clause-resolutions",
  "0019-tracker-walk",
  // An index only.
  "0020-actor-counts",
]);

/** The name of the newest migration: the schema version an export carries. */
export const schemaVersion: string = steps.at(-1)?.[0] ?? "";

/**
 * The schema versions whose exports this version restores: the newest one and those before it
 * back to the last migration after which older exports no longer restore.
 */
export const restorableVersions: readonly string[] = (() => {
  const versions: string[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const name = steps[i]?.[0] ?? "";
    versions.push(name);
    if (!olderExportsRestore.has(name)) break;
  }
  return versions;
})();

/** Applies the migrations not yet applied, up to `version` (tests of a migration), else all. */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: DialectName,
  version?: string,
): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(steps.map(([name, step]) => [name, step(dialect)])),
  };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (version
    ? migrator.migrateTo(version)
    : migrator.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
