/**
 * `mandates export --out FILE` writes a file only its owner can read (mode 0600): the export holds
 * password and session hashes. Also when the file already existed, readable by everyone.
 */
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createUser, type DialectName, hashPassword } from "@mandates/db";
import { freshDatabase, type TestDatabase } from "@mandates/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../io.ts";
import { exportCommand } from "./export.ts";

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe.each(["sqlite", "postgres"] as const)("mandates export on %s", (dialect: DialectName) => {
  let database: TestDatabase;
  let folder: string;
  const messages: string[] = [];
  const io = (): Io => ({
    stdout: (text) => void messages.push(text),
    stderr: (text) => void messages.push(text),
    stdin: (async function* () {})(),
    env: database.env,
  });

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await createUser(database.db, {
      username: "focal",
      displayName: "Focal point",
      role: "editor",
      passwordHash: await hashPassword("a long enough password"),
    });
    folder = mkdtempSync(join(tmpdir(), "mandates-export-mode-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it("creates the file with mode 0600", async () => {
    const file = join(folder, "new.json");
    expect(await exportCommand(["--out", file], io())).toBe(0);
    expect(modeOf(file).toString(8)).toBe("600");
    const dump = JSON.parse(readFileSync(file, "utf8"));
    expect(dump.tables.users.map((u: { username: string }) => u.username)).toEqual(["focal"]);
  });

  it("narrows a file that was readable by everyone to 0600 and replaces its content", async () => {
    const file = join(folder, "old.json");
    writeFileSync(file, "an older export");
    chmodSync(file, 0o666);
    expect(modeOf(file).toString(8)).toBe("666");
    expect(await exportCommand(["--out", file], io())).toBe(0);
    expect(modeOf(file).toString(8)).toBe("600");
    expect(JSON.parse(readFileSync(file, "utf8")).tables.users).toHaveLength(1);
    // Nothing is left beside it: the temporary file was renamed over the export.
    expect(readdirSync(folder).sort()).toEqual(["new.json", "old.json"]);
  });
});
