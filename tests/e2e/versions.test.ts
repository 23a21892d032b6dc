/**
 * Versions in the browser: a library of A/RES/78/228, the Third Committee's draft A/C.3/80/L.4 and
 * A/RES/80/228, linked. The reader of 80/228 names its draft and the resolution it renews, and
 * "Compare with" 78/228 lists the paragraphs added and dropped with the words changed; the page of
 * a request renewed from 78/228 says since when it has been asked and offers the last tracking,
 * which the editor takes. The Deadlines page leaves the superseded draft out until its filter asks
 * for it. axe-core checks each page.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createUser,
  getResolution,
  hashPassword,
  importResolution,
  linkVersions,
  obligationLineage,
  openDatabase,
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

const corpus = (name: string) =>
  readFileSync(join(repoRoot, `../shared/corpus/un-ga-pdftext/${name}.txt`), "utf8");

/** The library, linked, with the earlier request to the Secretary-General in progress. */
async function prepare(file: string): Promise<number> {
  const db = await openDatabase({ file });
  const hash = await hashPassword(password);
  for (const role of ["admin", "editor", "viewer"] as const)
    await createUser(db, { username: role, displayName: `The ${role}`, role, passwordHash: hash });
  for (const name of ["A_RES_78_228", "A_C.3_80_L.4", "A_RES_80_228"]) {
    const text = corpus(name);
    await importResolution(db, parseResolution(text), { sourceText: text });
  }
  await linkVersions(db);
  let renewed: number | null = null;
  for (const o of (await getResolution(db, "A/RES/80/228"))?.obligations ?? []) {
    const last = (await obligationLineage(db, o.id)).earlier.at(-1);
    if (last?.symbol === "A/RES/78/228" && o.bearers.includes("sg")) {
      await updateTracking(db, last.obligationId, {
        expectedVersion: 1,
        status: "in-progress",
        user: "admin",
      });
      renewed = o.id;
      break;
    }
  }
  if (renewed === null) throw new Error("no request to the Secretary-General renewed from 78/228");
  // Linked afresh, the renewal offers the tracking it now has.
  await db.kysely.deleteFrom("obligation_links").where("obligation_id", "=", renewed).execute();
  await linkVersions(db);
  await db.close();
  return renewed;
}

describe("versions in a browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let renewed = 0;
  const folder = mkdtempSync(join(tmpdir(), "mandates-e2e-versions-"));

  beforeAll(async () => {
    checkPrerequisites();
    const file = join(folder, "library.db");
    renewed = await prepare(file);
    app = await startApp({ file });
    browser = await openBrowser();
    page = browser.page;
    await signIn(page, app.url, "editor");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("shows the draft and the renewal, and compares with the last resolution", async () => {
    await page.goto(`${app.url}/resolutions/A/RES/80/228`);
    const versions = page.getByRole("region", { name: "Versions" });
    await versions.getByText("Adopted from the draft").waitFor();
    expect(await versions.getByRole("link", { name: "A/C.3/80/L.4" }).count()).toBe(1);
    expect(await versions.getByText(/^Renews/).textContent()).toContain("A/RES/78/228");
    await versions.getByLabel("Compare with").fill("A/RES/78/228");
    await versions.getByRole("button", { name: "Compare" }).click();
    const comparison = page.getByRole("region", { name: "A/RES/78/228 → A/RES/80/228" });
    await comparison.waitFor();
    expect(page.url()).toContain("compare=A%2FRES%2F78%2F228");
    const summary = (await comparison.locator("p").first().textContent()) ?? "";
    const [, added, dropped] = /(\d+) added, (\d+) dropped/.exec(summary) ?? [];
    expect(Number(added)).toBeGreaterThan(0);
    expect(Number(dropped)).toBeGreaterThan(0);
    expect(await comparison.locator('li[data-fate="added"]').count()).toBe(Number(added));
    expect(await comparison.locator('li[data-fate="dropped"]').count()).toBe(Number(dropped));
    expect(await comparison.locator("ins").count()).toBeGreaterThan(0);
    await screenshot(page, "versions-compare");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows since when a request has been asked, and takes the last tracking on request", async () => {
    await page.goto(`${app.url}/obligations/${renewed}`);
    const lineage = page.getByRole("region", { name: "Lineage" });
    await lineage.getByText(/First asked in/).waitFor();
    expect(await lineage.getByText(/First asked in/).textContent()).toMatch(
      /^First asked in A\/RES\/78\/228, renewed in A\/RES\/80\/228\.$/,
    );
    await lineage.getByText(/it stood at “In progress”/).waitFor();
    await screenshot(page, "versions-lineage");
    expect(await axeViolations(page)).toEqual([]);
    // Nothing moved by itself: the obligation is still untracked until the editor says.
    expect(await page.locator(".obligation-status").textContent()).toContain("No indication");
    await lineage.getByRole("button", { name: "Take the last tracking" }).click();
    await lineage.getByText(/Its tracking started from A\/RES\/78\/228/).waitFor();
    await page.locator(".obligation-status").getByText("In progress").waitFor();
  });

  it("leaves the superseded draft off the deadlines until asked", async () => {
    // Both ask for a report at the eighty-second session (September 2027).
    await page.goto(`${app.url}/deadlines?year=2027`);
    const timeline = page.locator(".timeline");
    await timeline.getByRole("link", { name: "A/RES/80/228" }).first().waitFor();
    expect(await timeline.getByRole("link", { name: "A/C.3/80/L.4" }).count()).toBe(0);
    await page.getByLabel("Include superseded drafts").check();
    await timeline.getByRole("link", { name: "A/C.3/80/L.4" }).first().waitFor();
    expect(page.url()).toContain("superseded=1");
    expect(await page.getByRole("link", { name: "Download .ics" }).getAttribute("href")).toBe(
      "/calendar.ics?superseded=1",
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
