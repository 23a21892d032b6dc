/**
 * Multi-row inserts for imports and restores, compiled here rather than by Kysely's builder. An
 * import writes a couple of thousand values per resolution; the builder spends microseconds on
 * each (a node per value, frozen, visited), and SQLite recompiles every statement whose text it
 * has not seen. Here the SQL is built once per table, column list and row count, with chunks of
 * power-of-two sizes so that few texts recur (and the SQLite connection keeps them compiled).
 * The statement still runs through Kysely, inside the caller's transaction.
 */
import { CompiledQuery, type Insertable } from "kysely";
import type { Db, DialectName } from "./handle.ts";
import type { Database } from "./schema.ts";

export type TableName = keyof Database;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const texts = new Map<string, string>();

function insertText(
  dialect: DialectName,
  table: string,
  columns: readonly string[],
  rows: number,
  returning: string,
) {
  const key = `${dialect}\u0000${table}\u0000${columns.join(",")}\u0000${rows}\u0000${returning}`;
  let text = texts.get(key);
  if (text === undefined) {
    let n = 0;
    const placeholder = dialect === "sqlite" ? () => "?" : () => `$${++n}`;
    const tuples = Array.from({ length: rows }, () => `(${columns.map(placeholder).join(", ")})`);
    text = `insert into ${quote(table)} (${columns.map(quote).join(", ")}) values ${tuples.join(", ")}${returning}`;
    texts.set(key, text);
  }
  return text;
}

/** Power-of-two chunks within the drivers' parameter limits (SQLite 32,766; PostgreSQL 65,535). */
function chunkSizes(total: number, columns: number): number[] {
  let size = 2 ** Math.floor(Math.log2(Math.max(1, Math.floor(30_000 / Math.max(1, columns)))));
  const sizes: number[] = [];
  for (let left = total; left > 0; left -= size) {
    while (size > left) size /= 2;
    sizes.push(size);
  }
  return sizes;
}

async function insert<T extends TableName, R>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  returning: readonly string[],
): Promise<R[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const tail = returning.length ? ` returning ${returning.map(quote).join(", ")}` : "";
  const out: R[] = [];
  let start = 0;
  for (const size of chunkSizes(rows.length, columns.length)) {
    const parameters: unknown[] = [];
    for (const row of rows.slice(start, start + size))
      for (const column of columns)
        parameters.push((row as Record<string, unknown>)[column] ?? null);
    const result = await db.kysely.executeQuery<R>(
      CompiledQuery.raw(insertText(db.dialect, table, columns, size, tail), parameters),
    );
    out.push(...result.rows);
    start += size;
  }
  return out;
}

/** Inserts rows that all have the same keys. */
export async function insertRows<T extends TableName>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  await insert(db, table, rows, []);
}

/** Inserts rows that all have the same keys, and returns these columns of each. */
export function insertRowsReturning<T extends TableName, R>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  returning: readonly (keyof R & string)[],
): Promise<R[]> {
  return insert<T, R>(db, table, rows, returning);
}
