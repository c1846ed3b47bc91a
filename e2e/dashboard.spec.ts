import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openCommitment } from "./helpers";
import { as } from "./roles";

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

  test("the dashboard has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
