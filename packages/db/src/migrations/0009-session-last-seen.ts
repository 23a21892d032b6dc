/**
 * When each session was last used, for the idle timeout: a session unused for a day ends even
 * though its 14 days are not over. Written at most once a minute per session, not per request.
 * Null (sessions restored from an older export) counts as unused since the session began.
 */
import { type Kysely, type Migration, sql } from "kysely";

export function sessionLastSeen(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("sessions").addColumn("last_seen_at", "text").execute();
      await sql`update sessions set last_seen_at = created_at`.execute(db);
    },
  };
}
