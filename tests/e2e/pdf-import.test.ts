/**
 * Import of an official PDF in Chromium, under the server's Content-Security-Policy: pdf.js is not
 * loaded with the page, only once a PDF is chosen, and runs in its own worker from this origin;
 * the text it reads in the page is the text the server's reader gives (the same reader), which is
 * previewed, saved and shown in the reader. A scanned PDF is refused in a sentence. No rule of the
 * policy is broken and no error reaches the console.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPdf } from "@mandates/server/pdf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPdf } from "../../packages/parser/src/pdf/pdf.fixture.ts";
import {
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

/** Collects the page's violations as they happen, from its first script on. */
const watchViolations = `
  globalThis.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    globalThis.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
  });
`;

describe("importing a PDF in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let folder: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    checkPrerequisites();
    folder = mkdtempSync(join(tmpdir(), "mandates-pdf-e2e-"));
    app = await startApp();
    browser = await openBrowser();
    page = browser.page;
    await browser.context.addInitScript({ content: watchViolations });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const violations = () =>
    page.evaluate(() => (globalThis as never as Record<string, string[]>).__violations ?? []);
  const fileInput = () => page.getByLabel("PDF, text file");

  it("opens the import page without loading pdf.js", async () => {
    await signIn(page, app.url, "editor");
    await page.goto(`${app.url}/import`);
    await page.getByRole("heading", { level: 1, name: "Import a resolution" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(requests.filter((path) => /pdf/i.test(path))).toEqual([]);
  });

  it("reads the official PDF in a worker, as the server's reader does, and saves it", async () => {
    await fileInput().setInputFiles(pdfFile);
    await page.getByText("Ready: A/RES/80/9").waitFor({ timeout: 30_000 });
    // pdf.js came now, and its worker from this origin.
    expect(requests.some((path) => /^\/assets\/pdf\.worker[^/]*\.mjs$/.test(path))).toBe(true);
    const text = await page.getByLabel("Text", { exact: true }).inputValue();
    const { text: expected } = await readPdf(new Uint8Array(readFileSync(pdfFile)));
    expect(text).toBe(expected);
    await screenshot(page, "import-pdf");
    await page.getByRole("button", { name: "Save to the library" }).click();
    await page.waitForURL(/\/resolutions\/A\/RES\/80\/9$/);
    await page.getByRole("heading", { level: 1, name: /80\/9\./ }).waitFor();
  }, 60_000);

  it("refuses a scanned PDF, saying it has no text layer", async () => {
    const scanned = join(folder, "scanned.pdf");
    writeFileSync(scanned, buildPdf({ pages: [[], []] }));
    await page.goto(`${app.url}/import`);
    await fileInput().setInputFiles(scanned);
    await page
      .getByText(
        "scanned.pdf: This PDF has no text layer (a scanned image?): its pages hold no text to read. Import a PDF with text, or the resolution's text.",
      )
      .waitFor();
  });

  it("broke no rule of the policy, and logged no error", async () => {
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
