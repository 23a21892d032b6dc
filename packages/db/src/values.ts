/** Small conversions shared by the repositories: JSON columns, flags, clocks, counts, chunks. */
import { sql } from "kysely";
import type { Flag } from "./schema.ts";

export const toJson = (value: unknown): string => JSON.stringify(value);

export const fromJson = <T>(text: string): T => JSON.parse(text) as T;

export const fromJsonOrNull = <T>(text: string | null): T | null =>
  text === null ? null : (JSON.parse(text) as T);

export const toFlag = (value: boolean): Flag => (value ? 1 : 0);

/** Timestamps are taken in code, not by the database, so both dialects write the same text. */
export const now = (): string => new Date().toISOString();

/** Today as YYYY-MM-DD (UTC). */
export const today = (): string => now().slice(0, 10);

/** count(*) as a number: PostgreSQL returns bigint counts as strings. */
export const countAll = () => sql<number>`cast(count(*) as integer)`;

/**
 * Multi-row inserts are split so no statement passes the drivers' parameter limits (SQLite 32,766,
 * PostgreSQL 65,535) whatever the width of the table.
 */
export function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A page of a longer list, with the total the filters match. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

const maxLimit = 500;

/** Limit within 1..500 (default 50) and offset from 0. */
export function pageOf(request: PageRequest, defaultLimit = 50): { limit: number; offset: number } {
  const limit = Math.min(maxLimit, Math.max(1, Math.floor(request.limit ?? defaultLimit)));
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  return { limit, offset };
}
