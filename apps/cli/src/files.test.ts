import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFiles } from "./files.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mandates-files-"));
  await mkdir(join(dir, "sc"));
  for (const name of [
    "a.txt",
    "b.docx",
    "c.pdf",
    "notes.json",
    "README.md",
    "sc/S_RES_2.xml",
    "sc/S_RES_10.XML",
  ])
    await writeFile(join(dir, name), "x");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("findFiles", () => {
  it("takes .txt, .xml, .docx and .pdf files inside folders, recursively, in a stable order", async () => {
    const found = await findFiles([dir]);
    expect(found.map((f) => f.path.slice(dir.length + 1))).toEqual([
      "a.txt",
      "b.docx",
      "c.pdf",
      "sc/S_RES_2.xml",
      "sc/S_RES_10.XML",
    ]);
    expect(found.every((f) => !f.named)).toBe(true);
  });

  it("takes a named file whatever its extension, and a missing one to fail when read", async () => {
    const named = [join(dir, "notes.json"), join(dir, "missing.xml")];
    expect(await findFiles(named)).toEqual(named.map((path) => ({ path, named: true })));
  });
});
