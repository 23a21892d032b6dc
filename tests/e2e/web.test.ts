/**
 * The web app end to end, in Debian's Chromium, against the built app served by the real server on
 * a library this test seeds: an editor sees an Akoma Ntoso file parsed in the page, imports the
 * seed resolution through the page, reads it
 * (11 operative paragraphs), records progress on paragraph 11's obligation with evidence, finds it
 * kept after a reload, in its history, in the tracker filtered to the Secretary-General and on the
 * deadlines of 2017, whose private calendar address reads without the cookie until it is reset;
 * an admin adds an editor limited to UNODC on the Accounts page, makes it a viewer and removes it;
 * a viewer sees no edit controls and no Accounts link. axe-core checks each main page; a screenshot
 * of each is saved in tests/results/.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AxeViolation,
  axeViolations,
  type Browser,
  checkPrerequisites,
  layoutShiftSoFar,
  openBrowser,
  pick,
  type RunningApp,
  repoRoot,
  resultsDir,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const seedFile = join(repoRoot, "../shared/seed/E_RES_2015_23.txt");
const aknFile = join(repoRoot, "../shared/corpus/un-sc-akn4un/en/resolutions/SC_2561_2021-E.xml");
const docxFile = join(repoRoot, "../shared/corpus/docx/test_reso.docx");
const evidenceUrl = "https://undocs.org/E/CN.15/2017/5";

describe("the web app in a browser", () => {
  let app: RunningApp;
  let editor: Browser;
  let page: Page;
  let obligationUrl = "";
  const accessibility: Record<string, AxeViolation[]> = {};
  const shifts: Record<string, number> = {};
  let shiftSoFar = 0;
  const nav = () => page.getByRole("navigation", { name: "Main" });

  /** Checks the page with axe and keeps its serious and critical violations for the last test. */
  async function check(name: string): Promise<void> {
    await page.waitForLoadState("networkidle");
    // A new document starts its count again.
    const total = await layoutShiftSoFar(page);
    shifts[name] = total >= shiftSoFar ? total - shiftSoFar : total;
    shiftSoFar = total;
    await screenshot(page, name);
    accessibility[name] = await axeViolations(page);
  }

  beforeAll(async () => {
    checkPrerequisites();
    app = await startApp();
    editor = await openBrowser();
    page = editor.page;
  }, 60_000);

  afterAll(async () => {
    await editor?.close();
    await app?.stop();
  });

  it("asks to sign in, and signs an editor in", async () => {
    await page.goto(app.url);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await check("sign-in");
    await signIn(page, app.url, "editor");
    await page.goto(app.url);
    await page.getByRole("heading", { name: "Library" }).waitFor();
    await page.getByText("No resolution matches these filters.").waitFor();
  });

  it("refuses a damaged PDF with a clear message", async () => {
    await nav().getByRole("link", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Import a resolution" }).waitFor();
    await page.getByLabel("Text file").setInputFiles({
      name: "resolution.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^resolution\.pdf: This PDF is damaged or cut short: its structure cannot be read\./,
    );
  });

  it("reads an Akoma Ntoso XML file in the page", async () => {
    await page.getByLabel("Text file").setInputFiles(aknFile);
    await page.getByRole("heading", { name: "What the parser reads" }).waitFor();
    expect(await page.locator(".parse-preview .symbol").textContent()).toBe("S/RES/2561 (2021)");
    expect(await page.locator(".preview-paragraphs > li").count()).toBe(18);
    // Emptied, so the next import starts from the page as it opens.
    await page.getByLabel("Text", { exact: true }).fill("");
    await page.getByText("The parse will show here.").waitFor();
  });

  it("reads a Word file in the page, its list numbers as Word shows them", async () => {
    await page.getByLabel("Text file").setInputFiles(docxFile);
    await page.getByRole("heading", { name: "What the parser reads" }).waitFor();
    expect(await page.getByLabel("Text", { exact: true }).inputValue()).toContain(
      "\n\n1. Urges all member states",
    );
    // The draft's formula line is read as a fourth preambular paragraph (see docx.test.ts).
    expect(await page.locator(".parse-preview dd").nth(4).textContent()).toBe(
      "4 preambular paragraphs, 3 operative paragraphs",
    );
    expect(await page.locator(".preview-paragraphs > li").count()).toBe(3);
    // A draft prints no symbol: the page asks for one before it may be saved.
    const save = page.getByRole("button", { name: "Save to the library" });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel("Symbol", { exact: true }).fill("MUN/GA/2025/1");
    expect(await save.isDisabled()).toBe(false);
    await page.getByText("Ready: MUN/GA/2025/1").waitFor();
    await page.getByLabel("Text", { exact: true }).fill("");
    await page.getByText("The parse will show here.").waitFor();
  });

  it("imports the seed through the page, with the parse shown before saving", async () => {
    await page.getByLabel("Text file").setInputFiles(seedFile);
    await page.getByRole("heading", { name: "What the parser reads" }).waitFor();
    expect(await page.locator(".parse-preview .symbol").textContent()).toBe("E/RES/2015/23");
    expect(await page.locator(".preview-paragraphs > li").count()).toBe(11);
    await check("import");
    await page.getByRole("button", { name: "Save to the library" }).click();
    await page.waitForURL(/\/resolutions\/E\/RES\/2015\/23$/);
  });

  it("lays the resolution out with its 11 operative paragraphs and their obligations", async () => {
    await page.getByRole("heading", { level: 1, name: /2015\/23\./ }).waitFor();
    expect(await page.locator('[data-kind="operative"]').count()).toBe(11);
    const op11 = page.locator("#op11");
    expect(await op11.locator(".clause-number").textContent()).toBe("11.");
    expect(await op11.locator(".lead").first().textContent()).toMatch(/^Requests/);
    expect(await op11.locator(".obligation-card").count()).toBeGreaterThan(0);
    expect(await op11.locator(".obligation-card").first().textContent()).toMatch(
      /Machine-extracted/,
    );
    await check("reader");
    await page.locator("#op3").scrollIntoViewIfNeeded();
    await screenshot(page, "reader-operative");
  });

  it("records progress on paragraph 11's obligation with evidence, and keeps it after a reload", async () => {
    await page
      .locator("#op11 .obligation-card")
      .first()
      .getByRole("link", { name: /Follow up/ })
      .click();
    await page.waitForURL(/\/obligations\/\d+$/);
    obligationUrl = page.url();
    await page.getByRole("heading", { name: "Record progress" }).waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption("in-progress");
    // The assignee is an account, chosen by typing its name.
    await page.getByLabel("Assignee").fill("The editor (editor)");
    await page.getByLabel("Link").fill(evidenceUrl);
    await page
      .getByLabel("What it shows")
      .fill("Report of the Secretary-General to the Commission");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved.").waitFor();
    await check("obligation");

    await page.reload();
    await page.getByRole("heading", { name: "Record progress" }).waitFor();
    expect(await page.locator(".obligation-status .status").textContent()).toMatch(/In progress/);
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("in-progress");
    expect(await page.getByRole("link", { name: evidenceUrl }).count()).toBe(1);
  });

  it("shows the change in the obligation's history", async () => {
    const history = page.locator(".history-table tbody");
    await history.locator("tr").first().waitFor();
    const rows = await history.locator("tr").allTextContents();
    expect(
      rows.some(
        (r) => /Tracking: Status/.test(r) && /No indication/.test(r) && /In progress/.test(r),
      ),
    ).toBe(true);
    expect(rows.some((r) => /Evidence/.test(r) && r.includes(evidenceUrl))).toBe(true);
    expect(rows.some((r) => /Imported/.test(r))).toBe(true);
  });

  it("finds it in the tracker filtered to the Secretary-General, with the filter in the URL", async () => {
    await nav().getByRole("link", { name: "Obligations", exact: true }).click();
    await page.getByRole("heading", { name: "Obligations", level: 1 }).waitFor();
    await pick(page, "Bearer", "Secretary-General");
    await page.waitForURL(/\/obligations\?actor=sg$/);
    const row = page.locator("tbody tr", {
      has: page.getByRole("link", { name: "para. 11", exact: true }),
    });
    await row.waitFor();
    expect(await row.getByLabel(/^Status of E\/RES\/2015\/23/).inputValue()).toBe("in-progress");
    await check("tracker");

    await page.reload();
    // The actor's name once the registry has loaded (its id until then).
    await expect
      .poll(() => page.getByRole("combobox", { name: "Bearer" }).inputValue())
      .toBe("Secretary-General");
    await row.waitFor();

    // The assignee, edited in place: click the value, type another account's name, Enter.
    await row
      .getByRole("button", { name: /^Assignee of E\/RES\/2015\/23.*The editor \(editor\)\. Edit$/ })
      .click();
    await row.getByLabel(/^Assignee of E\/RES\/2015\/23/).fill("The admin (admin)");
    await row.getByLabel(/^Assignee of E\/RES\/2015\/23/).press("Enter");
    await row.getByRole("button", { name: /The admin \(admin\)\. Edit$/ }).waitFor();
    await page.reload();
    await row.getByRole("button", { name: /The admin \(admin\)\. Edit$/ }).waitFor();
  });

  it("finds it on the deadlines of 2017, with the calendar link", async () => {
    await nav().getByRole("link", { name: "Deadlines", exact: true }).click();
    await page.getByLabel("Year").selectOption("2017");
    await page.waitForURL(/\/deadlines\?year=2017$/);
    await page.getByRole("heading", { name: "Deadlines in 2017" }).waitFor();
    const item = page.locator(".due-item", { hasText: "para. 11" });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/In progress/);
    expect(await page.getByRole("link", { name: "Download .ics" }).getAttribute("href")).toBe(
      "/calendar.ics",
    );
    await check("deadlines");
  });

  it("gives a private calendar address that works without the cookie, until it is reset", async () => {
    /** What a calendar app gets at the address: the page's fetch, sending no cookie. */
    const read = (url: string) =>
      page.evaluate(async (address) => {
        const response = await fetch(address, { credentials: "omit" });
        return {
          status: response.status,
          type: response.headers.get("content-type") ?? "",
          text: (await response.text()).replace(/\r\n /g, ""),
        };
      }, url);
    await editor.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: app.url,
    });
    const subscribe = page.getByRole("button", { name: "Subscribe in a calendar app" });
    await subscribe.click();
    expect(await subscribe.getAttribute("aria-expanded")).toBe("true");
    const field = page.getByLabel("Private calendar address");
    const address = /^http:\/\/127\.0\.0\.1:\d+\/calendar\.ics\?token=[\w-]{43}$/;
    await expect.poll(() => field.inputValue()).toMatch(address);
    const first = await field.inputValue();

    const status = page.locator(".calendar-panel [role=status]");
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect.poll(() => status.textContent()).toBe("Copied.");
    await check("deadlines-subscribe");

    const feed = await read(first);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    const report = feed.text
      .split("BEGIN:VEVENT")
      .find((e) => e.includes("E/RES/2015/23") && /DTSTART;VALUE=DATE:2017\d{4}/.test(e));
    expect(report).toMatch(/Commission on Crime Prevention and Criminal Justice/);

    await page.getByRole("button", { name: "Reset address" }).click();
    await expect.poll(() => field.inputValue()).not.toBe(first);
    await expect.poll(() => status.textContent()).toMatch(/the old one no longer works/);
    expect(await field.inputValue()).toMatch(address);
    expect((await read(first)).status).toBe(401);
    const second = await field.inputValue();
    expect((await read(second)).status).toBe(200);

    // Only the hash is kept: on another visit the page says an address exists, and does not
    // replace it until asked to.
    await page.reload();
    await subscribe.click();
    await page.getByText(/^You made your private address on /).waitFor();
    expect(await field.count()).toBe(0);
    expect((await read(second)).status).toBe(200);
  });

  it("shows an actor's page with counts and the chart over time", async () => {
    await page.goto(`${app.url}/actors/sg`);
    await page.getByRole("heading", { name: "By status" }).waitFor();
    await page.locator(".chart svg").waitFor();
    await page.locator(".paged-table tbody tr:not(.spacer) a.symbol").first().waitFor();
    await check("actor");
  });

  it("lists the library, with facets", async () => {
    await page.goto(app.url);
    await page.getByRole("link", { name: "E/RES/2015/23" }).waitFor();
    await check("library");
  });

  it("lets an admin add an editor limited to UNODC, make it a viewer and remove it", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, app.url, "admin");
    await nav().getByRole("link", { name: "Accounts", exact: true }).click();
    await page.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
    const row = (username: string) =>
      page.locator("tbody tr", { has: page.getByRole("cell", { name: username, exact: true }) });
    await row("editor").waitFor();
    // The admin's own account cannot be removed here.
    expect(await page.getByRole("button", { name: "Remove admin" }).isDisabled()).toBe(true);
    const add = page.getByRole("form", { name: "Add an account" });
    await add.getByRole("checkbox").first().waitFor();
    await check("accounts");

    await add.getByLabel("Username").fill("unodc.focal");
    await add.getByLabel("Display name").fill("UNODC focal point");
    await add.getByLabel("Role").selectOption("editor");
    await add.getByLabel("Filter actors").fill("UNODC");
    await add
      .getByRole("checkbox", { name: "United Nations Office on Drugs and Crime (UNODC)" })
      .check();
    await add.getByText("Limited to UNODC.").waitFor();
    await add.getByRole("button", { name: "Generate" }).click();
    const generated = await add.getByLabel("Password").inputValue();
    expect(generated).toMatch(/^[A-Za-z2-9]{16}$/);
    await add.getByRole("button", { name: "Add account" }).click();
    await add.getByText(`Their password is ${generated}`).waitFor();
    const added = row("unodc.focal");
    await added.waitFor();
    expect(await added.textContent()).toMatch(/UNODC focal point.*Editor.*UNODC/);
    await screenshot(page, "accounts-added");

    await page.getByRole("button", { name: "Change unodc.focal" }).click();
    const change = page.getByRole("form", { name: "Change unodc.focal" });
    await change.getByLabel("Role").selectOption("viewer");
    await change.getByRole("button", { name: "Save", exact: true }).click();
    await added.getByRole("cell", { name: "Viewer", exact: true }).waitFor();

    await page.getByRole("button", { name: "Remove unodc.focal" }).click();
    await added.getByText("Remove unodc.focal?").waitFor();
    await added.getByRole("button", { name: "Yes", exact: true }).click();
    await page.getByText("Removed unodc.focal.").waitFor();
    // The message shows before the list has reloaded: wait for the row to go.
    await expect.poll(() => row("unodc.focal").count()).toBe(0);

    // The instance setting, switched on and back off so the other steps see the library closed.
    const open = page.getByLabel("Anyone may read without an account");
    await open.check();
    await expect.poll(() => open.isChecked()).toBe(true);
    await open.uncheck();
    await expect.poll(() => open.isChecked()).toBe(false);
    await expect.poll(() => open.isEnabled()).toBe(true);
  });

  it("shows a viewer no edit controls", async () => {
    const viewer = await openBrowser();
    try {
      const p = viewer.page;
      await signIn(p, app.url, "viewer");
      await p.goto(obligationUrl);
      await p.getByRole("heading", { name: "History" }).waitFor();
      expect(await p.getByRole("heading", { name: "Record progress" }).count()).toBe(0);
      expect(await p.getByRole("button", { name: /Confirm|Correct|Save|Add note/ }).count()).toBe(
        0,
      );
      expect(await p.locator("form").count()).toBe(0);
      expect(await p.getByRole("link", { name: "Import", exact: true }).count()).toBe(0);
      expect(await p.getByRole("link", { name: "Accounts", exact: true }).count()).toBe(0);
      expect(await p.locator(".obligation-status .status").textContent()).toMatch(/In progress/);

      await p.goto(`${app.url}/obligations?actor=sg`);
      await p.locator("tbody tr a.symbol").first().waitFor();
      expect(await p.locator("tbody select, tbody input").count()).toBe(0);
      expect(await p.locator("tbody .status").first().textContent()).toBeTruthy();
      await screenshot(p, "tracker-viewer");
    } finally {
      await viewer.close();
    }
  });

  it("does not move content while it loads (layout shift under 0.1 on each page)", () => {
    console.log(
      `layout shift: ${Object.entries(shifts)
        .map(([name, value]) => `${name} ${value.toFixed(3)}`)
        .join(", ")}`,
    );
    for (const [name, value] of Object.entries(shifts))
      expect([name, value < 0.1]).toEqual([name, true]);
  });

  it("has no serious or critical accessibility violations on the main pages (axe-core)", () => {
    writeFileSync(join(resultsDir, "axe.json"), `${JSON.stringify(accessibility, null, 2)}\n`);
    const all = Object.entries(accessibility).flatMap(([name, list]) =>
      list.map((v) => ({ ...v, page: name })),
    );
    const found = all
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.page}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(", ")}`);
    const minor = all.filter((v) => v.impact !== "serious" && v.impact !== "critical");
    console.log(
      `axe-core: ${Object.keys(accessibility).length} pages checked, ${found.length} serious or critical violations, ${minor.length} minor or moderate (${minor.map((v) => `${v.page}: ${v.id}`).join("; ") || "none"})`,
    );
    expect(found).toEqual([]);
  });
});
