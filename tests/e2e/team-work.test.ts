/**
 * The team's daily work in Chromium, on the built app and a library of A/RES/78/228 (and the
 * seed): an editor assigns an obligation to their own account and finds it under "Assigned to me",
 * ticks 20 obligations (one, then shift-click) and sets their status in one step, exports the view
 * as CSV and as an Excel workbook and reads both back, previews and downloads the report draft for
 * A/RES/78/228 and reads it back (the paragraph that requested the report, a section per asking
 * paragraph), writes an internal and a public note; a reader without an account (the library open
 * to them) sees the public note and no internal one, on the page and through the API. axe-core
 * checks the tracker with a selection and the report preview.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import {
  createUser,
  hashPassword,
  importResolution,
  listObligations,
  openDatabase,
  setSetting,
} from "@mandates/db";
import { docxText, parseResolution } from "@mandates/parser";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  openBrowser,
  password,
  pick,
  type RunningApp,
  repoRoot,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const symbol = "A/RES/78/228";
const secret = "Internal: the donor has not confirmed the funds";
const shared = "Public: a regional workshop on the Plan of Action was held";

/** RFC 4180 rows. */
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

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const waiting: Promise<Download> = page.waitForEvent("download");
  await click();
  const path = await (await waiting).path();
  return readFileSync(path);
}

describe("the team's work in a browser", () => {
  let folder: string;
  let app: RunningApp;
  let editor: Browser;
  let page: Page;
  let keys: string[] = [];
  let reportId = 0;
  let askingParagraphs = 0;
  const tracker = () =>
    `${app.url}/obligations?resolution=${encodeURIComponent(symbol)}&sort=symbol`;

  beforeAll(async () => {
    checkPrerequisites();
    folder = mkdtempSync(join(tmpdir(), "mandates-team-"));
    const file = join(folder, "library.db");
    const db = await openDatabase({ file });
    const hash = await hashPassword(password);
    for (const role of ["admin", "editor", "viewer"] as const)
      await createUser(db, {
        username: role,
        displayName: `The ${role}`,
        role,
        passwordHash: hash,
      });
    for (const path of ["corpus/un-ga-pdftext/A_RES_78_228.txt", "seed/E_RES_2015_23.txt"]) {
      const text = readFileSync(join(repoRoot, "../shared", path), "utf8");
      await importResolution(db, parseResolution(text), { sourceText: text });
    }
    await setSetting(db, "anonymousRead", true);
    const listed = await listObligations(db, { resolution: symbol, limit: 500 });
    keys = listed.items.map((o) => o.key);
    const report = listed.items.find((o) => o.key === "op33.1");
    if (!report) throw new Error("A/RES/78/228 should hold op33.1");
    reportId = report.id;
    askingParagraphs = new Set(listed.items.map((o) => o.clause)).size;
    await db.close();
    app = await startApp({ file });
    editor = await openBrowser();
    page = editor.page;
    await signIn(page, app.url, "editor");
  }, 60_000);

  afterAll(async () => {
    await editor?.close();
    await app?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("assigns an obligation to an account and finds it under 'Assigned to me'", async () => {
    expect(keys.length).toBeGreaterThanOrEqual(21);
    // The request for the report: the Secretary-General's obligations of the resolution.
    await page.goto(`${tracker()}&actor=sg`);
    await page.getByRole("button", { name: `Assignee of ${symbol} op33.1: nobody. Edit` }).click();
    const field = page.getByRole("combobox", { name: `Assignee of ${symbol} op33.1` });
    await field.fill("The editor (editor)");
    await field.press("Enter");
    await page
      .getByRole("button", { name: `Assignee of ${symbol} op33.1: The editor (editor). Edit` })
      .waitFor();
    await pick(page, "Bearer", "");
    await page.getByText(`${keys.length} obligations`).waitFor();
    await pick(page, "Assignee", "Assigned to me");
    await page.getByText("1 obligation", { exact: true }).waitFor();
    expect(page.url()).toContain("assignee=me");
    expect(await page.locator(".data-table tbody tr:not(.spacer)").count()).toBe(1);
    await pick(page, "Assignee", "");
    await page.getByText(`${keys.length} obligations`).waitFor();
  });

  it("sets the status of 20 obligations in one step: one ticked, then shift-click", async () => {
    const row = (n: number) => page.locator(`.data-table tr[aria-rowindex="${n + 1}"] .row-select`);
    await row(1).click();
    await page.getByText("1 obligation selected.").waitFor();
    // The 20th row: scroll the table until it is drawn, then shift-click it.
    const twentieth = row(20);
    for (let i = 0; i < 20 && !(await twentieth.count()); i++)
      await page.locator(".table-scroll").evaluate((el) => {
        (el as unknown as { scrollTop: number }).scrollTop += 200;
      });
    await twentieth.click({ modifiers: ["Shift"] });
    await page.getByText("20 obligations selected.").waitFor();
    await screenshot(page, "tracker-bulk");
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(violations).toEqual([]);
    await page.getByLabel("Set status").selectOption("completed");
    await page.getByRole("button", { name: "Apply to 20" }).click();
    await page.getByText("Set on 20 obligations; 20 changed.").waitFor();
  });

  it("exports the view as CSV and as an Excel workbook that read back", async () => {
    await page.goto(tracker());
    await page.getByText(`${keys.length} obligations`).waitFor();
    const csv = (
      await downloaded(page, () => page.getByRole("link", { name: "Export CSV" }).click())
    ).toString("utf8");
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(keys.length + 1);
    const header = rows[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    expect(
      rows
        .slice(1)
        .map((r) => r[at("Obligation")] ?? "")
        .sort(),
    ).toEqual([...keys].sort());
    expect(rows.filter((r) => r[at("Status")] === "Completed")).toHaveLength(20);
    expect(rows.find((r) => r[at("Obligation")] === "op33.1")?.[at("Assignee")]).toBe("The editor");

    const workbook = new ExcelJS.Workbook();
    const bytes = await downloaded(page, () =>
      page.getByRole("link", { name: "Export Excel" }).click(),
    );
    await workbook.xlsx.load(new Uint8Array(bytes).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("the workbook has no sheet");
    expect(sheet.rowCount).toBe(keys.length + 1);
    expect(sheet.getCell("A1").value).toBe("Resolution");
    const names = sheet.getRow(1).values as string[];
    const report = sheet
      .getRows(2, keys.length)
      ?.find((r) => r.getCell(names.indexOf("Obligation")).value === "op33.1");
    expect(report?.getCell(names.indexOf("Assignee")).value).toBe("The editor");
    expect(typeof report?.getCell(names.indexOf("Strength")).value).toBe("number");
  });

  it("previews and downloads the report draft for A/RES/78/228", async () => {
    await page.getByRole("link", { name: "Report draft" }).click();
    const title =
      "Implementation of General Assembly resolution 78/228: report of the Secretary-General";
    await page.getByRole("heading", { name: title }).waitFor();
    expect(await page.locator(".report-section").count()).toBe(askingParagraphs);
    await screenshot(page, "report-draft");
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(violations).toEqual([]);
    const docx = await downloaded(page, () =>
      page.getByRole("link", { name: "Download .docx" }).click(),
    );
    const text = docxText(new Uint8Array(docx), (data, limit) =>
      inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }),
    );
    expect(text).toContain(title);
    expect(text).toContain("Paragraph 33:");
    expect(text).toMatch(
      /Requests the Secretary-General to submit a report on the implementation of the present resolution/,
    );
    const sections = text.split("\n").filter((line) => /^[A-Z]{1,2}\. Paragraph \d+$/.test(line));
    expect(sections).toHaveLength(askingParagraphs);
  });

  it("shows readers without an account the public note and never the internal one", async () => {
    await page.goto(`${app.url}/obligations/${reportId}`);
    const note = page.getByLabel("Add a note");
    await note.fill(secret);
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByText(secret).first().waitFor();
    await note.fill(shared);
    await page
      .getByLabel("Public: shown to readers without an account and in report drafts")
      .last()
      .check();
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByText(shared).first().waitFor();

    const reader = await openBrowser();
    try {
      await reader.page.goto(`${app.url}/obligations/${reportId}`);
      await reader.page.getByText(shared).first().waitFor();
      const body = (await reader.page.locator("main").textContent()) ?? "";
      expect(body).not.toContain(secret);
      expect(body).not.toContain("The editor");
      expect(body).not.toMatch(/Assignee/);
      const api = await reader.context.request.get(
        `${app.url}/trpc/obligations.get?input=${encodeURIComponent(JSON.stringify({ id: reportId }))}`,
      );
      expect(api.status()).toBe(200);
      const answer = await api.text();
      expect(answer).toContain(shared);
      expect(answer).not.toContain(secret);
      expect(answer).not.toContain('"editor"');
      const history = await reader.context.request.get(
        `${app.url}/trpc/obligations.history?input=${encodeURIComponent(JSON.stringify({ id: reportId }))}`,
      );
      expect(await history.text()).not.toContain(secret);
    } finally {
      await reader.close();
    }
  });
});
