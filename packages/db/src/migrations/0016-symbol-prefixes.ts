/**
 * Symbols found by how they begin, for linking after an import (versions/neighbours.ts): the texts
 * of one session ("A/RES/80/", "A/C.3/80/") and the adopted texts printing a draft's revision
 * ("A/80/L.2/Rev.1" for A/80/L.2). PostgreSQL orders text by the database's collation, whose
 * index cannot serve LIKE 'A/RES/80/%' unless it is the C collation; a pattern index can, in any.
 * Only the citations printed above the enacting formula are indexed, a few per text. SQLite
 * compares bytes, so its symbol indexes serve the same searches as ranges; it gets the small
 * index of printed citations only.
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";

export function symbolPrefixes(dialect: DialectName): Migration {
  const pattern = dialect === "postgres" ? " text_pattern_ops" : "";
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "postgres")
        await sql`create index resolutions_symbol_prefix on resolutions (symbol text_pattern_ops)`.execute(
          db,
        );
      await sql`create index citations_front_symbol on citations (symbol${sql.raw(pattern)})
        where clause_key is null and footnote is null`.execute(db);
    },
  };
}
