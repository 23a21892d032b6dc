/**
 * `mandates export --format csv|xlsx|docx` on a library file: the tracker's rows as CSV and as a
 * workbook (read back: row count, a known cell), a report draft for A/RES/78/228 (read back with
 * the parser's Word reader), and refusals in one line.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { listObligations } from "@mandates/db";
import { freshDatabase, type TestDatabase } from "@mandates/db/testing";
import { docxText } from "@mandates/parser";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../http/harness.ts";
import { runCli } from "./run-cli.ts";

const symbol = "A/RES/78/228";
let t: TestDatabase;
let folder: string;

beforeAll(async () => {
  t = await freshDatabase("sqlite");
  folder = mkdtempSync(join(tmpdir(), "mandates-views-"));
  const inputs = ["seed/E_RES_2015_23.txt", "corpus/un-ga-pdftext/A_RES_78_228.txt"].map((p) =>
    join(repoRoot, "../shared", p),
  );
  expect((await runCli(["ingest", ...inputs], t.env)).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await t?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("mandates export --format", () => {
  it("writes a tracker view as CSV and as a workbook", { timeout: 60_000 }, async () => {
    const total = (await listObligations(t.db, { resolution: symbol })).total;
    const csv = await runCli(["export", "--format", "csv", "--resolution", symbol], t.env);
    expect(csv.code).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(total + 1);
    expect(lines[0]).toMatch(/^Resolution,Body,Adopted,Paragraph,Obligation,/);
    expect(
      lines.slice(1).every((l) => l.startsWith(`${symbol},General Assembly,2023-12-19,`)),
    ).toBe(true);

    const file = join(folder, "view.xlsx");
    const xlsx = await runCli(["export", "--format", "xlsx", "--out", file], t.env);
    expect(xlsx.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe((await listObligations(t.db, {})).total + 1);
    expect(sheet?.getCell("A1").value).toBe("Resolution");
  });

  it("writes a report draft for a resolution", { timeout: 60_000 }, async () => {
    const file = join(folder, "report.docx");
    const result = await runCli(
      ["export", "--format", "docx", "--resolution", symbol, "--out", file],
      t.env,
    );
    expect(result.code).toBe(0);
    const text = docxText(new Uint8Array(readFileSync(file)), (data, limit) =>
      inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }),
    );
    expect(text).toContain(
      "Implementation of General Assembly resolution 78/228: report of the Secretary-General",
    );
    expect(text).toContain("Paragraph 33:");
    expect(text).toMatch(/Requests the Secretary-General to submit a report on the implementation/);
  });

  it("refuses what it cannot do in one line", async () => {
    const noResolution = await runCli(["export", "--format", "docx"], t.env);
    expect(noResolution.code).toBe(2);
    expect(noResolution.stderr).toMatch(/a report draft is for one resolution/);
    const badFormat = await runCli(["export", "--format", "pdf"], t.env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format: one of csv, xlsx, docx/);
    const stray = await runCli(["export", "--status", "completed"], t.env);
    expect(stray.code).toBe(2);
    const missing = await runCli(
      ["export", "--format", "docx", "--resolution", "A/RES/1/1"],
      t.env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
