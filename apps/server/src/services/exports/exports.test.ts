/**
 * Exports of a tracker view and report drafts, from a real library (SQLite) of A/RES/78/228 and
 * the seed: the CSV and the workbook read back (rows, typed cells, frozen header), formula-like
 * text kept as text, internal notes and assignees absent for readers without an account, and the
 * .docx read back with the parser's own Word reader.
 */
import { inflateRawSync } from "node:zlib";
import {
  addEvidence,
  addNote,
  createUser,
  type DatabaseHandle,
  getResolution,
  importResolution,
  listObligations,
  updateTracking,
} from "@mandates/db";
import { freshDatabase, type TestDatabase } from "@mandates/db/testing";
import { docxText, parseResolution } from "@mandates/parser";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedText } from "../../routers/test-support.ts";
import { reportDocx } from "../report/docx.ts";
import { reportDraft } from "../report/draft.ts";
import { csvCell } from "./csv.ts";
import { trackerExport } from "./tracker-export.ts";

const symbol = "A/RES/78/228";
let t: TestDatabase;
let db: DatabaseHandle;

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/** UTF-8, its byte-order mark kept. */
const textOf = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

/** RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  t = await freshDatabase("sqlite");
  db = t.db;
  for (const path of ["corpus/un-ga-pdftext/A_RES_78_228.txt", "seed/E_RES_2015_23.txt"]) {
    const text = sharedText(path);
    await importResolution(db, parseResolution(text), { sourceText: text });
  }
  const officer = await createUser(db, {
    username: "officer",
    displayName: "Trafficking Officer",
    role: "editor",
    passwordHash: "x",
  });
  const report = (await getResolution(db, symbol))?.obligations.find((o) =>
    /\breport\b/.test(o.action),
  );
  if (!report) throw new Error("A/RES/78/228 should ask for a report");
  await updateTracking(db, report.id, {
    expectedVersion: report.version,
    status: "in-progress",
    assigneeId: officer.id,
    user: "admin",
  });
  await addNote(db, report.id, { text: '=HYPERLINK("http://x")', user: "admin" });
  await addNote(db, report.id, { text: "Internal: the figures are late.", user: "admin" });
  await addNote(db, report.id, {
    text: "Contributions were requested from Member States.",
    visibility: "public",
    user: "admin",
  });
  await addEvidence(db, report.id, {
    documentSymbol: "A/80/150",
    note: "Report of the Secretary-General as issued",
    date: "2025-07-14",
    visibility: "public",
    user: "admin",
  });
});
afterAll(() => t?.drop());

describe("CSV", () => {
  it("defuses cells a spreadsheet would run as formulas, and quotes what must be", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+44 20")).toBe("'+44 20");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('a "quoted", text')).toBe('"a ""quoted"", text"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("yes");
    expect(csvCell(null)).toBe("");
  });

  it("holds a header and one row per obligation the filters match, in the tracker's order", async () => {
    const filters = { resolution: symbol, sort: "symbol" as const };
    const csv = textOf(
      await bytesOf(await trackerExport(db, { format: "csv", filters, signedIn: true })),
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const listed = await listObligations(db, { ...filters, limit: 500 });
    expect(rows).toHaveLength(listed.total + 1);
    expect(rows[0]).toContain("Assignee");
    const keys = rows.slice(1).map((r) => r[rows[0]?.indexOf("Obligation") ?? -1]);
    expect(keys).toEqual(listed.items.map((o) => o.key));
    const assigned = rows.find((r) => r.includes("Trafficking Officer"));
    expect(assigned).toContain("Implemented - in progress");

    const open = textOf(
      await bytesOf(await trackerExport(db, { format: "csv", filters, signedIn: false })),
    );
    expect(open).not.toContain("Assignee");
    expect(open).not.toContain("Trafficking Officer");
  });
});

describe(".xlsx", () => {
  it("has typed columns, a bold header row frozen above the rows, and reads back", async () => {
    const stream = await trackerExport(db, {
      format: "xlsx",
      filters: { sort: "symbol" },
      signedIn: true,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(stream)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const total = (await listObligations(db, {})).total;
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain("Due date");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const column = (name: string) => (header as string[]).indexOf(name);
    const row = sheet.getRow(2);
    expect(typeof row.getCell(column("Strength")).value).toBe("number");
    expect(row.getCell(column("Adopted")).value).toBeInstanceOf(Date);
    expect(typeof row.getCell(column("Overdue")).value).toBe("boolean");
  });

  it("puts each resolution on a sheet of its own when asked", async () => {
    const stream = await trackerExport(db, {
      format: "xlsx",
      filters: {},
      signedIn: false,
      sheets: "per-resolution",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(stream)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["A-RES-78-228", "E-RES-2015-23"]);
    const inOne = (await listObligations(db, { resolution: symbol })).total;
    expect(workbook.getWorksheet("A-RES-78-228")?.rowCount).toBe(inOne + 1);
  });
});

describe("the report draft", () => {
  it("cites the paragraph that requested the report and has a section per asking paragraph", async () => {
    const draft = await reportDraft(db, symbol);
    if (!draft) throw new Error("no draft");
    expect(draft.title).toBe(
      "Implementation of General Assembly resolution 78/228: report of the Secretary-General",
    );
    expect(draft.requestedBy.map((r) => r.heading)).toEqual(["Paragraph 33"]);
    expect(draft.requestedBy[0]?.text).toMatch(
      /^Requests the Secretary-General to submit .*report/,
    );
    const resolution = await getResolution(db, symbol);
    const asking = new Set(resolution?.obligations.map((o) => o.clause));
    expect(draft.sections).toHaveLength(asking.size);
    const words = JSON.stringify(draft);
    expect(words).toContain("Contributions were requested from Member States.");
    expect(words).toContain("A/80/150");
    expect(words).not.toContain("the figures are late");
    expect(words).not.toContain("Trafficking Officer");

    const text = docxText(new Uint8Array(await reportDocx(draft)), (data, limit) =>
      inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }),
    );
    expect(text).toContain(draft.title);
    expect(text).toContain("I. Introduction");
    expect(text).toContain(draft.requestedBy[0]?.text.split("\n")[0] ?? "?");
    for (const section of draft.sections) expect(text).toContain(`. ${section.heading}`);
    expect(text).toContain("Contributions were requested from Member States.");
    expect(text).not.toContain("the figures are late");
  });
});
