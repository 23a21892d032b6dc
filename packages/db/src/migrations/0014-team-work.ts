/**
 * The team's daily work on obligations:
 * - the assignee is an account (`assignee_id`), no longer free text: "assigned to me" is a query,
 *   and a removed account leaves its obligations unassigned. Free text stored before is linked to
 *   the account whose username or display name it equals; text that names no account stays in the
 *   old column, which nothing writes any more;
 * - a lead entity (`lead_actor_id`): the actor that does the work, which the UN Mandate Registry
 *   records apart from who is addressed ("the Secretary-General is requested", led by UNODC).
 *   Null means the first bearer leads;
 * - evidence and progress notes are internal (the default) or public: only public ones reach
 *   readers without an account and report drafts. Evidence can be withdrawn (kept, with who and
 *   when, and in the history), never deleted;
 * - each account may give an e-mail address and opt in to a digest of what falls due.
 */
import { type Kysely, type Migration, sql } from "kysely";
import { visibilities } from "../schema.ts";
import { oneOf } from "./columns.ts";

export function teamWork(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("obligations")
        .addColumn("assignee_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      await db.schema
        .alterTable("obligations")
        .addColumn("lead_actor_id", "text", (c) => c.references("actors.id"))
        .execute();
      await sql`update obligations set assignee_id = (
          select min(u.id) from users u
          where lower(u.username) = lower(trim(obligations.assignee))
             or lower(u.display_name) = lower(trim(obligations.assignee)))
        where assignee is not null`.execute(db);
      await sql`create index obligations_in_force_assignee
        on obligations (assignee_id, id) where withdrawn_at is null`.execute(db);
      await sql`create index obligations_in_force_lead
        on obligations (lead_actor_id, id) where withdrawn_at is null`.execute(db);

      for (const table of ["evidence", "progress_notes"]) {
        await db.schema
          .alterTable(table)
          .addColumn("visibility", "text", (c) =>
            c.notNull().defaultTo("internal").check(oneOf("visibility", visibilities)),
          )
          .execute();
      }
      await db.schema.alterTable("evidence").addColumn("withdrawn_at", "text").execute();
      await db.schema.alterTable("evidence").addColumn("withdrawn_by", "text").execute();

      await db.schema.alterTable("users").addColumn("email", "text").execute();
      await db.schema
        .alterTable("users")
        .addColumn("digest", "integer", (c) =>
          c.notNull().defaultTo(0).check(sql`digest in (0, 1)`),
        )
        .execute();
    },
  };
}
