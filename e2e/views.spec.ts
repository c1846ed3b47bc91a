import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./support/db";
import { as } from "./roles";

// Saved views: an analyst names the list's filters, opens them again from the navigation (the link is
// the shareable link) and deletes the view. The view is the analyst's own; it is removed whatever happens.
test.use(as("analyst"));

const NAME = "In progress";
const removeView = async () => {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  await db.query(`DELETE FROM saved_views WHERE name = $1 AND owner_id = (SELECT id FROM users WHERE email = 'analyst@example.org')`, [
    NAME,
  ]);
  await db.end();
};
test.beforeEach(removeView);
test.afterEach(removeView);

test("save the list's filters, open them from the Views menu, delete the view", async ({ page }) => {
  await page.goto("/commitments?status=IN_PROGRESS");
  const form = page.getByTestId("save-view");
  await form.getByLabel("Save this view as").fill(NAME);
  await form.getByRole("button", { name: "Save view" }).click();
  await expect(form.getByRole("status")).toHaveText(`Saved “${NAME}”: it is in the Views menu.`);

  // From another page, the navigation's Views menu opens the same filters.
  await page.goto("/meetings");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByText("Views", { exact: true }).click();
  await nav.getByRole("link", { name: NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/commitments\?status=IN_PROGRESS$/);
  await expect(page.getByTestId("list-total")).toContainText("match");

  await page.goto("/views");
  const row = page.getByRole("listitem").filter({ hasText: NAME });
  await expect(row.getByRole("link", { name: NAME })).toHaveAttribute("href", "/commitments?status=IN_PROGRESS");
  await row.getByRole("button", { name: `Delete “${NAME}”` }).click();
  await expect(page.getByRole("link", { name: NAME, exact: true })).toHaveCount(0);
  await nav.getByText("Views", { exact: true }).click();
  await expect(nav.getByRole("link", { name: NAME, exact: true })).toHaveCount(0);
});
