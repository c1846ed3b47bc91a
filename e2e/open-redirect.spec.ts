import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { OPEN_REDIRECT_BYPASSES } from "../tests/support/open-redirects";
import { signIn } from "./helpers";

test("signing in never leaves the site, whatever the link's callbackUrl says", async ({ browser }) => {
  test.setTimeout(OPEN_REDIRECT_BYPASSES.length * 10_000);
  for (const raw of OPEN_REDIRECT_BYPASSES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(raw)}`);
    await signIn(page, "viewer@example.org", undefined, { navigate: false });
    // Followed to its end: still on this site, on its dashboard.
    await expect(page).toHaveURL(`${baseURL}/`);
    await context.close();
  }
});

test("a same-site callbackUrl is honoured", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/commitments?status=IN_PROGRESS")}`);
  await signIn(page, "viewer@example.org", undefined, { navigate: false });
  await expect(page).toHaveURL(`${baseURL}/commitments?status=IN_PROGRESS`);
});
