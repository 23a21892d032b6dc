/**
 * Stores filled for tests: the small library, and a store with something in every table (the
 * library, tracking of every kind, accounts).
 */
import {
  addEvidence,
  addNote,
  calendarFeedToken,
  confirmObligation,
  correctObligation,
  createSession,
  createUser,
  type Db,
  getResolution,
  importResolution,
  linkVersions,
  setSetting,
  updateTracking,
} from "../src/index.ts";
import { library, parsed } from "./corpus.ts";

/** The small library of corpus.ts, imported one resolution at a time, as uploads are. */
export async function importLibrary(db: Db): Promise<void> {
  for (const { resolution, sourceText } of library())
    await importResolution(db, resolution, { sourceText });
}

export async function fillStore(db: Db): Promise<void> {
  await importLibrary(db);
  // A resolution in English and French: a language version.
  for (const file of ["en/resolutions/SC_2561_2021-E.xml", "fr/resolutions/SC_2561_2021-F.xml"]) {
    const { resolution, sourceText } = parsed(`corpus/un-sc-akn4un/${file}`);
    await importResolution(db, resolution, { sourceText });
  }
  // 78/228 and 80/228 are a series: version and obligation links.
  await linkVersions(db);
  const [first, second] = (await getResolution(db, "E/RES/2015/23"))?.obligations ?? [];
  if (!first || !second) throw new Error("the seed should hold obligations");
  const user = await createUser(db, {
    username: "alice",
    displayName: "Alice Officer",
    role: "editor",
    editableActorIds: ["unodc"],
    passwordHash: "scrypt$16384$8$1$c2FsdA==$aGFzaA==",
  });
  const tracked = await updateTracking(db, first.id, {
    expectedVersion: first.version,
    status: "in-progress",
    assigneeId: user.id,
    lead: "unodc",
    dueDate: "2026-12-01",
    user: "alice",
  });
  await correctObligation(db, first.id, {
    field: "bearers",
    value: ["unodc"],
    expectedVersion: tracked.version,
    user: "alice",
  });
  await confirmObligation(db, second.id, { expectedVersion: second.version, user: "bob" });
  await addEvidence(db, first.id, {
    documentSymbol: "E/CN.15/2016/7",
    date: "2016-02-12",
    user: "alice",
  });
  await addNote(db, first.id, { text: "Report in preparation.", user: "alice" });
  await addNote(db, first.id, {
    text: "Shared with the Commission.",
    visibility: "public",
    user: "alice",
  });
  await createSession(db, {
    tokenHash: "ab".repeat(32),
    userId: user.id,
    expiresAt: "2099-01-01T00:00:00.000Z",
  });
  await calendarFeedToken(db, user.id);
  await setSetting(db, "anonymousRead", true);
}
