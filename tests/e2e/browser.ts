/**
 * The pieces of a browser test: a library in a fresh SQLite file with an account of each role,
 * the built server (apps/server/dist/server.mjs, serving apps/web/dist) on a loopback port in its
 * own process, and Debian's Chromium driven by playwright-core in a fresh profile. Also axe-core,
 * injected into a page to check it for accessibility, and screenshots into tests/results/.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createUser, type Db, hashPassword, openDatabase } from "@mandates/db";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const resultsDir = join(repoRoot, "tests/results");
export const serverBundle = join(repoRoot, "apps/server/dist/server.mjs");
export const webBuild = join(repoRoot, "apps/web/dist/index.html");
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const password = "correct horse battery staple";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Says what to do when the build or the browser is missing, instead of a stack trace. */
export function checkPrerequisites(): void {
  for (const [path, what] of [
    [serverBundle, "the server bundle"],
    [webBuild, "the web app"],
  ] as const)
    if (!existsSync(path)) throw new Error(`${what} is not built (${path}): run pnpm build first`);
  if (!existsSync(chromiumPath))
    throw new Error(
      `no Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
}

/** An account of each role, named after it ("admin", "editor", "viewer"), with `password`. */
export async function createAccounts(db: Db): Promise<void> {
  const hash = await hashPassword(password);
  for (const role of ["admin", "editor", "viewer"] as const)
    await createUser(db, { username: role, displayName: `The ${role}`, role, passwordHash: hash });
}

export interface RunningApp {
  url: string;
  folder: string;
  stop(): Promise<void>;
}

/** A fresh library with admin, editor and viewer accounts, served by the built server. */
export async function startApp(
  options: { anonymousRead?: boolean; file?: string } = {},
): Promise<RunningApp> {
  const folder = mkdtempSync(join(tmpdir(), "mandates-e2e-"));
  const file = options.file ?? join(folder, "library.db");
  if (!options.file) {
    const db = await openDatabase({ file });
    const hash = await hashPassword(password);
    for (const role of ["admin", "editor", "viewer"] as const)
      await createUser(db, {
        username: role,
        displayName: `The ${role}`,
        role,
        passwordHash: hash,
      });
    await db.close();
  }
  const server: ChildProcess = spawn(process.execPath, [serverBundle], {
    cwd: folder,
    env: { ...process.env, MANDATES_DB: file, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = await new Promise<string>((ready, fail) => {
    let out = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) ready(m[1]);
    });
    server.once("exit", (code) => fail(new Error(`the server stopped (${code}): ${errors}`)));
  });
  return {
    url,
    folder,
    async stop() {
      const exited = new Promise((done) => server.once("exit", done));
      server.kill("SIGTERM");
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium in a fresh profile (so no cookie or cache carries over between users). */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "mandates-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    locale: "en-GB",
    timezoneId: "UTC",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  context.setDefaultTimeout(15_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the page as it stands (WCAG 2.1 A and AA rules, and best practice). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // The page's globals are typed loosely: this package is checked without the DOM's types.
  // Evaluated rather than added as a <script>: the app's policy refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global.
    const scope = globalThis as any;
    const result = await scope.axe.run(scope.document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    });
    // biome-ignore lint/suspicious/noExplicitAny: axe's result type is not loaded here.
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      nodes: v.nodes.slice(0, 5).map((n: any) => String(n.target)),
    }));
  });
}

/**
 * The layout shift the page has had since it loaded (the sum of its layout-shift entries not
 * caused by input, as Cumulative Layout Shift counts them): content arriving late must not move
 * what is already on screen.
 */
export async function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let sum = 0;
        // biome-ignore lint/suspicious/noExplicitAny: the entries' type is not in this package's libs.
        const Observer = (globalThis as any).PerformanceObserver;
        const observer = new Observer(
          (list: { getEntries(): Array<{ value: number; hadRecentInput: boolean }> }) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
          },
        );
        observer.observe({ type: "layout-shift", buffered: true });
        setTimeout(() => {
          observer.disconnect();
          done(sum);
        }, 50);
      }),
  );
}

/**
 * Chooses in a searchable picker (a combobox) as a person does: types `text` (empty: "any") and
 * takes the first option listed with Enter.
 */
export async function pick(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.fill(text);
  await field.press("Enter");
}

/** Signs in as signIn() does, at any screen size (on a phone, Sign out is in the folded menu). */
export async function signInAtAnySize(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor({ state: "detached" });
}
