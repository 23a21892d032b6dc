/**
 * Every page on a phone (390 x 844, in Chromium against the built app, signed in as an admin so
 * that every page is there): none scrolls sideways, axe-core finds no violation, nothing shifts
 * once shown (layout shift under 0.1), and a screenshot of each is saved in tests/results/
 * (phone-*.png); every page is held to the same at 360 px and on a desktop (1440 x 900). The
 * tracker keeps its key columns: the obligation, its due date and status. The header folds into a menu that opens, leads to a page and closes. And the
 * words pages use: what is asked is said of its bearers ("Requested of", "is requested to"), and
 * the deadlines page opens on the next 90 days, with months where nothing falls due left out.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getResolution, importResolution, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AxeViolation,
  axeViolations,
  type Browser,
  checkPrerequisites,
  createAccounts,
  layoutShiftSoFar,
  openBrowser,
  password,
  type RunningApp,
  repoRoot,
  screenshot,
  startApp,
} from "./browser.ts";

const seedText = readFileSync(join(repoRoot, "../shared/seed/E_RES_2015_23.txt"), "utf8");

describe("every page on a phone", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let obligationId = 0;

  /** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
  const sideways = () =>
    page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );

  /** The elements that reach past the screen's right edge (the innermost few), to say why. */
  const wider = () =>
    page.evaluate<string[]>(`[...document.querySelectorAll("main *, header *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
      .slice(0, 4)
      .map((e) => e.tagName.toLowerCase() + "." + [...e.classList].join(".") + " " + Math.round(e.getBoundingClientRect().right))`);

  beforeAll(async () => {
    checkPrerequisites();
    const folder = mkdtempSync(join(tmpdir(), "mandates-phone-"));
    const file = join(folder, "library.db");
    const db = await openDatabase({ file });
    await createAccounts(db);
    await importResolution(db, parseResolution(seedText), { sourceText: seedText });
    obligationId = (await getResolution(db, "E/RES/2015/23"))?.obligations[0]?.id ?? 0;
    await db.close();
    app = await startApp({ file });
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width: 390, height: 844 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("shows the sign-in page without sideways scrolling", async () => {
    await page.goto(app.url);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await sideways()).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-sign-in");
    expect(await axeViolations(page)).toEqual([]);
    // Signed in as signIn() does, but Sign out is in the folded menu on a phone.
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor({ state: "detached" });
  });

  it("folds the header into a menu that opens, leads to a page and closes", async () => {
    await page.goto(app.url);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.waitFor();
    expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-menu-open");
    expect(await axeViolations(page)).toEqual([]);
    await nav.getByRole("link", { name: "Deadlines" }).click();
    await page.waitForURL(/\/deadlines$/);
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
  });

  const pages: Array<[name: string, path: () => string, heading: RegExp]> = [
    ["library", () => "/", /^Library$/],
    ["library-search", () => "/?q=trafficking", /^Library$/],
    ["reader", () => "/resolutions/E/RES/2015/23", /2015\/23\./],
    ["actors", () => "/actors", /^Actors$/],
    ["actors-all", () => "/actors?all=1", /^Actors$/],
    ["actor", () => "/actors/unodc", /United Nations Office on Drugs and Crime/],
    ["deadlines", () => "/deadlines", /^Deadlines in the next 90 days$/],
    ["deadlines-2017", () => "/deadlines?year=2017", /^Deadlines in 2017$/],
    ["import", () => "/import", /^Import a resolution$/],
    ["accounts", () => "/accounts", /^Accounts$/],
    ["account", () => "/account", /./],
    ["report", () => "/report?resolution=E%2FRES%2F2015%2F23", /./],
    ["overview", () => "/overview", /^Overview$/],
    ["tracker", () => "/obligations", /^Obligations$/],
    ["tracker-filtered", () => "/obligations?actor=sg&status=no-indication", /^Obligations$/],
    ["obligation", () => `/obligations/${obligationId}`, /^(Requested of|Called upon|\w+)/],
  ];

  /** Every page at one size: what scrolls sideways, shifts or fails axe, by page (none expected). */
  async function everyPage(size: string) {
    const problems: Record<
      string,
      { sideways: number; wider: string[]; shift: number; axe: AxeViolation[] }
    > = {};
    for (const [name, path, heading] of pages) {
      await page.goto(`${app.url}${path()}`);
      // Generous: this machine is shared, and a page may wait its turn.
      await page
        .getByRole("heading", { level: 1, name: heading })
        .first()
        .waitFor({ timeout: 45_000 });
      await page.waitForLoadState("networkidle");
      const found = {
        sideways: await sideways(),
        wider: await wider(),
        shift: await layoutShiftSoFar(page),
        axe: await axeViolations(page),
      };
      await screenshot(page, `${size}-${name}`);
      if (found.sideways > 0 || found.shift >= 0.1 || found.axe.length) problems[name] = found;
    }
    return problems;
  }

  it("lays out every page within the screen, with no accessibility violation or layout shift", async () => {
    expect(await everyPage("phone")).toEqual({});
  }, 400_000);

  it("holds every page to the same on the smallest phone (360 px) and on a desktop", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const small = await everyPage("phone-360");
    await page.setViewportSize({ width: 1440, height: 900 });
    const desktop = await everyPage("desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    expect({ small, desktop }).toEqual({ small: {}, desktop: {} });
  }, 600_000);

  it("keeps the tracker's key columns on a phone: the obligation, its due date and status", async () => {
    await page.goto(`${app.url}/obligations`);
    const table = page.getByRole("table", { name: "Obligations matching the filters" });
    const row = table.locator("tbody tr:not(.spacer)").first();
    await row.getByRole("link", { name: "E/RES/2015/23" }).waitFor();
    const headers = await table.locator("thead th").allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(["Select", "Obligation", "Due, status"]);
    // What is asked, of whom, and its status, all within the screen.
    expect(await row.textContent()).toMatch(/(Requested of|Called upon|Invited|Encouraged|Urged)/);
    const status = row.getByLabel(/^Status of /);
    const box = await status.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  });

  it("says what is asked of whom, and skips the months where nothing falls due", async () => {
    await page.goto(`${app.url}/deadlines?year=2017`);
    const items = page.locator(".due-item");
    await items.first().waitFor();
    const months = page.locator(".timeline > .month");
    for (let i = 0; i < (await months.count()); i++)
      expect(await months.nth(i).locator(".due-item").count()).toBeGreaterThan(0);
    expect(await page.locator(".table-summary").textContent()).toMatch(/Nothing falls due in /);
    const said = await page.locator(".due-what > a").allTextContents();
    expect(
      said.some((s) => /\b(is|are) (requested|invited|encouraged|urged|called upon)\b/.test(s)),
    ).toBe(true);
    for (const s of said) expect(s).not.toMatch(/·\s*(requests|invites|encourages)/);
    await page.goto(`${app.url}/resolutions/E/RES/2015/23`);
    await page.locator("#op11 .obligation-card").first().waitFor();
    expect(await page.locator("#op11 .obligation-who").first().textContent()).toMatch(
      /^Requested of /,
    );
  });
});
