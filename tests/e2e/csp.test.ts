/**
 * The web app under the server's Content-Security-Policy, in Chromium: an admin signs in, reads a
 * Word file and the seed in the import page (the parser and the inflation run in the page), saves
 * the seed, and opens every main page; none of it may break a rule of the policy (Chromium reports
 * each as a `securitypolicyviolation` event and a console error). Last, a script written into the
 * page is refused, so the watch is known to see what it should.
 */
import { join } from "node:path";
import { createSessionClient } from "@mandates/client";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  checkPrerequisites,
  openBrowser,
  password,
  type RunningApp,
  repoRoot,
  signIn,
  startApp,
} from "./browser.ts";

const seedFile = join(repoRoot, "../shared/seed/E_RES_2015_23.txt");
const docxFile = join(repoRoot, "../shared/corpus/docx/test_reso.docx");

/** Collects the page's violations as they happen, from its first script on. */
const watchViolations = `
  globalThis.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    globalThis.__violations.push(
      e.violatedDirective + " " + (e.blockedURI || "inline") + " at " + location.pathname +
        " (" + (e.sourceFile || "the page") + ":" + e.lineNumber + ")",
    );
  });
`;

describe("the web app under its Content-Security-Policy", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const violations: string[] = [];

  /** Opens a page, waits until it has settled, and keeps the violations it reported. */
  async function visit(path: string, heading: string | RegExp): Promise<void> {
    const response = await page.goto(`${app.url}${path}`);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.waitForLoadState("networkidle");
    await collect();
  }

  async function collect(): Promise<void> {
    violations.push(
      ...(await page.evaluate(
        () => (globalThis as never as Record<string, string[]>).__violations ?? [],
      )),
    );
  }

  beforeAll(async () => {
    checkPrerequisites();
    app = await startApp();
    browser = await openBrowser();
    page = browser.page;
    await browser.context.addInitScript({ content: watchViolations });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("shows the sign-in page and signs an admin in", async () => {
    await visit("/sign-in", "Sign in");
    // A closed library's sign-in page asks for nothing it may not read (no 401 in the console).
    expect(consoleErrors).toEqual([]);
    await signIn(page, app.url, "admin");
    await collect();
  });

  it("reads a Word file and the seed in the import page, and saves the seed", async () => {
    await visit("/import", "Import a resolution");
    await page.getByLabel("Text file").setInputFiles(docxFile);
    await page.getByRole("heading", { name: "What the parser reads" }).waitFor();
    await page.getByLabel("Text file").setInputFiles(seedFile);
    await page.getByText("Ready: E/RES/2015/23").waitFor();
    await page.getByRole("button", { name: "Save to the library" }).click();
    await page.waitForURL(/\/resolutions\/E\/RES\/2015\/23$/);
    await page.locator("#op11 .obligation-card").first().waitFor();
    await collect();
  });

  it("opens every main page", async () => {
    const { client } = createSessionClient(app.url);
    await client.users.signIn.mutate({ username: "admin", password });
    const [obligation] = (await client.obligations.list.query({ actor: "sg" })).items;
    if (!obligation) throw new Error("no obligation of the Secretary-General");
    await visit("/overview", "Overview");
    await visit("/", "Library");
    await visit("/resolutions/E/RES/2015/23", /2015\/23\./);
    await visit("/obligations", "Obligations");
    await visit(`/obligations/${obligation.id}`, /./);
    await visit("/actors", "Actors");
    await visit("/actors/sg", /./);
    await visit("/deadlines", /^Deadlines/);
    await visit("/accounts", "Accounts");
    await visit("/account", "Your account");
  });

  it("broke no rule of the policy on any of them", () => {
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it("refuses a script written into the page, and the watch sees it", async () => {
    await visit("/", "Library");
    const ran = await page.evaluate(() => {
      const scope = globalThis as never as Record<string, unknown> & {
        document: {
          createElement(tag: string): { textContent: string };
          body: { appendChild(node: unknown): void };
        };
      };
      const script = scope.document.createElement("script");
      script.textContent = "globalThis.__injected = true;";
      scope.document.body.appendChild(script);
      return scope.__injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForFunction(
      () => ((globalThis as never as Record<string, string[]>).__violations ?? []).length > 0,
    );
    const seen = await page.evaluate(
      () => (globalThis as never as Record<string, string[]>).__violations,
    );
    expect(seen).toEqual([expect.stringMatching(/^script-src-elem inline at \/ /)]);
    expect(consoleErrors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
  });
});
