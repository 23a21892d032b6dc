/**
 * The overview and the digest in Chromium, on the built app and a library of A/RES/78/228 and the
 * seed: an editor signs in and lands on the overview (what is overdue, due soon, assigned to them,
 * changed lately, and progress charts with labelled axes); gives an address on the account page
 * (a malformed one refused in words) and reads the digest there, the server having no SMTP relay;
 * confirms a resolution's extracted values in one step from the tracker; asks the tracker for
 * superseded drafts. A reader without an account sees the overview without assignees or internal
 * notes, on the page and through the API. axe-core checks each page.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDays,
  addNote,
  createUser,
  getResolution,
  hashPassword,
  importResolution,
  listObligations,
  openDatabase,
  setSetting,
  updateTracking,
} from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  openBrowser,
  password,
  type RunningApp,
  repoRoot,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const symbol = "A/RES/78/228";
const secret = "Internal: the focal point is on leave until March";
const today = new Date().toISOString().slice(0, 10);

async function accessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  const violations = (await axeViolations(page)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(violations, name).toEqual([]);
}

describe("the overview and the digest in a browser", () => {
  let folder: string;
  let file: string;
  let app: RunningApp;
  let editor: Browser;
  let page: Page;
  const ids = { assigned: 0, soon: 0, late: 0 };

  beforeAll(async () => {
    checkPrerequisites();
    folder = mkdtempSync(join(tmpdir(), "mandates-overview-"));
    file = join(folder, "library.db");
    const db = await openDatabase({ file });
    const hash = await hashPassword(password);
    const accounts = [];
    for (const role of ["admin", "editor", "viewer"] as const)
      accounts.push(
        await createUser(db, {
          username: role,
          displayName: `The ${role}`,
          role,
          passwordHash: hash,
        }),
      );
    for (const path of ["corpus/un-ga-pdftext/A_RES_78_228.txt", "seed/E_RES_2015_23.txt"]) {
      const text = readFileSync(join(repoRoot, "../shared", path), "utf8");
      await importResolution(db, parseResolution(text), { sourceText: text });
    }
    await setSetting(db, "anonymousRead", true);
    const [assigned, soon, late] = (await listObligations(db, { resolution: symbol, limit: 3 }))
      .items;
    if (!assigned || !soon || !late) throw new Error(`${symbol} should ask three things`);
    const editorAccount = accounts[1];
    if (!editorAccount) throw new Error("no editor");
    await updateTracking(db, assigned.id, {
      expectedVersion: assigned.version,
      assigneeId: editorAccount.id,
      status: "in-progress",
      user: "admin",
    });
    await updateTracking(db, soon.id, {
      expectedVersion: soon.version,
      dueDate: addDays(today, 12),
      user: "admin",
    });
    await updateTracking(db, late.id, {
      expectedVersion: late.version,
      dueDate: addDays(today, -20),
      user: "admin",
    });
    await addNote(db, soon.id, { text: secret, user: "admin" });
    Object.assign(ids, { assigned: assigned.id, soon: soon.id, late: late.id });
    await db.close();
    app = await startApp({ file });
    editor = await openBrowser();
    page = editor.page;
  }, 60_000);

  afterAll(async () => {
    await editor?.close();
    await app?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("lands a signed-in editor on the overview", async () => {
    await signIn(page, app.url, "editor");
    await page.waitForURL(/\/overview$/);
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    const section = (name: string) =>
      page.locator("section", { has: page.getByRole("heading", { name, level: 2 }) });
    const link = (id: number) => `a[href="/obligations/${id}"]`;
    await section("Assigned to me").locator(link(ids.assigned)).waitFor();
    await section("Due in the next 90 days").locator(link(ids.soon)).waitFor();
    await section("Overdue").locator(link(ids.late)).waitFor();
    // The latest change first: the internal note, by the admin, shown to those signed in.
    const recent = section("Recently changed").locator("tbody tr").first();
    expect(await recent.textContent()).toContain(secret);
    expect(await recent.textContent()).toContain("admin");
    expect(await page.locator(".overview-figures").textContent()).toMatch(/Assigned to me, open1/);

    // Charts with labelled axes, and their figures as a table.
    const byActor = section("Progress by lead entity");
    const axes = await byActor.locator("svg .chart-axis-title").allTextContents();
    expect(axes).toEqual(["Lead entity", "Obligations"]);
    expect(await byActor.locator("svg rect").count()).toBeGreaterThan(2);
    const byResolution = section("Progress by resolution");
    expect(await byResolution.locator("svg .chart-axis-title").allTextContents()).toEqual([
      "Resolution",
      "Obligations",
    ]);
    expect(await byResolution.locator("tbody th").allTextContents()).toEqual([
      symbol,
      "E/RES/2015/23",
    ]);
    await accessible(page, "overview");
  });

  it("keeps an address on the account page, refusing a malformed one, and shows the digest", async () => {
    await page.goto(`${app.url}/account`);
    await page.getByRole("heading", { name: "Your digest", exact: true }).waitFor();
    await page.getByText("This server does not send e-mail").waitFor();
    const address = page.getByLabel("E-mail address");
    await address.fill("two words@un.org");
    await page.getByLabel("Send me the digest by e-mail").check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("letters, digits and . _ + - before the @, no spaces").waitFor();
    expect(await address.getAttribute("aria-invalid")).toBe("true");
    await address.fill("editor@un.org");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved: the digest will go to editor@un.org.").waitFor();
    const preview = page.locator(".digest-preview");
    await preview.locator(`a[href="/obligations/${ids.late}"]`).waitFor();
    await preview.locator(`a[href="/obligations/${ids.soon}"]`).waitFor();
    await accessible(page, "account-digest");
  });

  it("confirms every extracted value of a resolution from the tracker", async () => {
    await page.goto(`${app.url}/obligations?resolution=${encodeURIComponent(symbol)}`);
    await page.getByRole("button", { name: "Confirm all extracted values" }).click();
    await page.getByRole("button", { name: "Yes, confirm all" }).click();
    const status = page.getByText(
      new RegExp(`obligations of ${symbol.replace(/\//g, "\\/")} confirmed as extracted`),
    );
    await status.waitFor();
    const confirmed = Number(/^(\d+)/.exec((await status.textContent()) ?? "")?.[1]);
    const db = await openDatabase({ file });
    try {
      const stored = (await getResolution(db, symbol))?.obligations ?? [];
      expect(confirmed).toBe(stored.length);
      expect(
        stored.every((o) => o.review.verb !== "extracted" && o.review.bearers !== "extracted"),
      ).toBe(true);
    } finally {
      await db.close();
    }

    await page.getByLabel("Show superseded drafts").check();
    await page.waitForURL(/superseded=1/);
    expect(await page.getByLabel("Show superseded drafts").isChecked()).toBe(true);
    await accessible(page, "tracker-confirm-all");
  });

  it("shows a reader without an account the overview without assignees or internal notes", async () => {
    const reader = await openBrowser();
    try {
      await reader.page.goto(`${app.url}/overview`);
      await reader.page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
      await reader.page.getByText("(public information only)").waitFor();
      await reader.page
        .locator("section", { hasText: "Overdue" })
        .locator(`a[href="/obligations/${ids.late}"]`)
        .first()
        .waitFor();
      const body = (await reader.page.locator("main").textContent()) ?? "";
      expect(body).not.toContain(secret);
      expect(body).not.toContain("Assigned to me");
      expect(body).not.toContain("The editor");
      const api = await reader.context.request.get(`${app.url}/trpc/overview.get`);
      expect(api.status()).toBe(200);
      const answer = await api.text();
      expect(answer).toContain(`"id":${ids.late}`);
      expect(answer).not.toContain(secret);
      expect(answer).not.toContain('"username"');
      await accessible(reader.page, "overview-public");
    } finally {
      await reader.close();
    }
  });

  it("tells an admin that this server mails no digest, having no SMTP relay", async () => {
    const admin = await openBrowser();
    try {
      await signIn(admin.page, app.url, "admin");
      await admin.page.goto(`${app.url}/accounts`);
      await admin.page.getByRole("heading", { name: "Digests by e-mail" }).waitFor();
      await admin.page.getByText("This server has no SMTP relay").waitFor();
      expect(await admin.page.getByRole("button", { name: "Send the digests now" }).count()).toBe(
        0,
      );
      await accessible(admin.page, "accounts-digest");
    } finally {
      await admin.close();
    }
  });
});
