/**
 * Search and the reader as people use them, in Chromium against the built app, on a library of
 * the seed and three corpus texts (a resolution with sections, preambular sub-items and three
 * annexes, A/RES/78/128, on the 2025 Ocean Conference; a Third Committee draft, A/C.3/80/L.1; A/RES/80/228):
 * - search: "UNODC" finds the paragraphs that spell the Office's name out, with the words marked
 *   in the snippets (as elements, never HTML from the server), ranked, with the ranking said;
 *   a symbol's tail ("80/228") names its resolution; every facet counts; a hit opens the reader at
 *   its paragraph;
 * - history: three filter changes are three steps Back and Forward walk;
 * - the reader: every part of the text the parser keeps (paragraphs, preambular sub-items, words
 *   after the sub-items, section headings, annexes) is on the page, compared with the parse;
 *   the table of contents and "go to paragraph" take the reader to a paragraph.
 * axe-core finds no violation on the pages seen.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importResolution, openDatabase } from "@mandates/db";
import type { Resolution } from "@mandates/domain";
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
  signIn,
  startApp,
} from "./browser.ts";

const files = [
  "../shared/seed/E_RES_2015_23.txt",
  "../shared/corpus/un-ga-pdftext/A_RES_78_128.txt",
  "../shared/corpus/un-ga-pdftext/A_C.3_80_L.1.txt",
  "../shared/corpus/un-ga-pdftext/A_RES_80_228.txt",
];

const parsed: Resolution[] = files.map((f) =>
  parseResolution(readFileSync(join(repoRoot, f), "utf8")),
);

/** Text as the page shows it and the parse holds it, spaces and quotes made alike. */
const plain = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** The id of the element that has the focus (evaluated as a string: no DOM types here). */
const activeId = (page: Page) =>
  page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");

const symbolPath = (symbol: string) =>
  `/resolutions/${symbol.split("/").map(encodeURIComponent).join("/")}`;

describe("search and the reader", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  async function noViolations(name: string): Promise<void> {
    await page.waitForLoadState("networkidle");
    await screenshot(page, name);
    expect(await axeViolations(page), name).toEqual([]);
  }

  beforeAll(async () => {
    checkPrerequisites();
    const folder = mkdtempSync(join(tmpdir(), "mandates-library-"));
    const file = join(folder, "library.db");
    const db = await openDatabase({ file });
    await createAccounts(db);
    for (const [i, resolution] of parsed.entries())
      await importResolution(db, resolution, {
        sourceText: readFileSync(join(repoRoot, files[i] ?? ""), "utf8"),
      });
    await db.close();
    app = await startApp({ file });
    browser = await openBrowser();
    page = browser.page;
    await signIn(page, app.url, "viewer");
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("finds UNODC in texts that spell the Office's name out, words marked, ranked and explained", async () => {
    await page.goto(`${app.url}/?q=UNODC`);
    const hits = page.locator(".search-hit");
    await hits.first().waitFor();
    expect(await page.locator(".search-results .table-summary").textContent()).toMatch(
      /^\d+ paragraphs hold the words, best first\.$/,
    );
    // No text prints "UNODC": what is marked is the name spelled out.
    const marked = await page.locator(".search-hit mark").allTextContents();
    expect(marked.join(" ")).toMatch(/Office on Drugs and Crime|Drugs/);
    expect(marked.join(" ")).not.toMatch(/UNODC/);
    // Marks are elements, not markup shown as text.
    expect(await page.locator(".search-results").textContent()).not.toMatch(/<mark>|&lt;/);
    const why = await page.locator(".hit-why").allTextContents();
    expect(why[0]).toMatch(/^(Operative|Preambular) paragraph \(× (1|0\.6)\);/);
    await page.getByText("How the results are ordered").click();
    expect(await page.locator(".ranking-note p").textContent()).toMatch(/× 0\.6 for a preambular/);
    // Every facet counts.
    for (const label of ["Body", "Year", "Part"]) {
      const options = await page
        .getByLabel(label, { exact: true })
        .locator("option")
        .allTextContents();
      expect(options.length, label).toBeGreaterThan(1);
      for (const o of options.slice(1)) expect(o, label).toMatch(/\(\d[\d,]*\)$/);
    }
    await noViolations("search-results");
  });

  it("names a resolution by a tail of its symbol, and opens a hit at its paragraph", async () => {
    await page.goto(`${app.url}/?q=80%2F228`);
    const named = page.locator(".symbol-hits a");
    await named.first().waitFor();
    expect(await named.allTextContents()).toEqual(["A/RES/80/228"]);
    await page.goto(`${app.url}/?q=ocean&symbol=78%2F128`);
    const first = page.locator(".search-hit h3 a").first();
    await first.waitFor();
    const href = (await first.getAttribute("href")) ?? "";
    const target = decodeURIComponent(href.split("#")[1] ?? "");
    expect(href).toMatch(/^\/resolutions\/A\/RES\/78\/128#/);
    await first.click();
    await page.waitForURL((url) => url.hash === `#${target}`);
    const paragraph = page.locator(`[id="${target}"]`);
    await paragraph.waitFor();
    await expect.poll(() => activeId(page)).toBe(target);
    await expect.poll(() => paragraph.isVisible()).toBe(true);
    const box = await paragraph.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 10_000).toBeLessThan(900);
  });

  it("walks three filter changes with Back and Forward", async () => {
    await page.goto(`${app.url}/?q=trafficking`);
    await page.locator(".search-hit").first().waitFor();
    const steps: string[] = [];
    const choose = async (label: string, index: number) => {
      const select = page.getByLabel(label, { exact: true });
      await expect.poll(() => select.locator("option").count()).toBeGreaterThan(index);
      const value = await select.locator("option").nth(index).getAttribute("value");
      await select.selectOption(value ?? "");
      await page.waitForURL((url) => !steps.includes(url.search) && url.search.length > 0);
      steps.push(new URL(page.url()).search);
    };
    steps.push(new URL(page.url()).search);
    await choose("Body", 1);
    await choose("Year", 1);
    await choose("Part", 1);
    expect(new Set(steps).size).toBe(4);
    for (let i = steps.length - 2; i >= 0; i--) {
      await page.goBack();
      await page.waitForURL((url) => url.search === steps[i]);
      // The fields follow the address, once the page has drawn it.
      const kind = new URLSearchParams(steps[i]).get("kind") ?? "";
      await expect.poll(() => page.getByLabel("Part", { exact: true }).inputValue()).toBe(kind);
    }
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goForward();
    await page.waitForURL((url) => url.search === steps[1]);
    await expect
      .poll(() => page.getByLabel("Body", { exact: true }).inputValue())
      .toBe(new URLSearchParams(steps[1]).get("body"));
  });

  it("shows every part of the text the parser keeps, for the seed and three corpus texts", async () => {
    for (const r of parsed) {
      const symbol = r.symbol ?? "";
      await page.goto(`${app.url}${symbolPath(symbol)}`);
      await page.locator("article.document").waitFor();
      for (const c of r.clauses) {
        const shown = plain((await page.locator(`[id="${c.id}"]`).first().textContent()) ?? "");
        const where = `${symbol} ${c.id}`;
        expect(shown, where).toContain(plain(c.text).slice(0, 200));
        const items = (list: typeof c.items): void => {
          for (const item of list) {
            expect(shown, `${where} (${item.label})`).toContain(plain(item.text).slice(0, 200));
            items(item.items);
          }
        };
        items(c.items);
        if (c.tail) expect(shown, `${where} tail`).toContain(plain(c.tail).slice(0, 200));
      }
      const headings = plain((await page.locator(".doc-section").allTextContents()).join(" | "));
      for (const c of r.clauses)
        if (c.section)
          expect(headings, symbol).toContain(plain(c.section.heading || c.section.label));
      for (const a of r.annexes) {
        const annex = plain((await page.locator(`[id="${a.id}"]`).textContent()) ?? "");
        if (a.title) expect(annex, `${symbol} ${a.id}`).toContain(plain(a.title));
      }
    }
    // The seed's second preambular paragraph with its items (a)-(f).
    await page.goto(`${app.url}${symbolPath("E/RES/2015/23")}`);
    const pp2 = page.locator('[id="pp2"]');
    await pp2.waitFor();
    expect(await pp2.locator(".clause-items > li").count()).toBe(6);
    await noViolations("reader-preamble-items");
  });

  it("takes the reader to a paragraph from the contents and by its number", async () => {
    await page.goto(`${app.url}${symbolPath("A/RES/78/128")}`);
    await page.locator("article.document").waitFor();
    await page.getByText("Contents", { exact: true }).click();
    const contents = page.getByRole("navigation", { name: "Contents of the resolution" });
    await contents.waitFor();
    const entries = await contents.getByRole("link").allTextContents();
    const annexes = parsed[1]?.annexes ?? [];
    expect(annexes.length).toBe(3);
    for (const a of annexes) expect(entries.some((e) => e.startsWith(a.heading))).toBe(true);
    expect(entries.some((e) => e.startsWith("1. Decides that the high-level 2025"))).toBe(true);
    expect(entries.some((e) => e.startsWith("5. Also decides"))).toBe(true);
    await noViolations("reader-contents");
    const entry = contents.getByRole("link").filter({ hasText: /^5\. / }).first();
    await entry.click();
    await page.waitForURL((url) => url.hash.length > 1);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"] .clause-number`).textContent()).toBe("5.");
    await expect.poll(() => activeId(page)).toBe(id);

    await page.goto(`${app.url}${symbolPath("E/RES/2015/23")}`);
    await page.getByLabel("Go to paragraph").fill("11");
    await page.getByLabel("Go to paragraph").press("Enter");
    await page.waitForURL((url) => url.hash === "#op11");
    await expect.poll(() => activeId(page)).toBe("op11");
    // The paragraph shows below the header and the reader's bar, not under them.
    const top = (await page.locator("#op11").boundingBox())?.y ?? 0;
    const bar = await page.locator(".reader-bar").boundingBox();
    expect(top).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
    await page.getByLabel("Go to paragraph").fill("99");
    await page.getByRole("button", { name: "Go", exact: true }).click();
    await page.getByText("No operative paragraph 99 in this text.").waitFor();
    // Back returns to where the reader was before.
    await page.goBack();
    await page.waitForURL((url) => url.hash === "");
  });
});
