/**
 * The tracker as people use it, in Chromium against the built app over the seed resolution, on a
 * desktop (1440 x 900) and on a phone (390 x 844):
 * - history: each filter change is a step that Back and Forward walk, the filters following the
 *   address;
 * - keyboard only: a filter typed, a status stepped through with the arrows (nothing saved until
 *   Enter; Escape drops it), saved with the focus kept on it; ArrowUp and ArrowDown between rows;
 *   rows selected with Space and Shift+Space; the due date's editor opened and cancelled with the
 *   focus back on it, a visible focus ring; evidence added on the obligation's page;
 * - pickers: the bearer is a searchable combobox (any of an actor's names, typed in part), each
 *   actor with its count of obligations, those with none left out until asked for; picked by
 *   keyboard; a resolution's symbol suggested as one types, with its title;
 * axe-core finds no violation on the pages seen.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getResolution, importResolution, openDatabase } from "@mandates/db";
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
/** The seed's obligations in force: each size works on its own one. */
let obligations: Array<{ id: number; key: string }> = [];

beforeAll(async () => {
  checkPrerequisites();
  const folder = mkdtempSync(join(tmpdir(), "mandates-tracker-"));
  const file = join(folder, "library.db");
  const db = await openDatabase({ file });
  await createAccounts(db);
  await importResolution(db, parseResolution(seedText), { sourceText: seedText });
  obligations = (await getResolution(db, "E/RES/2015/23"))?.obligations ?? [];
  await db.close();
  app = await startApp({ file });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

/** The focused element, described as "its accessible label | its link": what a tab stop is. */
const focused = (page: Page) =>
  page.evaluate<string>(`(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "";
    const label = e.getAttribute("aria-label") || (e.labels && e.labels[0] ? e.labels[0].textContent : "") || e.textContent || "";
    return label.trim().replace(/\\s+/g, " ") + " | " + (e.getAttribute("href") || "");
  })()`);

/** Presses Tab (or Shift+Tab) until the focus is on what `stop` matches: reachable by keyboard. */
async function tabTo(page: Page, stop: RegExp, key = "Tab"): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const now = await focused(page);
    if (stop.test(now)) return now;
    await page.keyboard.press(key);
  }
  throw new Error(`${stop} is not reachable with ${key}`);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe.each([
  ["desktop", 1440, 900, 0],
  ["phone", 390, 844, 1],
] as const)("the tracker on a %s", (size, width, height, which) => {
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
    await signInAtAnySize(page, app.url, "editor");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("makes each filter change a step that Back and Forward walk", async () => {
    await page.goto(`${app.url}/obligations`);
    await page.locator("tbody a.symbol").first().waitFor();
    const steps = [""];
    const step = async (change: () => Promise<unknown>) => {
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
      // The filters follow the address, once the page has drawn it.
      const filters = new URLSearchParams(steps[i]);
      await expect
        .poll(() => page.getByRole("checkbox", { name: "Overdue only" }).isChecked())
        .toBe(filters.has("overdue"));
      await expect
        .poll(() => page.getByLabel("Body", { exact: true }).inputValue())
        .toBe(filters.get("body") ?? "");
      await expect
        .poll(() => page.getByRole("checkbox", { name: "No indication" }).isChecked())
        .toBe(filters.get("status") === "no-indication");
    }
    await page.goForward();
    await page.waitForURL((url) => url.search === steps[1]);
    await expect
      .poll(() => page.getByRole("checkbox", { name: "No indication" }).isChecked())
      .toBe(true);
    await page.goForward();
    await page.waitForURL((url) => url.search === steps[2]);
    await expect.poll(() => page.getByLabel("Body", { exact: true }).inputValue()).toBe("ecosoc");
    // Clearing the filters is a step too: Back brings them back.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.search === "");
    await page.goBack();
    await page.waitForURL((url) => url.search === steps[2]);
    await noViolations("history");
  });

  it("is worked by keyboard alone: filter, status saved on Enter, rows, selection, evidence", async () => {
    const { id, key } = obligations[which] ?? { id: 0, key: "" };
    const updates: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("tracking.update")) updates.push(r.url());
    });
    await page.goto(`${app.url}/obligations`);
    await page.locator("tbody a.symbol").first().waitFor();

    // Filter: the resolution's symbol, typed, and Enter.
    await tabTo(page, /^Resolution \|/);
    await page.keyboard.type("2015/23");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("resolution") === "2015/23");

    // The status: the arrows step through its options without saving; Escape drops the step.
    const status = page.getByLabel(`Status of E/RES/2015/23 ${key}`, { exact: true });
    await status.waitFor();
    await tabTo(page, new RegExp(`^Status of E/RES/2015/23 ${escaped(key)} \\|`));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await status.inputValue()).toBe("completed");
    await page.keyboard.press("Escape");
    expect(await status.inputValue()).toBe("no-indication");
    expect(updates).toEqual([]);
    // Enter saves the option reached, and the focus stays on it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const saved = page.waitForResponse((r) => r.url().includes("tracking.update"));
    await page.keyboard.press("Enter");
    expect((await saved).ok()).toBe(true);
    expect(updates.length).toBe(1);
    await page.waitForLoadState("networkidle");
    expect(await focused(page)).toMatch(new RegExp(`^Status of E/RES/2015/23 ${escaped(key)} \\|`));
    expect(await status.inputValue()).toBe("completed");
    const ring = await page.evaluate<string>(
      "getComputedStyle(document.activeElement).outlineStyle",
    );
    expect(ring).not.toBe("none");

    // Between rows: ArrowDown and ArrowUp on the obligation's link keep to its column.
    const link = await tabTo(page, new RegExp(`\\| /obligations/${id}$`), "Shift+Tab");
    await page.keyboard.press("ArrowDown");
    const below = await focused(page);
    expect(below).toMatch(/\| \/obligations\/\d+$/);
    expect(below).not.toBe(link);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe(link);

    // Selection: Space ticks a row's box, Shift+Space every row from it to the one reached.
    await tabTo(page, /^Select E\/RES\/2015\/23 /, "Shift+Tab");
    await page.keyboard.press("Space");
    await page.getByText("1 obligation selected.").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatch(/^Select E\/RES\/2015\/23 /);
    await page.keyboard.press("Shift+Space");
    await page.getByText("3 obligations selected.").waitFor();
    await noViolations("keyboard");

    // The due date: Enter opens its editor, Escape closes it, and the focus is back on it.
    const due = new RegExp(`^Due date of E/RES/2015/23 ${escaped(key)}: .*\\. Edit \\|`);
    await tabTo(page, due);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatch(
      new RegExp(`^Due date of E/RES/2015/23 ${escaped(key)} \\|`),
    );
    await page.keyboard.press("Escape");
    expect(await focused(page)).toMatch(due);

    // Evidence, on the obligation's page, opened from its row.
    await tabTo(page, new RegExp(`\\| /obligations/${id}$`), "Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/obligations/${id}`);
    await page.getByRole("heading", { name: "Record progress" }).waitFor();
    await tabTo(page, /^Link \|/);
    const evidence = `https://undocs.org/E/CN.15/2017/${which + 5}`;
    await page.keyboard.type(evidence);
    await tabTo(page, /^What it shows \|/);
    await page.keyboard.type("Report of the Secretary-General");
    await tabTo(page, /^Save \|/);
    await page.keyboard.press("Enter");
    await page.getByText("Saved.").waitFor();
    await page.getByRole("link", { name: evidence }).first().waitFor();
    await noViolations("evidence");
  }, 90_000);

  it("picks a bearer by typing part of its name, with counts, actors with none on request", async () => {
    await page.goto(`${app.url}/obligations`);
    await page.locator("tbody a.symbol").first().waitFor();
    const bearer = page.getByRole("combobox", { name: "Bearer", exact: true });
    expect(await bearer.getAttribute("aria-expanded")).toBe("false");
    await bearer.focus();
    await page.keyboard.type("drugs");
    expect(await bearer.getAttribute("aria-expanded")).toBe("true");
    const list = page.getByRole("listbox", { name: "Bearer" });
    const unodc = list.getByRole("option", {
      name: /^United Nations Office on Drugs and Crime \(UNODC\)/,
    });
    // UNODC bears five of the seed's obligations.
    expect(await unodc.textContent()).toMatch(/5 obligations$/);
    // The option the arrows reach is the one the field points to.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const active = await bearer.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute("aria-selected")).toBe("true");
    await noViolations("picker-open");
    // Every actor listed bears something, and the count says so.
    await bearer.fill("");
    await page.keyboard.type("a");
    const details = await list.getByRole("option").allTextContents();
    for (const d of details.slice(1, -1)) expect(d).toMatch(/ [1-9]\d* obligations?$/);
    // The Security Council bears nothing in the seed: listed only when asked for.
    await bearer.fill("Security Council");
    expect(await list.getByRole("option", { name: /^Security Council/ }).count()).toBe(0);
    const more = list.getByRole("option", { name: /^Show \d+ more actors?, with no obligation$/ });
    expect(await more.count()).toBe(1);
    await page.keyboard.press("Enter");
    await list.getByRole("option", { name: /^Security Council 0 obligations$/ }).waitFor();
    await page.keyboard.press("Escape");
    expect(await bearer.getAttribute("aria-expanded")).toBe("false");
    // Picked by keyboard: typed, then Enter on the first match.
    await bearer.fill("");
    await page.keyboard.type("UNODC");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("actor") === "unodc");
    await page.getByText("5 obligations", { exact: true }).waitFor();
    expect(await bearer.inputValue()).toBe("United Nations Office on Drugs and Crime (UNODC)");
    await noViolations("picker-chosen");

    // A resolution: its symbols suggested as one types, with their titles; the arrows reach one.
    const resolution = page.getByRole("combobox", { name: "Resolution", exact: true });
    await resolution.focus();
    await page.keyboard.type("E/RES/2015");
    const suggested = page
      .getByRole("listbox", { name: "Resolution" })
      .getByRole("option", { name: /^E\/RES\/2015\/23 Implementation of the United Nations/ });
    await suggested.waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("resolution") === "E/RES/2015/23");
    expect(await resolution.inputValue()).toBe("E/RES/2015/23");
  });
});
