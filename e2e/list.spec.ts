import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator } from "@playwright/test";
import pg from "pg";
import { as } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

// The commitments list as an analyst reads it all day: dense rows, the columns one chose, and a search
// that says why each commitment matched or what was probably meant.

test.use({ ...as("viewer"), viewport: { width: 1280, height: 800 } });

const MEETING_TITLE = "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group";

/** The viewer's column choice is kept with the account, which other specs share: every test starts, and the file ends, with all shown. */
async function showAllColumns() {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  await db.query(`UPDATE users SET list_hidden_columns = NULL WHERE email = 'viewer@example.org'`);
  await db.end();
}
test.beforeEach(showAllColumns);
test.afterAll(showAllColumns);

async function heights(rows: Locator): Promise<number[]> {
  return rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
}

test("at 1280×800, 25 rows fit in two screens and a meeting is its short name, the full title on hover and focus", async ({ page }) => {
  await page.goto("/commitments");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(25);
  const firstPage = (await heights(rows)).reduce((sum, h) => sum + h, 0);
  expect(firstPage).toBeLessThanOrEqual(2 * 800);

  // The worst case of the demo's pledges (the longest titles), whatever other specs added.
  await page.goto("/commitments?meeting=jspg-8-2026-ankara&size=100");
  await expect(rows.nth(25)).toBeVisible();
  const tallest = (await heights(rows)).sort((a, b) => b - a).slice(0, 25);
  expect(tallest.reduce((sum, h) => sum + h, 0)).toBeLessThanOrEqual(2 * 800);

  const meeting = page.getByRole("row", { name: /Open Maarif Schools in Astana and Almaty/ }).getByTestId("meeting");
  await expect(meeting).toHaveAttribute("title", `${MEETING_TITLE}, 2 Feb 2026`);
  const link = meeting.getByRole("link");
  await expect(link).toHaveAccessibleName(
    /^JSPG 8 · Feb 2026\s*: 8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group, 2 Feb 2026$/,
  );
  // One line, not the 70-character title.
  expect((await link.boundingBox())!.height).toBeLessThan(30);
  await expect(meeting.getByTestId("meeting-full-title")).toBeHidden();
  await link.focus();
  await expect(meeting.getByTestId("meeting-full-title")).toBeVisible();
  await expect(meeting.getByTestId("meeting-full-title")).toHaveText(`${MEETING_TITLE}, 2 Feb 2026`);
});

test("a column hidden with the Columns control stays hidden after a reload, and shows again the same way", async ({ page }) => {
  await page.goto("/commitments");
  const table = page.getByRole("table");
  const category = table.getByRole("columnheader", { name: "Category" });
  await expect(category).toBeVisible();
  const menu = page.getByTestId("list-columns");

  await menu.locator("summary").click();
  await menu.getByRole("checkbox", { name: "Category" }).uncheck();
  await menu.getByRole("button", { name: "Save columns" }).click();
  await expect(category).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: "Status" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Parties" })).toBeVisible();

  await page.reload();
  await expect(table.getByRole("columnheader", { name: "Parties" })).toBeVisible();
  await expect(category).toHaveCount(0);

  await menu.locator("summary").click();
  await expect(menu.getByRole("checkbox", { name: "Category" })).not.toBeChecked();
  await menu.getByRole("checkbox", { name: "Category" }).check();
  await menu.getByRole("button", { name: "Save columns" }).click();
  await expect(category).toBeVisible();
});

test("a hit whose title lacks the searched word shows the passage that has it, the word marked", async ({ page }) => {
  await page.goto("/commitments?q=Maarif");
  const continuing = page.getByRole("row", { name: /Continue supporting educational and cultural partnerships/ });
  const snippet = continuing.getByTestId("search-snippet");
  await expect(snippet).toContainText("Maarif Schools in Astana");
  await expect(snippet.locator("mark")).toHaveText(["Maarif"]);

  // A title that has the word is marked in place, with no passage under it.
  const open = page.getByRole("row", { name: /Open Maarif Schools in Astana and Almaty/ });
  await expect(open.locator("mark")).toHaveText(["Maarif"]);
  await expect(open.getByTestId("search-snippet")).toHaveCount(0);

  // Accents and case do not matter, as in the search itself.
  await page.goto("/commitments?q=turkiye+trilateral");
  await expect(page.getByRole("table").locator("mark").filter({ hasText: "Türkiye" }).first()).toBeVisible();

  const results = await new AxeBuilder({ page }).include("table").include("[data-testid=list-columns]").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("a search with no hits suggests a close spelling from the data, and the suggestion finds commitments", async ({ page }) => {
  await page.goto("/commitments?q=Kazakstan");
  await expect(page.getByTestId("list-total")).toHaveText(/^0 commitments match/);
  const suggestion = page.getByTestId("search-suggestion");
  await expect(suggestion).toContainText("Did you mean: Kazakhstan?");
  await suggestion.getByRole("link", { name: "Kazakhstan" }).click();
  await expect(page).toHaveURL(/[?&]q=Kazakhstan(&|$)/);
  await expect(page.getByRole("table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("list-total")).not.toHaveText(/^0 /);
  await expect(page.getByTestId("search-suggestion")).toHaveCount(0);
});
