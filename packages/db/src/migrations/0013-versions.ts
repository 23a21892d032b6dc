/**
 * Versions and lineage: a draft linked to the resolution adopted from it, a resolution to the one
 * it renews (version_links, with the rule that made each link); an obligation to the earlier one
 * it repeats (obligation_links), with what became of the suggestion to carry its tracking over;
 * and on each resolution the adopted text that supersedes it, so that lists can leave superseded
 * drafts out without a join. All of it is made again by linking (versions.ts), except the
 * people's answers to suggestions, which linking keeps.
 */
import type { Kysely, Migration } from "kysely";
import type { DialectName } from "../handle.ts";
import { suggestionStates, versionLinkKinds, versionLinkRules } from "../schema.ts";
import { oneOf, withId } from "./columns.ts";

export function versions(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // A share kept exactly as computed: PostgreSQL's real is single precision.
      const fraction = dialect === "postgres" ? "double precision" : "real";
      await db.schema.alterTable("resolutions").addColumn("superseded_by", "integer").execute();
      await withId(db.schema.createTable("version_links"), dialect)
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("from_resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("to_resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("rule", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("likeness", fraction)
        .addColumn("linked_at", "text", (c) => c.notNull())
        .addCheckConstraint("version_links_kind", oneOf("kind", versionLinkKinds))
        .addCheckConstraint("version_links_rule", oneOf("rule", versionLinkRules))
        .addUniqueConstraint("version_links_pair", [
          "kind",
          "from_resolution_id",
          "to_resolution_id",
        ])
        .execute();
      await db.schema
        .createIndex("version_links_to")
        .on("version_links")
        .column("to_resolution_id")
        .execute();
      await withId(db.schema.createTable("obligation_links"), dialect)
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("earlier_obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("rule", "text", (c) => c.notNull())
        .addColumn("likeness", fraction, (c) => c.notNull())
        .addColumn("suggestion", "text", (c) => c.notNull())
        .addColumn("decided_by", "text")
        .addColumn("decided_at", "text")
        .addColumn("linked_at", "text", (c) => c.notNull())
        .addCheckConstraint("obligation_links_kind", oneOf("kind", versionLinkKinds))
        .addCheckConstraint("obligation_links_suggestion", oneOf("suggestion", suggestionStates))
        .addUniqueConstraint("obligation_links_pair", ["earlier_obligation_id", "obligation_id"])
        .execute();
      await db.schema
        .createIndex("obligation_links_later")
        .on("obligation_links")
        .column("obligation_id")
        .execute();
    },
  };
}
