/**
 * The web app's speed, in Chromium against the built app and the built server:
 * - the initial JavaScript (the entry script and what index.html preloads), gzipped: target 300 KB;
 * - with the texts of un-ga-pdftext imported, how long the library and the tracker take to render
 *   (from the click on the link in the menu to their rows on screen) and to apply a filter (from
 *   the change to the new rows), read from the app's performance marks (apps/web/src/lib/perf.ts):
 *   target under 200 ms each. Each figure says how many API requests it waited for: returning to
 *   the library is served from the app's query cache, opening the tracker fetches its first page;
 * - the first rows of a page load counted from navigation start, two ways: warm (the same browser,
 *   scripts in its cache, data fetched) and cold (a fresh browser profile, so nothing cached: HTML,
 *   scripts, session, data), the cold one to the first contentful paint and to the first frame
 *   painted with the table's rows in it;
 * - the server's search with snippets, as the library asks for it when words are typed (the first
 *   page of ranked paragraphs): realistic queries (phrases, a word, a symbol's tail, a rare word,
 *   an acronym the actor registry expands) over several rounds after a warm-up: p50 and p95,
 *   target p95 under 50 ms.
 * Medians of several runs. The library is read back through the API before anything is timed.
 * Exits 1, saying what failed, on a setup error (a text that breaks the parser or the import, a
 * library not as imported, a missing build or browser) or a page error (an uncaught exception, a
 * console error, a request that fails or answers 4xx/5xx). Never on timing.
 *
 *   pnpm bench:web
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createMandatesClient } from "@mandates/client";
import { importResolutions, openDatabase } from "@mandates/db";
import { ParseError, parseResolution } from "@mandates/parser";
import type { Cookie, Page } from "playwright-core";
import {
  type Browser,
  checkPrerequisites,
  createAccounts,
  openBrowser,
  type RunningApp,
  repoRoot,
  signIn,
  startApp,
} from "../e2e/browser.ts";
import { median, percentile } from "./stats.ts";

const TARGET_JS_KB = 300;
const TARGET_MS = 200;
const TARGET_SEARCH_P95_MS = 50;
const runs = 5;

/** What went wrong; any entry makes the bench exit 1. */
const problems: string[] = [];

function fail(message: string): never {
  console.error(`bench:web: ${message}`);
  process.exit(1);
}

try {
  checkPrerequisites();
} catch (error) {
  fail((error as Error).message);
}

// 1. Initial JavaScript: the entry module and the chunks index.html preloads.
const dist = join(repoRoot, "apps/web/dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1] ?? "");
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map(
  (m) => m[1] ?? "",
);
const gz = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1024;
const jsKb = gz(scripts);
const cssKb = gz(css);

// 2. A library of the whole GA corpus, with the test accounts.
const corpus = join(repoRoot, "../shared/corpus/un-ga-pdftext");

/** Imports the corpus into a new SQLite file; returns what the parse says it now holds. */
async function buildLibrary(file: string): Promise<{ resolutions: number; obligations: number }> {
  const db = await openDatabase({ file });
  try {
    await createAccounts(db);
    const items = [];
    for (const name of readdirSync(corpus).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(corpus, name), "utf8");
      try {
        items.push({ resolution: parseResolution(text), sourceText: text, source: name });
      } catch (error) {
        // Amendments and other texts that are not resolutions are refused, as on import.
        if (!(error instanceof ParseError))
          problems.push(`${name}: the parser failed: ${(error as Error).message}`);
      }
    }
    for (const result of await importResolutions(db, items))
      if (result.status === "failed")
        problems.push(`${result.source}: the import failed: ${result.error.message}`);
    const bySymbol = new Map(items.map((i) => [i.resolution.symbol, i.resolution]));
    const resolutions = [...bySymbol.values()];
    if (resolutions.length === 0) problems.push(`no resolution could be parsed from ${corpus}`);
    return {
      resolutions: resolutions.length,
      obligations: resolutions.reduce((n, r) => n + r.obligations.length, 0),
    };
  } finally {
    await db.close();
  }
}

/** The library read back through the API, as the signed-in editor. */
async function verifyLibrary(url: string, cookie: string, expected: LibrarySize): Promise<void> {
  const client = createMandatesClient({ url, cookie });
  const listed = (await client.resolutions.list.query({ limit: 1 })).total;
  const obligations = (await client.obligations.list.query({ limit: 1 })).total;
  if (listed !== expected.resolutions)
    problems.push(`the API lists ${listed} resolutions; ${expected.resolutions} were imported`);
  if (obligations !== expected.obligations)
    problems.push(
      `the API lists ${obligations} obligations; the import stored ${expected.obligations}`,
    );
}
type LibrarySize = Awaited<ReturnType<typeof buildLibrary>>;

/**
 * Records on `page` what a user would see go wrong: an uncaught exception, a console error (a
 * Content-Security-Policy violation is one), a request that fails or answers 4xx/5xx. Requests
 * cut off by the next navigation (net::ERR_ABORTED) are the bench's doing, not the app's. Also
 * counts the API requests made, to say which figures waited for the server.
 */
function watch(page: Page, where: string): { apiRequests: () => number } {
  let apiRequests = 0;
  page.on("pageerror", (error) => problems.push(`${where}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${where}: console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/trpc/")) apiRequests++;
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`${where}: HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    if (reason !== "net::ERR_ABORTED")
      problems.push(`${where}: ${request.url()} failed: ${reason}`);
  });
  return { apiRequests: () => apiRequests };
}

/** The time of a mark since navigation start, once it exists. */
async function markTime(p: Page, name: string): Promise<number> {
  await p.waitForFunction((n) => performance.getEntriesByName(n, "mark").length > 0, name);
  return p.evaluate(
    (n) => performance.getEntriesByName(n, "mark")[0]?.startTime ?? Number.NaN,
    name,
  );
}

/** Waits for one more of the app's measures named `name` after `act`, and returns it. */
async function measured(p: Page, name: string, act: () => Promise<void>): Promise<number> {
  const before = await p.evaluate((n) => performance.getEntriesByName(n, "measure").length, name);
  await act();
  await p.waitForFunction(
    ([n, count]) => performance.getEntriesByName(n as string, "measure").length > (count as number),
    [name, before] as const,
  );
  return p.evaluate(
    (n) => performance.getEntriesByName(n, "measure").at(-1)?.duration ?? Number.NaN,
    name,
  );
}

/**
 * Chooses an option as a person would, but from inside the page: Playwright's own selectOption
 * does its checks on the page's thread right after the event, inside the time being measured.
 */
function choose(p: Page, label: string, value: string): Promise<void> {
  return p.evaluate(
    ([l, v]) => {
      // The page's DOM, typed loosely: this package is checked without the DOM's types.
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      const doc = (globalThis as any).document;
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      const label = [...doc.querySelectorAll("label")].find((x: any) => x.textContent === l);
      label.control.value = v;
      label.control.dispatchEvent(new Event("change", { bubbles: true }));
    },
    [label, value] as const,
  );
}

/**
 * Picks in a searchable picker as a person does: the name typed (outside the time measured, which
 * starts when the filter changes), then Enter on the first option listed.
 */
async function pick(p: Page, label: string, text: string): Promise<void> {
  const field = p.getByRole("combobox", { name: label, exact: true });
  await field.fill(text);
  const listed = p.getByRole("listbox", { name: label }).getByRole("option", { name: text });
  if ((await listed.count()) === 0) throw new Error(`the ${label} picker lists no "${text}"`);
  await field.press("Enter");
}

/**
 * Installed before any of the page's own scripts: the first contentful paint (a PerformanceObserver
 * on 'paint'), and the first data row of a table (not a placeholder) entering the page and the
 * frame that shows it painted (a task queued from the next animation frame runs once it is).
 */
function paintProbe() {
  // biome-ignore lint/suspicious/noExplicitAny: the page's globals; no DOM types in this package.
  const w = globalThis as any;
  const probe = { fcp: Number.NaN, rowsInPage: Number.NaN, rowsPainted: Number.NaN };
  w.__paintProbe = probe;
  new w.PerformanceObserver((list: { getEntries(): { name: string; startTime: number }[] }) => {
    for (const entry of list.getEntries())
      if (entry.name === "first-contentful-paint") probe.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  const row = "table.data-table tbody tr[aria-rowindex]:not(.placeholder-row)";
  const rows = new w.MutationObserver(() => {
    if (!w.document.querySelector(row)) return;
    rows.disconnect();
    probe.rowsInPage = performance.now();
    w.requestAnimationFrame(() =>
      w.setTimeout(() => {
        probe.rowsPainted = performance.now();
      }, 0),
    );
  });
  rows.observe(w.document, { childList: true, subtree: true });
}

interface ColdLoad {
  fcp: number;
  rowsInPage: number;
  rowsPainted: number;
}

/** A page load in a fresh browser profile (no HTTP cache, no code cache), signed in by cookie. */
async function coldLoad(url: string, cookies: Cookie[], where: string): Promise<ColdLoad> {
  const cold = await openBrowser();
  try {
    await cold.context.addCookies(cookies);
    await cold.context.addInitScript(paintProbe);
    watch(cold.page, where);
    await cold.page.goto(url);
    await cold.page.waitForFunction(
      // biome-ignore lint/suspicious/noExplicitAny: the probe installed above.
      () => !Number.isNaN((globalThis as any).__paintProbe.rowsPainted),
    );
    return await cold.page.evaluate(
      // biome-ignore lint/suspicious/noExplicitAny: the probe installed above.
      () => ({ ...(globalThis as any).__paintProbe }) as ColdLoad,
    );
  } finally {
    await cold.close();
  }
}

const figures = {
  libraryLoad: [] as number[],
  libraryOpen: [] as number[],
  libraryFilter: [] as number[],
  trackerLoad: [] as number[],
  trackerOpen: [] as number[],
  trackerFilter: [] as number[],
  libraryCold: [] as ColdLoad[],
  trackerCold: [] as ColdLoad[],
};
/** API requests each in-app figure waited for, over all runs. */
const requestsFor = { libraryOpen: 0, libraryFilter: 0, trackerOpen: 0, trackerFilter: 0 };
// Years the library holds (sessions 78-80): the year filter offers only years with resolutions,
// each with its count.
const years = ["2023", "2024", "2025", "2024", "2023"];
/** Bearers picked in the tracker, as typed in its picker. */
const actors = ["Secretary-General", "Member States", "UNODC", "Human Rights Council", "UNICEF"];

/** One query over HTTP as the app asks it: the time to the whole answer, and the answer's data. */
async function apiCall(url: string, cookie: string, path: string, input: unknown) {
  const address = `${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const start = performance.now();
  const response = await fetch(address, { headers: { cookie } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${path} ${JSON.stringify(input)}: HTTP ${response.status}`);
  return { ms, data: (JSON.parse(body) as { result: { data: unknown } }).result.data };
}

/** The server's share: one page of each list, asked over HTTP as the app asks (median of 5). */
async function apiTime(url: string, cookie: string, path: string, input: unknown) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await apiCall(url, cookie, path, input)).ms);
  return median(times);
}

/**
 * What people type in the library's search box: phrases, a common word, a name, a symbol's tail,
 * a rare word, and an acronym the texts mostly spell out (found through the actor registry).
 */
const searches = [
  "trafficking in persons",
  "report to the General Assembly",
  "climate",
  "Secretary-General",
  "human rights defenders",
  "79/154",
  "mercury",
  "UNODC",
];
const searchRounds = 10;
/** The library's first page of ranked paragraphs (SearchResults.tsx). */
const searchPage = 20;

interface SearchFigures {
  /** Every timed request, all queries and rounds. */
  times: number[];
  /** Each query's median, how many paragraphs it matched and how many resolutions' symbols. */
  byQuery: Array<{ query: string; median: number; total: number; symbols: number }>;
}

/**
 * The server's search with snippets as the library asks for it when words are typed
 * (search.clauses, its first page): each query once to warm up, then rounds of all of them in
 * turn. A failed request, or hits that come without a snippet, make a problem.
 */
async function searchTimes(url: string, cookie: string): Promise<SearchFigures> {
  type Hits = { total: number; items: Array<{ snippet?: unknown }>; symbols?: unknown[] };
  const ask = (query: string) =>
    apiCall(url, cookie, "search.clauses", { query, limit: searchPage, offset: 0 });
  const found = new Map<string, { total: number; symbols: number }>();
  for (const query of searches) {
    const hits = (await ask(query)).data as Hits;
    found.set(query, { total: hits.total, symbols: hits.symbols?.length ?? 0 });
    if (hits.items.some((h) => typeof h.snippet !== "string" || h.snippet === ""))
      problems.push(`search for "${query}": a hit came without its snippet`);
  }
  const each = new Map<string, number[]>(searches.map((q) => [q, []]));
  for (let round = 0; round < searchRounds; round++)
    for (const query of searches) each.get(query)?.push((await ask(query)).ms);
  return {
    times: [...each.values()].flat(),
    byQuery: searches.map((query) => ({
      query,
      median: median(each.get(query) ?? []),
      total: found.get(query)?.total ?? 0,
      symbols: found.get(query)?.symbols ?? 0,
    })),
  };
}
let search: SearchFigures = { times: [], byQuery: [] };

let api = { library: Number.NaN, tracker: Number.NaN, trackerSg: Number.NaN };
let library: LibrarySize = { resolutions: 0, obligations: 0 };

async function measureAll(app: RunningApp, browser: Browser) {
  const page = browser.page;
  const settle = () => page.waitForTimeout(1500);
  /** The app's measure of `act`, adding the API requests made meanwhile to `key`. */
  const timedAct = async (
    key: keyof typeof requestsFor,
    name: string,
    act: () => Promise<void>,
  ) => {
    const before = requests.apiRequests();
    const time = await measured(page, name, act);
    requestsFor[key] += requests.apiRequests() - before;
    return time;
  };
  // A signed-in editor sees edit controls in the tracker's rows: measure with them.
  await signIn(page, app.url, "editor");
  // Watched once signed in: signed out, the sign-in page's own requests are refused (401).
  const requests = watch(page, "warm page");
  const cookies = await browser.context.cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await verifyLibrary(app.url, cookie, library);
  if (problems.length > 0) return;
  api = {
    library: await apiTime(app.url, cookie, "resolutions.list", { limit: 100, offset: 0 }),
    tracker: await apiTime(app.url, cookie, "obligations.list", {
      sort: "due",
      direction: "asc",
      limit: 100,
      offset: 0,
    }),
    trackerSg: await apiTime(app.url, cookie, "obligations.list", {
      actor: "sg",
      sort: "due",
      direction: "asc",
      limit: 100,
      offset: 0,
    }),
  };
  search = await searchTimes(app.url, cookie);
  for (let i = 0; i < runs; i++) {
    const nav = page.getByRole("navigation", { name: "Main" });
    await page.goto(`${app.url}/`);
    figures.libraryLoad.push(await markTime(page, "library:first-rows"));
    await settle();
    figures.libraryFilter.push(
      await timedAct("libraryFilter", "library:filter", () =>
        choose(page, "Year", years[i] ?? "2023"),
      ),
    );
    await settle();
    figures.trackerOpen.push(
      await timedAct("trackerOpen", "tracker:open", () =>
        nav.getByRole("link", { name: "Obligations" }).click(),
      ),
    );
    await settle();
    figures.trackerFilter.push(
      await timedAct("trackerFilter", "tracker:filter", () =>
        pick(page, "Bearer", actors[i] ?? "Secretary-General"),
      ),
    );
    await settle();
    figures.libraryOpen.push(
      await timedAct("libraryOpen", "library:open", () =>
        nav.getByRole("link", { name: "Library" }).click(),
      ),
    );
    await page.goto(`${app.url}/obligations`);
    figures.trackerLoad.push(await markTime(page, "tracker:first-rows"));
  }
  for (let i = 0; i < runs; i++) {
    figures.libraryCold.push(await coldLoad(`${app.url}/`, cookies, "cold page, library"));
    figures.trackerCold.push(
      await coldLoad(`${app.url}/obligations`, cookies, "cold page, tracker"),
    );
  }
}

const folder = mkdtempSync(join(tmpdir(), "mandates-bench-web-"));
try {
  const libraryFile = join(folder, "library.db");
  library = await buildLibrary(libraryFile);
  if (problems.length === 0) {
    const app = await startApp({ file: libraryFile });
    try {
      const browser = await openBrowser();
      try {
        await measureAll(app, browser);
      } finally {
        await browser.close();
      }
    } finally {
      await app.stop();
    }
  }
} catch (error) {
  problems.push(`the bench could not run: ${(error as Error).message}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

if (problems.length > 0) {
  const shown = [...new Set(problems)];
  console.error(`bench:web: ${shown.length} problems, no figure stands:`);
  for (const line of shown.slice(0, 20)) console.error(`  ${line}`);
  if (shown.length > 20) console.error(`  ... and ${shown.length - 20} more`);
  process.exit(1);
}

const verdict = (ok: boolean) => (ok ? "PASS" : "ABOVE TARGET");
const line = (label: string, values: number[], requests: number) => {
  const m = median(values);
  return `  ${label.padEnd(46)} ${m.toFixed(0).padStart(5)} ms median (runs: ${values.map((v) => v.toFixed(0)).join(", ")}; ${requests} API requests in all; target < ${TARGET_MS}: ${verdict(m < TARGET_MS)})`;
};
const cold = (label: string, loads: ColdLoad[]) => {
  const of = (key: keyof ColdLoad) =>
    median(loads.map((l) => l[key]))
      .toFixed(0)
      .padStart(5);
  return `  ${label.padEnd(10)} first contentful paint ${of("fcp")} ms, rows in the page ${of("rowsInPage")} ms, rows painted ${of("rowsPainted")} ms (runs: ${loads.map((l) => l.rowsPainted.toFixed(0)).join(", ")})`;
};
console.log("Web app (apps/web/dist), Chromium headless, built server on loopback");
console.log(
  `  initial JavaScript, gzipped        ${jsKb.toFixed(1)} KB in ${scripts.length} files (target <= ${TARGET_JS_KB}: ${verdict(jsKb <= TARGET_JS_KB)}); CSS ${cssKb.toFixed(1)} KB`,
);
console.log(
  `library: ${library.resolutions} resolutions of un-ga-pdftext, ${library.obligations} obligations (read back through the API)`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${cpus().length} cores (figures grow with it)`,
);
console.log("In the app (from the action to the rows, the app's own marks):");
console.log(
  line("library: back to it, from the query cache", figures.libraryOpen, requestsFor.libraryOpen),
);
console.log(
  line("library: apply a filter (year)", figures.libraryFilter, requestsFor.libraryFilter),
);
console.log(
  line("tracker: open it, its first page fetched", figures.trackerOpen, requestsFor.trackerOpen),
);
console.log(
  line("tracker: apply a filter (bearer)", figures.trackerFilter, requestsFor.trackerFilter),
);
console.log(
  `  of which the server (one page of 100 rows over HTTP): library ${api.library.toFixed(0)} ms, tracker ${api.tracker.toFixed(0)} ms, tracker for sg ${api.trackerSg.toFixed(0)} ms`,
);
const searchP95 = percentile(search.times, 95);
console.log(
  `Search with snippets on the server (search.clauses, first page of ${searchPage}, over HTTP; ${searches.length} queries x ${searchRounds} rounds after a warm-up):`,
);
console.log(
  `  p50 ${percentile(search.times, 50).toFixed(1)} ms, p95 ${searchP95.toFixed(1)} ms, max ${Math.max(...search.times).toFixed(1)} ms (target p95 < ${TARGET_SEARCH_P95_MS}: ${verdict(searchP95 < TARGET_SEARCH_P95_MS)})`,
);
console.log(
  `  medians: ${search.byQuery.map((q) => `"${q.query}" ${q.median.toFixed(1)} ms (${q.total} paragraphs${q.symbols ? `, ${q.symbols} by symbol` : ""})`).join(", ")}`,
);
console.log("Page loads, from navigation start (medians):");
console.log(
  `  warm (same browser, scripts cached, data fetched): rows in the page: library ${median(figures.libraryLoad).toFixed(0)} ms, tracker ${median(figures.trackerLoad).toFixed(0)} ms`,
);
console.log("  cold (a fresh browser profile: HTML, scripts, session and data all fetched):");
console.log(cold("library", figures.libraryCold));
console.log(cold("tracker", figures.trackerCold));
