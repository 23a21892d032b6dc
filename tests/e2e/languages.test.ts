/**
 * Languages in the browser. The issue names S/RES/2388 (2017), but ../shared/corpus/un-sc-akn4un
 * holds that resolution in English only (its fr/ and es/ folders start in 2020): this test reads
 * S/RES/2561 (2021), which the corpus holds in English, French and Spanish. The library has its
 * English text, then its French one, kept as a language version.
 *
 * The editor switches the interface to French (kept across a reload), reads the resolution in
 * French with the English beside it paragraph by paragraph, then in French alone, and tracks an
 * obligation from a French paragraph; the English reader shows the same obligation with that
 * status: one obligation, whatever language it was read from. axe-core checks each page.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
  type RunningApp,
  repoRoot,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const text = (language: "en" | "fr") =>
  readFileSync(
    join(
      repoRoot,
      `../shared/corpus/un-sc-akn4un/${language}/resolutions/SC_2561_2021-${language === "en" ? "E" : "F"}.xml`,
    ),
    "utf8",
  );
const reader = "/resolutions/S/RES/2561%20(2021)";

async function prepare(file: string): Promise<void> {
  const db = await openDatabase({ file });
  await createAccounts(db);
  for (const language of ["en", "fr"] as const) {
    const source = text(language);
    await importResolution(db, parseResolution(source), { sourceText: source });
  }
  await db.close();
}

describe("languages in a browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), "mandates-e2e-languages-"));

  beforeAll(async () => {
    checkPrerequisites();
    const file = join(folder, "library.db");
    await prepare(file);
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

  it("switches the interface to French, and keeps it", async () => {
    await page.getByLabel("Language of the interface").selectOption("fr");
    const main = page.getByRole("navigation", { name: "Navigation principale" });
    await main.getByRole("link", { name: "Bibliothèque" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.reload();
    await main.getByRole("link", { name: "Bibliothèque" }).waitFor();
    expect(await page.getByLabel("Langue de l’interface").inputValue()).toBe("fr");
  });

  it("reads the resolution in French beside English, paragraph by paragraph", async () => {
    await page.goto(`${app.url}${reader}`);
    const versions = page.getByRole("navigation", { name: "Versions linguistiques" });
    // A radio that navigates: it shows checked once the address says French.
    await versions.getByRole("radio", { name: "Français" }).click();
    await page.waitForURL(/lang=fr/);
    const french = page.locator('article.document[lang="fr"]');
    const first = french.locator(".clause-row .clause-text p").first();
    await first.waitFor();
    expect(await versions.getByRole("radio", { name: "Français" }).isChecked()).toBe(true);
    expect(await first.textContent()).toMatch(/\b(?:le|la|les|des|du)\b/);
    // The summary speaks French, its figures written as French writes them.
    expect(await page.locator(".reader-summary p").textContent()).toMatch(
      /alinéas? du préambule, \d+ paragraphes? du dispositif, \d+ obligations?/,
    );
    await versions.getByLabel("En regard").selectOption("en");
    await page.waitForURL(/beside=en/);
    const beside = page.getByRole("region", { name: "Paragraphes en regard" });
    await beside.locator("#op1").waitFor();
    const row = beside.locator("#op1");
    expect(await row.locator('[lang="fr"]').textContent()).toMatch(/^1\. [A-ZÉ]/);
    expect(await row.locator('[lang="en"]').textContent()).toMatch(/^1\. [A-Z]/);
    // As many rows as paragraphs, each with both texts.
    const rows = await beside.locator(".beside-row[data-kind]").count();
    expect(rows).toBeGreaterThan(10);
    expect(await beside.locator(".beside-missing").count()).toBe(0);
    await screenshot(page, "languages-side-by-side");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("tracks an obligation read from the French text: the English reader shows it", async () => {
    await page.goto(`${app.url}${reader}?lang=fr`);
    const french = page.locator('article.document[lang="fr"]');
    const paragraph = french
      .locator(".clause-row")
      .filter({ has: page.locator(".obligation-card") })
      .first();
    const card = paragraph.locator(".obligation-card").first();
    await card.waitFor();
    const key = (await card.getAttribute("aria-label")) ?? "";
    expect(key).toMatch(/^Obligation op/);
    // The paragraph it stands beside is French.
    expect(await paragraph.locator(".clause-text p").first().textContent()).toMatch(
      /\b(?:le|la|les|des|du)\b/,
    );
    await card.getByRole("link").click();
    await page.waitForURL(/\/obligations\/\d+$/);
    // The interface is French: so is the form that records progress.
    await page.getByLabel("État", { exact: true }).selectOption("in-progress");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Enregistré.", { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${app.url}${reader}?lang=en`);
    const english = page.locator('article.document[lang="en"]');
    const same = english.locator(`.obligation-card[aria-label="${key}"]`);
    await same.waitFor();
    // The interface is still French: the status is said in it, over the English text.
    expect(await same.locator(".facts").textContent()).toMatch(/En cours/);
  });

  it("shows the tracker and the obligation's page in French", async () => {
    await page.goto(`${app.url}/obligations?resolution=${encodeURIComponent("S/RES/2561 (2021)")}`);
    const table = page.getByRole("table", { name: "Obligations correspondant aux filtres" });
    await table.locator("tbody tr").first().waitFor();
    for (const header of ["Résolution", "Destinataire", "Échéance", "État", "Responsable"])
      expect(await table.getByRole("columnheader", { name: header }).count()).toBe(1);
    const filters = page.getByRole("search", { name: "Filtrer les obligations" });
    await filters.getByRole("checkbox", { name: "En retard seulement" }).waitFor();
    await filters.getByRole("group", { name: "État" }).waitFor();
    expect(await page.locator(".table-summary").textContent()).toMatch(/^\d+ obligations?$/);
    // The tracked obligation's status, in French; the others have none yet.
    expect(await table.textContent()).toMatch(/Aucune indication/);
    expect(
      await page.getByRole("button", { name: "Confirmer toutes les valeurs extraites" }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await table.locator("a.action-link").first().click();
    await page.waitForURL(/\/obligations\/\d+$/);
    await page.getByRole("heading", { name: "Ce que demande le texte" }).waitFor();
    for (const heading of ["Preuves", "Notes", "Historique"])
      await page.getByRole("heading", { name: heading, exact: true }).waitFor();
    expect(await page.locator(".lede").textContent()).toMatch(/^Paragraphe \d+ de la S\/RES\/2561/);
    const values = page.getByRole("table", {
      name: "Valeurs extraites, et si une personne les a vérifiées",
    });
    for (const field of ["Destinataires", "Verbe", "Force", "Délai"])
      await values.getByRole("rowheader", { name: field }).waitFor();
    await page.getByRole("navigation", { name: "Fil d’Ariane" }).waitFor();
    await screenshot(page, "languages-obligation-fr");
    expect(await axeViolations(page)).toEqual([]);
  });
});
