/**
 * The actors' list and the words of the Overview, in Chromium against the built app over the
 * seed resolution, on a desktop (1440 x 900) and on a phone (390 x 844):
 * - the Actors page counts each actor's obligations in force and leaves out those with none until
 *   asked for; the name typed and that choice are steps Back and Forward walk;
 * - the Overview says what is asked as one sentence of its bearers ("UNODC is requested to ..."),
 *   never the verb glued to the action.
 * axe-core finds no violation on the pages seen.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importResolution, listObligations, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  createAccounts,
  openBrowser,
  type RunningApp,
  repoRoot,
  screenshot,
  signInAtAnySize,
  startApp,
} from "./browser.ts";

const seedText = readFileSync(join(repoRoot, "../shared/seed/E_RES_2015_23.txt"), "utf8");

let app: RunningApp;
/** How many obligations each actor bears, counted from the list of obligations. */
const borne = new Map<string, number>();

beforeAll(async () => {
  checkPrerequisites();
  const folder = mkdtempSync(join(tmpdir(), "mandates-actors-"));
  const file = join(folder, "library.db");
  const db = await openDatabase({ file });
  await createAccounts(db);
  await importResolution(db, parseResolution(seedText), { sourceText: seedText });
  for (const o of (await listObligations(db, { limit: 500 })).items)
    for (const b of o.bearers) borne.set(b, (borne.get(b) ?? 0) + 1);
  await db.close();
  app = await startApp({ file });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

describe.each([
  ["desktop", 1440, 900],
  ["phone", 390, 844],
] as const)("actors and words, on a %s", (size, width, height) => {
  let browser: Browser;
  let page: Page;

  async function noViolations(name: string): Promise<void> {
    await page.waitForLoadState("networkidle");
    await screenshot(page, `actors-${size}-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width, height });
    await signInAtAnySize(page, app.url, "viewer");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("counts each actor's obligations, and shows those with none only when asked", async () => {
    await page.goto(`${app.url}/actors`);
    const rows = page.locator("tbody tr");
    await rows.first().waitFor();
    const shown = await rows.count();
    expect(shown).toBe(borne.size);
    for (let i = 0; i < shown; i++) {
      const cells = await rows.nth(i).locator("td").allTextContents();
      expect(Number(cells.at(-1))).toBeGreaterThan(0);
    }
    expect(await page.locator(".table-summary").textContent()).toMatch(
      new RegExp(`^${borne.size} actors; \\d+ more with no obligation not shown$`),
    );
    await noViolations("list");

    const steps = [""];
    await page.getByRole("checkbox", { name: "Show actors with no obligation" }).check();
    await page.waitForURL((url) => url.search === "?all=1");
    steps.push("?all=1");
    expect(await rows.count()).toBeGreaterThan(borne.size);
    await page.getByLabel("Name", { exact: true }).fill("UNODC");
    await page.getByLabel("Name", { exact: true }).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "UNODC");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(
      new RegExp(`United Nations Office on Drugs and Crime.*${borne.get("unodc")}$`),
    );
    await page.goBack();
    await page.waitForURL((url) => url.search === steps[1]);
    // The field follows the address once the page has drawn it.
    await expect.poll(() => page.getByLabel("Name", { exact: true }).inputValue()).toBe("");
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/actors" && url.search === "");
    await expect
      .poll(() =>
        page.getByRole("checkbox", { name: "Show actors with no obligation" }).isChecked(),
      )
      .toBe(false);
    await page.goForward();
    await page.waitForURL((url) => url.search === "?all=1");
  });

  it("says on the Overview what is asked as one sentence of its bearers", async () => {
    await page.goto(`${app.url}/overview`);
    const items = page.locator(".overview-item .action-link");
    await items.first().waitFor();
    const said = await items.allTextContents();
    for (const s of said) {
      expect(s).toMatch(/\b(is|are) [a-z]+( upon)?\b|\b[a-z]+s to\b/);
      expect(s).not.toMatch(/^\S*\s?(requests|invites|encourages|urges) [a-z]/);
    }
    expect(
      said.some((s) => /\b(is|are) (requested|invited|encouraged|urged|called upon)\b/.test(s)),
    ).toBe(true);
    await noViolations("overview");
  });
});
