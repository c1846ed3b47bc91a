import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { openCommitment } from "./helpers";
import { as } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

const figure = (page: Page, testId: string) => page.getByTestId(testId).locator("dd").first();

/** The "In progress" count in the status chart's table: what the chart draws. */
async function chartInProgress(page: Page) {
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Where the commitments stand" }) });
  await card.getByText("Show the numbers as a table").click();
  return card.getByRole("row", { name: /In progress/ }).getByRole("cell");
}

/** A figure read once, to compare later figures with (the comparisons themselves wait and retry). */
async function readNumber(page: Page, testId: string): Promise<number> {
  await expect(figure(page, testId)).toHaveText(/^\d+$/);
  return Number(await figure(page, testId).textContent());
}

/** The day before `day` (YYYY-MM-DD), in calendar arithmetic. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

test.describe("as an analyst", () => {
  test.use(as("analyst"));

  test("an analyst's status update moves the dashboard's figures and charts, but not the view of yesterday", async ({ page }) => {
    // "Yesterday" is the day before the date the form fills in (the browser's today), whatever the time zone.
    await openCommitment(page, "Continue supporting educational and cultural partnerships");
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
    const yesterday = dayBefore(await form.getByLabel("Took effect on").inputValue());
    await page.goto(`/?asOf=${yesterday}`);
    const yesterdayBefore = await readNumber(page, "figure-in-progress");
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    const before = await readNumber(page, "figure-in-progress");
    await expect(await chartInProgress(page)).toHaveText(String(before));
    await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();

    await openCommitment(page, "Continue supporting educational and cultural partnerships");
    await form.getByLabel("New status").selectOption({ label: "In progress" });
    await form.getByLabel("Progress (%)").fill("10");
    await form.getByLabel("Rationale").fill("Joint cultural programme announced for the spring term.");
    await form.getByRole("button", { name: "Save status update" }).click();
    await expect(page.getByRole("status")).toHaveText("Status update saved.");

    await page.goto("/");
    await expect(figure(page, "figure-in-progress")).toHaveText(String(before + 1));
    await expect(await chartInProgress(page)).toHaveText(String(before + 1));
    await expect(page.locator("#recent")).toContainText("Continue supporting educational and cultural partnerships");

    await page.goto(`/?asOf=${yesterday}`);
    await expect(page.getByTestId("as-of-banner")).toContainText("You are looking at the past");
    await expect(figure(page, "figure-in-progress")).toHaveText(String(yesterdayBefore));
    await expect(await chartInProgress(page)).toHaveText(String(yesterdayBefore));
    await expect(page.locator("#recent")).not.toContainText("Continue supporting educational and cultural partnerships");
    await page.getByRole("link", { name: "Back to today" }).click();
    await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
  });
});

test.describe("as a viewer", () => {
  test.use(as("viewer"));

  test("dashboard filters live in the URL and agree with the list they link to", async ({ page }) => {
    await page.goto("/");
    await page.locator("#dash-party").selectOption("Azerbaijan");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/party=Azerbaijan/);
    // However many other specs have added, the figure and the list it opens agree.
    const tracked = await readNumber(page, "figure-tracked");
    expect(tracked).toBeGreaterThan(0);
    await page.getByTestId("figure-tracked").getByRole("link").click();
    await expect(page).toHaveURL(/\/commitments\?party=Azerbaijan/);
    await expect(page.getByText(new RegExp(`Showing 1–${tracked} of ${tracked} commitments?\\b`))).toBeVisible();
  });

  test("each due figure, its list's 'See all' and a chart segment open the list of exactly the commitments counted", async ({ page }) => {
    // The demo's targets are all in late 2026: give one a past day so that something is overdue.
    const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await db.connect();
    await db.query(
      `UPDATE commitments SET target_precision = 'DAY', target_date = DATE '2026-03-31' WHERE title LIKE 'Support CICA%' AND status <> 'FULFILLED'`,
    );
    await db.end();
    await page.goto("/");
    for (const [testId, listId] of [
      ["figure-overdue", "overdue"],
      ["figure-stale", "stale"],
    ] as const) {
      await page.goto("/");
      const count = await readNumber(page, testId);
      expect(count, testId).toBeGreaterThan(0);
      await page.getByTestId(testId).getByRole("link").click();
      await expect(page).toHaveURL(/\/commitments\?/);
      await expect(page.getByTestId("list-total")).toContainText(`${count} commitment`);
      await page.goto("/");
      await page.getByTestId(`${listId}-see-all`).click();
      await expect(page.getByTestId("list-total")).toContainText(`${count} commitment`);
    }
    // The overdue list in words, and the filter kept in the form.
    await page.goto("/");
    await page.getByTestId("figure-overdue").getByRole("link").click();
    await expect(page.getByTestId("list-total")).toContainText("overdue (target date passed, not fulfilled)");
    await expect(page.getByLabel("Overdue only")).toBeChecked();
    // A cell of the status table opens the list of that status.
    await page.goto("/");
    const card = page.locator("section", { has: page.getByRole("heading", { name: "Where the commitments stand" }) });
    await card.getByText("Show the numbers as a table").click();
    const notAssessed = card.getByRole("row", { name: /Not yet assessed/ }).getByRole("link");
    const n = Number(await notAssessed.textContent());
    await notAssessed.click();
    await expect(page).toHaveURL(/status=NOT_YET_ASSESSED/);
    await expect(page.getByTestId("list-total")).toContainText(`${n} commitment`);
  });

  test("'Fulfilled' counts only fully fulfilled commitments and says how many are partly", async ({ page }) => {
    await page.goto("/");
    const tracked = await readNumber(page, "figure-tracked");
    const fulfilled = page.getByTestId("figure-fulfilled");
    await expect(fulfilled).toContainText("fully");
    await expect(fulfilled).toContainText("partly");
    const shown = Number((await fulfilled.locator("dd").first().textContent())!.replace("%", ""));
    await fulfilled.locator("dd").first().getByRole("link").click();
    await expect(page).toHaveURL(/status=FULFILLED$/);
    const total = Number((await page.getByTestId("list-total").textContent())!.match(/^([\d,]+)/)![1].replace(",", ""));
    expect(shown).toBe(Math.round((total / tracked) * 100));
  });

  test("'Last update' is the latest status update, the day it took effect, and the list sorts by it", async ({ page }) => {
    const effectiveDays = async () =>
      page.getByTestId("last-update").evaluateAll((cells) => cells.map((c) => c.querySelector("time")!.getAttribute("datetime")!));
    await page.goto("/commitments?sort=updated&dir=asc&size=100");
    const ascending = await effectiveDays();
    expect(ascending.length).toBeGreaterThan(0);
    expect(ascending).toEqual([...ascending].sort());
    // A pledge untouched since the meeting shows the meeting's day, and when that entry was recorded.
    const untouched = page
      .getByTestId("last-update")
      .filter({ has: page.locator('time[datetime="2026-02-02"]') })
      .first();
    await expect(untouched).toContainText("2 Feb 2026");
    await expect(untouched).toContainText("recorded");
    await page.goto("/commitments?sort=updated&size=100");
    const descending = await effectiveDays();
    expect(descending).toEqual([...descending].sort().reverse());
    await expect(page.getByRole("columnheader", { name: /Last update/ })).toContainText("took effect");
  });

  test("the dashboard has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
