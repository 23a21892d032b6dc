/**
 * A private calendar address per user: calendar programs cannot send the session cookie, so the
 * address carries a token of its own. Only the token's hash is stored, as for sessions, so a
 * leaked database opens no calendar. One row per user: a new token replaces the old one.
 */
import type { Kysely, Migration } from "kysely";

export function calendarFeeds(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("calendar_feeds")
        .addColumn("user_id", "integer", (c) =>
          c.primaryKey().references("users.id").onDelete("cascade"),
        )
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
