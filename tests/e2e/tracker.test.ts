/**
 * The tracker as people use it, in Chromium against the built app over the seed resolution, on a
 * desktop (1440 x 900) and on a phone (390 x 844):
 * - history: each filter change is a step that Back and Forward walk, the filters following the
 *   address;
 * axe-core finds no violation on the pages seen.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importResolution, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  createAccounts,
  openBrowser,
  password,
  type RunningApp,
  repoRoot,
  screenshot,
  startApp,
} from "./browser.ts";

const seedText = readFileSync(join(repoRoot, "../shared/seed/E_RES_2015_23.txt"), "utf8");

let app: RunningApp;

/** Signs in as signIn() does, but Sign out is in the folded menu on a phone. */
async function signInAs(page: Page, username: string): Promise<void> {
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor({ state: "detached" });
}

beforeAll(async () => {
  checkPrerequisites();
  const folder = mkdtempSync(join(tmpdir(), "mandates-tracker-"));
  const file = join(folder, "library.db");
  const db = await openDatabase({ file });
  await createAccounts(db);
  await importResolution(db, parseResolution(seedText), { sourceText: seedText });
  await db.close();
  app = await startApp({ file });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

describe.each([
  ["desktop", 1440, 900],
  ["phone", 390, 844],
] as const)("the tracker on a %s", (size, width, height) => {
  let browser: Browser;
  let page: Page;

  async function noViolations(name: string): Promise<void> {
    await page.waitForLoadState("networkidle");
    await screenshot(page, `tracker-${size}-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width, height });
    await signInAs(page, "editor");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("makes each filter change a step that Back and Forward walk", async () => {
    await page.goto(`${app.url}/obligations`);
    await page.locator("tbody a.symbol").first().waitFor();
    const steps = [""];
    const step = async (change: () => Promise<void>) => {
      await change();
      await page.waitForURL((url) => url.search !== steps.at(-1));
      steps.push(new URL(page.url()).search);
    };
    await step(() => page.getByRole("checkbox", { name: "No indication" }).check());
    await step(() => page.getByLabel("Body", { exact: true }).selectOption("ecosoc"));
    await step(() => page.getByRole("checkbox", { name: "Overdue only" }).check());
    expect(new Set(steps).size).toBe(4);
    for (let i = steps.length - 2; i >= 0; i--) {
      await page.goBack();
      await page.waitForURL((url) => url.pathname === "/obligations" && url.search === steps[i]);
      // The filters follow the address.
      const filters = new URLSearchParams(steps[i]);
      expect(await page.getByRole("checkbox", { name: "Overdue only" }).isChecked()).toBe(
        filters.has("overdue"),
      );
      expect(await page.getByLabel("Body", { exact: true }).inputValue()).toBe(
        filters.get("body") ?? "",
      );
      expect(await page.getByRole("checkbox", { name: "No indication" }).isChecked()).toBe(
        filters.get("status") === "no-indication",
      );
    }
    await page.goForward();
    await page.waitForURL((url) => url.search === steps[1]);
    expect(await page.getByRole("checkbox", { name: "No indication" }).isChecked()).toBe(true);
    await page.goForward();
    await page.waitForURL((url) => url.search === steps[2]);
    expect(await page.getByLabel("Body", { exact: true }).inputValue()).toBe("ecosoc");
    // Clearing the filters is a step too: Back brings them back.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.search === "");
    await page.goBack();
    await page.waitForURL((url) => url.search === steps[2]);
    await noViolations("history");
  });
});
