import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openCommitment, signIn } from "./helpers";

async function figure(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator("dd").first().textContent();
  return Number(text);
}

/** The "In progress" count in the status chart's table: what the chart draws. */
async function chartInProgress(page: Page): Promise<number> {
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Where the commitments stand" }) });
  await card.getByText("Show the numbers as a table").click();
  return Number(await card.getByRole("row", { name: /In progress/ }).getByRole("cell").textContent());
}

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

test("an analyst's status update moves the dashboard's figures and charts, but not the view of yesterday", async ({ page }) => {
  await signIn(page, "analyst@example.org");
  await page.goto(`/?asOf=${yesterday()}`);
  const yesterdayBefore = await figure(page, "figure-in-progress");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const before = await figure(page, "figure-in-progress");
  expect(await chartInProgress(page)).toBe(before);
  await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();

  await openCommitment(page, "Continue supporting educational and cultural partnerships");
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
  await form.getByLabel("New status").selectOption({ label: "In progress" });
  await form.getByLabel("Progress (%)").fill("10");
  await form.getByLabel("Rationale").fill("Joint cultural programme announced for the spring term.");
  await form.getByRole("button", { name: "Save status update" }).click();
  await expect(page.getByRole("status")).toHaveText("Status update saved.");

  await page.goto("/");
  expect(await figure(page, "figure-in-progress")).toBe(before + 1);
  expect(await chartInProgress(page)).toBe(before + 1);
  await expect(page.locator("#recent")).toContainText("Continue supporting educational and cultural partnerships");

  await page.goto(`/?asOf=${yesterday()}`);
  await expect(page.getByTestId("as-of-banner")).toContainText("You are looking at the past");
  expect(await figure(page, "figure-in-progress")).toBe(yesterdayBefore);
  expect(await chartInProgress(page)).toBe(yesterdayBefore);
  await expect(page.locator("#recent")).not.toContainText("Continue supporting educational and cultural partnerships");
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
});

test("dashboard filters live in the URL and agree with the list they link to", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await page.locator("#dash-party").selectOption("Azerbaijan");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/party=Azerbaijan/);
  const tracked = await figure(page, "figure-tracked");
  expect(tracked).toBe(1);
  await page.getByTestId("figure-tracked").getByRole("link").click();
  await expect(page).toHaveURL(/\/commitments\?party=Azerbaijan/);
  await expect(page.getByText(`Showing 1–1 of 1 commitment`)).toBeVisible();
});

test("the dashboard has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
