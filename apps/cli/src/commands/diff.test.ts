/**
 * `mandates diff` on real versions: a draft file against its adopted text, and symbols read from a
 * library (a real SQLite file), in JSON and text.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../io.ts";
import { main } from "../main.ts";
import { sharedDir } from "../test-paths.ts";

const file = (name: string) => resolve(sharedDir, `corpus/un-ga-pdftext/${name}.txt`);

function fakeIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
    env,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("mandates diff", () => {
  const folder = mkdtempSync(join(tmpdir(), "mandates-diff-"));
  const env = { MANDATES_DB: join(folder, "library.db") };
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("compares two files as JSON: the draft and its adopted text", async () => {
    const run = fakeIo();
    const code = await main(
      ["diff", "--format", "json", file("A_C.3_80_L.4"), file("A_RES_80_228")],
      run.io,
    );
    expect(code).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.from).toBe("A/C.3/80/L.4");
    expect(result.to).toBe("A/RES/80/228");
    const total = Object.values(result.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(result.changes.length);
    expect(result.counts.unchanged).toBeGreaterThan(result.changes.length * 0.8);
  });

  it("compares two symbols of the library as text, naming what was added and dropped", async () => {
    const ingest = fakeIo(env);
    expect(await main(["ingest", file("A_RES_78_228"), file("A_RES_80_228")], ingest.io)).toBe(0);
    const run = fakeIo(env);
    expect(await main(["diff", "A/RES/78/228", "A/RES/80/228"], run.io)).toBe(0);
    const text = run.stdout();
    const [header] = text.split("\n");
    expect(header).toMatch(
      /^A\/RES\/78\/228 -> A\/RES\/80\/228: \d+ unchanged, \d+ changed, \d+ moved, \d+ added, \d+ dropped$/,
    );
    expect(text).toMatch(/\nadded op\d+ \(\d+\.\)\n/);
    expect(text).toMatch(/\ndropped (?:op|pp)\d+/);
    expect(text).toContain("{+");
  });

  it("says in a line when a version is neither a file nor in the library", async () => {
    const run = fakeIo(env);
    expect(await main(["diff", "A/RES/78/228", "A/RES/1/1"], run.io)).toBe(1);
    expect(run.stderr()).toBe("A/RES/1/1 is neither a file nor a resolution in the library.\n");
    const usage = fakeIo(env);
    expect(await main(["diff", "A/RES/78/228"], usage.io)).not.toBe(0);
  });
});
