/**
 * An annexed declaration in the reader, in Chromium against the built app: A/RES/80/9 imported
 * from its official PDF through the Import page shows its one operative paragraph, then under the
 * heading "Annex" and the declaration's title its 31 paragraphs, numbered as printed, with their
 * obligations beside them (UNODC's request beside paragraph 25, the urge to ratify the Protocol
 * beside paragraph 4), and no serious accessibility violation.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  openBrowser,
  type RunningApp,
  repoRoot,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const pdfFile = join(repoRoot, "../shared/corpus/pdf/A_RES_80_9.pdf");

describe("an annexed declaration in the reader", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    checkPrerequisites();
    app = await startApp();
    browser = await openBrowser();
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("imports A/RES/80/9 from its PDF", async () => {
    await signIn(page, app.url, "editor");
    await page.goto(`${app.url}/import`);
    await page.getByLabel("PDF, text file").setInputFiles(pdfFile);
    await page.getByText("Ready: A/RES/80/9").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Save to the library" }).click();
    await page.waitForURL(/\/resolutions\/A\/RES\/80\/9$/);
    await page.getByRole("heading", { level: 1, name: /80\/9\./ }).waitFor();
  }, 60_000);

  it("counts the resolution's own paragraph apart from the annex's", async () => {
    expect(await page.locator(".reader-summary p").textContent()).toMatch(
      /^0 preambular paragraphs, 1 operative paragraph, 31 paragraphs in annexes, \d+ obligations\.$/,
    );
    expect(await page.locator("#op1 .lead").first().textContent()).toBe("Adopts");
  });

  it("shows the declaration under the annex heading and its title, numbered as printed", async () => {
    const annex = page.getByRole("region", { name: /^Annex/ });
    expect(await annex.getByRole("heading", { level: 2 }).textContent()).toBe(
      "Annex2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons",
    );
    const paragraphs = annex.locator('[data-kind="operative"]');
    expect(await paragraphs.count()).toBe(31);
    expect(await paragraphs.locator(".clause-number").allTextContents()).toEqual(
      Array.from({ length: 31 }, (_, i) => `${i + 1}.`),
    );
    // The paragraphs are the annex's, not more of the resolution's.
    expect(
      await page.locator('.document > ol[aria-label="Operative paragraphs"] > li').count(),
    ).toBe(1);
  });

  it("shows each annex paragraph's obligations beside it", async () => {
    const p25 = page.locator("#annex1-op25");
    expect(await p25.locator(".clause-text").textContent()).toMatch(
      /request the Office to continue to collect information/,
    );
    const cards = p25.locator(".obligation-card");
    expect(await cards.count()).toBe(1);
    expect(await cards.first().textContent()).toMatch(
      /UNODC|United Nations Office on Drugs and Crime/,
    );
    expect(await cards.first().textContent()).toMatch(/Requested of/);
    const p4 = page.locator("#annex1-op4");
    expect(await p4.locator(".obligation-card").first().textContent()).toMatch(/Member States/);
    // A footnote marker of the declaration links to its footnote.
    expect(await p4.locator('sup a[href^="#fn-"]').count()).toBeGreaterThan(0);
    await p25.scrollIntoViewIfNeeded();
    await screenshot(page, "reader-annex");
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const found = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(found).toEqual([]);
  });
});
