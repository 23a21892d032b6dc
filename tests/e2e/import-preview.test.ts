/**
 * Clear feedback before saving, in Chromium against the built app over the seed resolution, on a
 * desktop (1440 x 900) and on a phone (390 x 844):
 * - re-importing a symbol the library holds shows what saving will change: the paragraph removed
 *   and the obligations it held withdrawn (their tracking kept), as the parse of the text says;
 *   the very text again changes nothing;
 * - an editor limited to UNODC is told, before saving, why the re-import is refused, and Save
 *   stays off; on an obligation of another actor they read why there is no form, and on one of
 *   UNODC's they have it.
 * axe-core finds no violation on the pages seen.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createUser,
  getResolution,
  hashPassword,
  importResolution,
  openDatabase,
} from "@mandates/db";
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
  signInAtAnySize,
  startApp,
} from "./browser.ts";

const seedText = readFileSync(join(repoRoot, "../shared/seed/E_RES_2015_23.txt"), "utf8");
const seed = parseResolution(seedText);
/** The seed's last operative paragraph, which the revised text leaves out. */
const last = seed.clauses.filter((c) => c.kind === "operative").at(-1);
const revisedText = seedText.replace(new RegExp(`^${last?.number}\\. .*\\n`, "m"), "");
const dropped = seed.obligations.filter((o) => o.clause === last?.id);

let app: RunningApp;
let sgObligation = 0;
let unodcObligation = 0;

beforeAll(async () => {
  checkPrerequisites();
  const folder = mkdtempSync(join(tmpdir(), "mandates-import-preview-"));
  const file = join(folder, "library.db");
  const db = await openDatabase({ file });
  await createAccounts(db);
  await createUser(db, {
    username: "unodc.focal",
    displayName: "UNODC focal point",
    role: "editor",
    editableActorIds: ["unodc"],
    passwordHash: await hashPassword(password),
  });
  await importResolution(db, seed, { sourceText: seedText });
  const stored = (await getResolution(db, "E/RES/2015/23"))?.obligations ?? [];
  sgObligation =
    stored.find((o) => o.bearers.includes("sg") && !o.bearers.includes("unodc"))?.id ?? 0;
  unodcObligation = stored.find((o) => o.bearers.includes("unodc"))?.id ?? 0;
  await db.close();
  app = await startApp({ file });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

describe.each([
  ["desktop", 1440, 900],
  ["phone", 390, 844],
] as const)("feedback before saving, on a %s", (size, width, height) => {
  let browser: Browser;
  let page: Page;

  async function noViolations(name: string): Promise<void> {
    await page.waitForLoadState("networkidle");
    await screenshot(page, `import-preview-${size}-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  async function paste(text: string): Promise<void> {
    await page.goto(`${app.url}/import`);
    await page.getByLabel("Text", { exact: true }).fill(text);
    await page.getByRole("heading", { name: "What the parser reads" }).waitFor();
  }

  beforeAll(async () => {
    expect(last).toBeDefined();
    expect(revisedText).not.toBe(seedText);
    expect(dropped.length).toBeGreaterThan(0);
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width, height });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows an editor what re-importing will change before saving", async () => {
    await signInAtAnySize(page, app.url, "editor");
    await paste(revisedText);
    const changes = page.getByRole("region", { name: /is in the library: what saving/ });
    await changes.waitFor();
    expect(await changes.textContent()).toMatch(
      new RegExp(`Paragraphs: 1 removed \\(para\\. ${last?.number}\\)`),
    );
    const withdrawn = changes.locator(".import-change", { hasText: "Obligations withdrawn" });
    expect(await withdrawn.getByRole("listitem").count()).toBe(dropped.length);
    expect(await withdrawn.textContent()).toMatch(/tracking, evidence and history stay readable/);
    expect(await changes.getByText(/^New obligations/).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save to the library" }).isEnabled()).toBe(true);
    await noViolations("changes");

    await paste(seedText);
    await page.getByText(/The library holds this very text of E\/RES\/2015\/23/).waitFor();
  });

  it("tells an editor limited to UNODC why the re-import is refused, and why a form is not there", async () => {
    await browser.context.clearCookies();
    await signInAtAnySize(page, app.url, "unodc.focal");
    await paste(revisedText);
    const refusal = page.getByRole("alert").filter({ hasText: "Your account cannot save" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /Re-importing E\/RES\/2015\/23 would change obligations of .*Secretary-General.*ask an admin/,
    );
    expect(await page.getByRole("button", { name: "Save to the library" }).isDisabled()).toBe(true);
    await noViolations("refused");

    await page.goto(`${app.url}/obligations/${sgObligation}`);
    const why = page.getByRole("region", { name: "Why you cannot record progress here" });
    await why.waitFor();
    expect(await why.textContent()).toMatch(/Your account edits only the obligations that UNODC/);
    expect(await why.textContent()).toMatch(/asked of .*Secretary-General/);
    expect(await page.getByRole("heading", { name: "Record progress", exact: true }).count()).toBe(
      0,
    );
    await noViolations("out-of-scope");

    await page.goto(`${app.url}/obligations/${unodcObligation}`);
    await page.getByRole("heading", { name: "Record progress", exact: true }).waitFor();
    expect(await why.count()).toBe(0);
  });
});
