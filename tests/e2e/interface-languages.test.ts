/**
 * The interface in French and in Spanish, page by page: signed in as an admin, the interface is
 * switched to French, then to Spanish, and every page of the app is visited (library, search,
 * reader, tracker, obligation, actors, an actor, deadlines, import, accounts with a row's form
 * open, the account, the report draft, the overview). On each, no text shown and no aria-label
 * or placeholder may still be English: equal to an English message of i18n/en.json that the
 * language says otherwise (its {{values}} standing for any words), or holding one of the English
 * words listed below. What is written in another language and says so (the resolution's English
 * text, lang="en") is the document's, not the interface's, and is not read; nor are the library's
 * own names (actors, accounts), which are data ("Secretary-General" is an actor's name and, in
 * English, an example in a field), nor words the language itself uses ("Notes" is French too).
 * axe-core checks each page; then every page, in each language, on the smallest phone (360 px):
 * French and Spanish words are longer, and none may push a page sideways.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getResolution, importResolution, listActors, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../apps/web/src/i18n/en.json";
import es from "../../apps/web/src/i18n/es.json";
import fr from "../../apps/web/src/i18n/fr.json";
import {
  type AxeViolation,
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

const seedText = readFileSync(join(repoRoot, "../shared/seed/E_RES_2015_23.txt"), "utf8");

type Messages = { [key: string]: string | Messages };

/** Every message by its key: "reader.track" → "Track this resolution". */
function flat(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages))
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flat(value, `${prefix}${key}.`)) out.set(k, v);
  return out;
}

const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English messages the language says otherwise, each as a pattern of a whole text: its
 * {{values}} and <tags/> stand for any words. A message with fewer than 8 letters of its own
 * ("{{verb}}{{rest}}") would match anything and is left out; so are the verbs' forms, which are
 * words inside sentences, and the links ("to").
 */
function englishPatterns(
  language: Messages,
  names: ReadonlySet<string>,
): Array<{ key: string; pattern: RegExp }> {
  const theirs = flat(language);
  const said = new Set(theirs.values());
  const out: Array<{ key: string; pattern: RegExp }> = [];
  for (const [key, english] of flat(en as Messages)) {
    if (theirs.get(key) === english || key.startsWith("verbs.")) continue;
    if (said.has(english) || names.has(english)) continue;
    const literal = english.replace(/\{\{[^}]+\}\}|<[^>]+>/g, "");
    if ((literal.match(/\p{L}/gu) ?? []).length < 8 && /\{\{|</.test(english)) continue;
    const parts = english
      .split(/\{\{[^}]+\}\}|<\/?\w+\/?>/)
      .map((p) => escaped(p.trim()))
      .filter(Boolean);
    if (!parts.length) continue;
    // Whole texts as shown, and parts of them where a value or an element splits the message.
    out.push({ key, pattern: new RegExp(`^${parts.join("[\\s\\S]*")}$`) });
  }
  return out;
}

/** English words an interface in another language must not show, whatever the messages hold. */
const englishWords: RegExp[] = [
  /^Requested of\b/,
  /^(?:Urged on|Called upon)\b/,
  /\b(?:is|are) (?:requested|called upon|urged|invited|encouraged) to\b/,
  /^(?:Save|Cancel|Report|Report draft|Change|Remove|Yes|Go|Generate|Contents|Loading)$/,
  /^Go to paragraph$/,
  /^Add (?:an )?account$/,
  /^(?:Preamble|Operative paragraphs)\b/,
  /^United Nations$/,
  /^Distr\.: General$/,
  /^Resolution adopted by\b/,
  /\bthe title (?:holds|does not hold) the words\b/,
  /^(?:Operative|Preambular) paragraph \(/,
  /^Your digest\b/,
  /^Reading without an account$/,
  /^Download \.docx$/,
];

interface Shown {
  /** "text", "aria-label" or "placeholder". */
  kind: string;
  text: string;
  /** Where it is: the element's tag and class. */
  where: string;
}

/**
 * What the page shows in its interface's language: its text nodes, aria-labels and placeholders,
 * outside what says it is in another language (lang) and outside what is hidden.
 */
const shown = (page: Page): Promise<Shown[]> =>
  page.evaluate(`(() => {
    const language = document.documentElement.lang;
    const ours = (e) => (e.closest("[lang]")?.getAttribute("lang") ?? language) === language;
    const seen = (e) => e.checkVisibility ? e.checkVisibility() : true;
    const where = (e) => e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\\s+/).join(".") : "");
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const e = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!e || !text || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(e.tagName)) continue;
      if (ours(e) && seen(e)) out.push({ kind: "text", text, where: where(e) });
    }
    for (const e of document.body.querySelectorAll("[aria-label], [placeholder]")) {
      if (!ours(e)) continue;
      for (const kind of ["aria-label", "placeholder"]) {
        const text = e.getAttribute(kind)?.trim();
        if (text) out.push({ kind, text, where: where(e) });
      }
    }
    return out;
  })()`);

describe("the interface in French and Spanish, page by page", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let obligationId = 0;
  /** The library's own names: its actors' and its accounts'. */
  const names = new Set<string>();
  const folder = mkdtempSync(join(tmpdir(), "mandates-e2e-interface-languages-"));

  beforeAll(async () => {
    checkPrerequisites();
    const file = join(folder, "library.db");
    const db = await openDatabase({ file });
    await createAccounts(db);
    await importResolution(db, parseResolution(seedText), { sourceText: seedText });
    obligationId = (await getResolution(db, "E/RES/2015/23"))?.obligations[0]?.id ?? 0;
    for (const a of await listActors(db))
      for (const name of [a.name, a.shortName]) if (name) names.add(name);
    for (const role of ["admin", "editor", "viewer"]) names.add(role);
    await db.close();
    app = await startApp({ file });
    browser = await openBrowser();
    page = browser.page;
    await signIn(page, app.url, "admin");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Each page, and what to wait for before reading it (something only its data brings). */
  const pages: Array<[name: string, path: () => string, ready: string, open?: string]> = [
    ["library", () => "/", "table tbody tr a"],
    ["search", () => "/?q=trafficking", ".hit-why"],
    ["reader", () => "/resolutions/E/RES/2015/23", "article.document .obligation-card"],
    ["tracker", () => "/obligations", "table tbody tr a.action-link"],
    ["obligation", () => `/obligations/${obligationId}`, ".lede"],
    ["actors", () => "/actors", "table tbody tr a"],
    ["actor", () => "/actors/unodc", "table tbody tr a"],
    ["deadlines", () => "/deadlines?year=2017", ".due-item"],
    ["import", () => "/import", "form textarea"],
    ["accounts", () => "/accounts", "table tbody tr", "table tbody tr button[aria-expanded]"],
    ["account", () => "/account", "form input[type=email]"],
    ["report", () => "/report?resolution=E%2FRES%2F2015%2F23", ".report-preview"],
    ["overview", () => "/overview", ".overview-section"],
  ];

  /** What each page still says in English, by page (nothing expected), and axe's findings. */
  async function everyPage(language: Messages, code: string) {
    const patterns = englishPatterns(language, names);
    const english: Record<string, string[]> = {};
    const axe: Record<string, AxeViolation[]> = {};
    for (const [name, path, ready, open] of pages) {
      await page.goto(`${app.url}${path()}`);
      // Generous: this machine is shared, and a page may wait its turn.
      await page.locator(ready).first().waitFor({ timeout: 45_000 });
      await page.waitForLoadState("networkidle");
      if (open) {
        await page.locator(open).first().click();
        await page.locator("form").last().waitFor();
      }
      const found = (await shown(page)).flatMap((s) => {
        const message = patterns.find((p) => p.pattern.test(s.text));
        const word = englishWords.find((w) => w.test(s.text));
        return message || word
          ? [`${s.kind} "${s.text}" (${s.where}): ${message ? message.key : word}`]
          : [];
      });
      if (found.length) english[name] = found;
      await screenshot(page, `interface-${code}-${name}`);
      const violations = await axeViolations(page);
      if (violations.length) axe[name] = violations;
    }
    return { english, axe };
  }

  it("shows every page in French", async () => {
    await page.goto(app.url);
    await page.getByLabel("Language of the interface").selectOption("fr");
    await page.getByLabel("Langue de l’interface").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await everyPage(fr as Messages, "fr")).toEqual({ english: {}, axe: {} });
  }, 600_000);

  it("shows every page in Spanish", async () => {
    await page.goto(app.url);
    await page.getByLabel("Langue de l’interface").selectOption("es");
    await page.getByLabel("Idioma de la interfaz").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    expect(await everyPage(es as Messages, "es")).toEqual({ english: {}, axe: {} });
  }, 600_000);

  /** How far each page scrolls sideways on the smallest phone, and axe's findings, by page. */
  async function onPhone(code: string) {
    await page.setViewportSize({ width: 360, height: 740 });
    // The choice is kept in the browser, as the chooser keeps it (tested above).
    await page.evaluate(`localStorage.setItem("mandates.language", "${code}")`);
    const problems: Record<string, { sideways: number; axe: AxeViolation[] }> = {};
    for (const [name, path, ready] of pages) {
      await page.goto(`${app.url}${path()}`);
      await page.locator(ready).first().waitFor({ timeout: 45_000 });
      await page.waitForLoadState("networkidle");
      expect(await page.locator("html").getAttribute("lang")).toBe(code);
      const sideways = await page.evaluate<number>(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      const axe = await axeViolations(page);
      await screenshot(page, `interface-${code}-360-${name}`);
      if (sideways > 0 || axe.length) problems[name] = { sideways, axe };
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    return problems;
  }

  it("lays out every page in French and in Spanish within the smallest phone (360 px)", async () => {
    expect({ fr: await onPhone("fr"), es: await onPhone("es") }).toEqual({ fr: {}, es: {} });
  }, 600_000);
});
