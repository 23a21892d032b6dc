/**
 * One's own password, in Chromium against the built app: a viewer signed in in two browsers
 * changes it on "Your account" in one; the other, on its next call, is told its session has ended
 * and is asked to sign in, and signs in with the new password. axe-core checks the page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  type Browser,
  checkPrerequisites,
  openBrowser,
  password,
  type RunningApp,
  screenshot,
  signIn,
  startApp,
} from "./browser.ts";

const newPassword = "a new password for the viewer";

describe("changing one's own password in the browser", () => {
  let app: RunningApp;
  let here: Browser;
  let there: Browser;

  beforeAll(async () => {
    checkPrerequisites();
    app = await startApp();
    here = await openBrowser();
    there = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await here?.close();
    await there?.close();
    await app?.stop();
  });

  const fill = async (page: Page, current: string, next: string) => {
    await page.getByLabel("Current password").fill(current);
    await page.getByLabel("New password").fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
  };

  it("refuses a wrong current password, then changes it and keeps this session", async () => {
    await signIn(here.page, app.url, "viewer");
    await signIn(there.page, app.url, "viewer");
    const page = here.page;
    await page.getByRole("link", { name: /your account and password/ }).click();
    await page.getByRole("heading", { name: "Your account" }).waitFor();

    await fill(page, "not my password", newPassword);
    await page
      .getByRole("alert")
      .filter({ hasText: "The current password is not right: the password was not changed." })
      .waitFor();
    await fill(page, password, "short");
    await page.getByRole("alert").filter({ hasText: "At least 10 characters." }).waitFor();

    await fill(page, password, newPassword);
    await page
      .getByRole("status")
      .filter({ hasText: "Your password was changed, and your other sessions have ended." })
      .waitFor();
    await screenshot(page, "account");
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(violations).toEqual([]);
    await page.reload();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  });

  it("tells the other browser its session has ended, and lets it sign in with the new password", async () => {
    const page = there.page;
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Obligations", exact: true })
      .click();
    await page.getByText("Your session has ended").waitFor();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshot(page, "session-ended");
    await page.getByLabel("Username").fill("viewer");
    await page.getByLabel("Password").fill(newPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.getByText("Your session has ended").count()).toBe(0);
  });
});

describe("the web app on a server set up for HTTPS", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    checkPrerequisites();
    // The built server reads the setting from its environment, as it would behind a TLS proxy.
    const before = process.env.MANDATES_SECURE_COOKIES;
    process.env.MANDATES_SECURE_COOKIES = "1";
    try {
      app = await startApp();
    } finally {
      if (before === undefined) delete process.env.MANDATES_SECURE_COOKIES;
      else process.env.MANDATES_SECURE_COOKIES = before;
    }
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("signs in with a __Host- Secure cookie (loopback counts as secure), keeps it, and signs out", async () => {
    await signIn(browser.page, app.url, "editor");
    const cookies = await browser.context.cookies();
    expect(cookies.map((c) => [c.name, c.secure, c.path, c.httpOnly])).toEqual([
      ["__Host-mandates_session", true, "/", true],
    ]);
    await browser.page.reload();
    await browser.page.getByRole("button", { name: "Sign out" }).click();
    await browser.page.getByRole("link", { name: "Sign in" }).waitFor();
    expect(await browser.context.cookies()).toEqual([]);
  });
});
