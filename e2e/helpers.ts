import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pass-2026";

/** Signs in through the form; `navigate: false` when the page is already on a /login address of the test's own. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { navigate = true } = {}) {
  if (navigate) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function openCommitment(page: Page, search: string) {
  await page.goto(`/commitments?q=${encodeURIComponent(search)}`);
  await page
    .getByRole("table")
    .getByRole("link", { name: new RegExp(search) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(search);
}
