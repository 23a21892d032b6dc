/**
 * The web app's speed, in Chromium against the built app and the built server:
 * - the initial JavaScript (the entry script and what index.html preloads), gzipped: target 300 KB;
 * - with the 1,202 texts of un-ga-pdftext imported, how long the library and the tracker take to
 *   render (from the click on the link in the menu to their rows on screen) and to apply a filter
 *   (from the change to the new rows), read from the app's performance marks
 *   (apps/web/src/lib/perf.ts): target under 200 ms each. Also the first rows of a cold page load,
 *   counted from navigation start. Medians of several runs. Informational: never fails on timing.
 *
 *   pnpm bench:web
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { importResolutions, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import type { Page } from "playwright-core";
import {
  checkPrerequisites,
  createAccounts,
  openBrowser,
  repoRoot,
  signIn,
  startApp,
} from "../e2e/browser.ts";
import { median } from "./stats.ts";

const TARGET_JS_KB = 300;
const TARGET_MS = 200;
const runs = 5;

try {
  checkPrerequisites();
} catch (error) {
  console.error(`bench:web: ${(error as Error).message}`);
  process.exit(1);
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
const folder = mkdtempSync(join(tmpdir(), "mandates-bench-web-"));
const libraryFile = join(folder, "library.db");
const db = await openDatabase({ file: libraryFile });
await createAccounts(db);
const items = [];
for (const name of readdirSync(corpus).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(join(corpus, name), "utf8");
  try {
    items.push({ resolution: parseResolution(text), sourceText: text, source: name });
  } catch {
    // Amendments and other texts that are not resolutions are refused, as on import.
  }
}
const results = await importResolutions(db, items);
const stored = results.filter((r) => r.status !== "failed").length;
await db.close();

const app = await startApp({ file: libraryFile });
const browser = await openBrowser();
const page = browser.page;

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

const figures = {
  libraryLoad: [] as number[],
  libraryOpen: [] as number[],
  libraryFilter: [] as number[],
  trackerLoad: [] as number[],
  trackerOpen: [] as number[],
  trackerFilter: [] as number[],
};
const years = ["2023", "2024", "2025", "2022", "2021"];
const actors = ["sg", "member-states", "unodc", "hrc", "unicef"];
const settle = () => page.waitForTimeout(1500);

/** The server's share: one page of each list, asked over HTTP as the app asks (median of 5). */
let cookie = "";
let api = { library: Number.NaN, tracker: Number.NaN, trackerSg: Number.NaN };
async function apiTime(path: string, input: unknown): Promise<number> {
  const url = `${app.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return median(times);
}

try {
  // A signed-in editor sees edit controls in the tracker's rows: measure with them.
  await signIn(page, app.url, "editor");
  cookie = (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await fetch(`${app.url}/trpc/users.me`); // wakes the server up
  api = {
    library: await apiTime("resolutions.list", { limit: 100, offset: 0 }),
    tracker: await apiTime("obligations.list", {
      sort: "due",
      direction: "asc",
      limit: 100,
      offset: 0,
    }),
    trackerSg: await apiTime("obligations.list", {
      actor: "sg",
      sort: "due",
      direction: "asc",
      limit: 100,
      offset: 0,
    }),
  };
  for (let i = 0; i < runs; i++) {
    const nav = page.getByRole("navigation", { name: "Main" });
    await page.goto(`${app.url}/`);
    figures.libraryLoad.push(await markTime(page, "library:first-rows"));
    await settle();
    figures.libraryFilter.push(
      await measured(page, "library:filter", () => choose(page, "Year", years[i] ?? "2023")),
    );
    await settle();
    figures.trackerOpen.push(
      await measured(page, "tracker:open", () =>
        nav.getByRole("link", { name: "Obligations" }).click(),
      ),
    );
    await settle();
    figures.trackerFilter.push(
      await measured(page, "tracker:filter", () => choose(page, "Bearer", actors[i] ?? "sg")),
    );
    await settle();
    figures.libraryOpen.push(
      await measured(page, "library:open", () =>
        nav.getByRole("link", { name: "Library" }).click(),
      ),
    );
    await page.goto(`${app.url}/obligations`);
    figures.trackerLoad.push(await markTime(page, "tracker:first-rows"));
  }
} finally {
  await browser.close();
  await app.stop();
  rmSync(folder, { recursive: true, force: true });
}

const verdict = (ok: boolean) => (ok ? "PASS" : "ABOVE TARGET");
const line = (label: string, values: number[]) => {
  const m = median(values);
  return `  ${label.padEnd(34)} ${m.toFixed(0).padStart(5)} ms median (runs: ${values.map((v) => v.toFixed(0)).join(", ")}; target < ${TARGET_MS}: ${verdict(m < TARGET_MS)})`;
};
console.log("Web app (apps/web/dist), Chromium headless, built server on loopback");
console.log(
  `  initial JavaScript, gzipped        ${jsKb.toFixed(1)} KB in ${scripts.length} files (target <= ${TARGET_JS_KB}: ${verdict(jsKb <= TARGET_JS_KB)}); CSS ${cssKb.toFixed(1)} KB`,
);
console.log(`library: ${stored} resolutions of un-ga-pdftext`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${cpus().length} cores (figures grow with it)`,
);
console.log(line("library: render, link to rows", figures.libraryOpen));
console.log(line("library: apply a filter (year)", figures.libraryFilter));
console.log(line("tracker: render, link to rows", figures.trackerOpen));
console.log(line("tracker: apply a filter (bearer)", figures.trackerFilter));
console.log(
  `  of which the server (one page of 100 rows over HTTP): library ${api.library.toFixed(0)} ms, tracker ${api.tracker.toFixed(0)} ms, tracker for sg ${api.trackerSg.toFixed(0)} ms`,
);
console.log(
  "  first rows of a cold page load, from navigation start (HTML, scripts, session, data):",
);
console.log(
  `    library ${median(figures.libraryLoad).toFixed(0)} ms, tracker ${median(figures.trackerLoad).toFixed(0)} ms (medians)`,
);
