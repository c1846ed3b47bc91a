import { expect, test, type Locator, type Page } from "@playwright/test";
import { openCommitment } from "./helpers";
import { as } from "./roles";

// From a freshly loaded page, a keyboard reaches the page's main action through its skip links: the
// layout's "Skip to content", then the page's own. The budget is four Tab presses (and an Enter on
// each skip link); before the skip links it took 37 to reach the first result and about 44 the status.
const TAB_BUDGET = 4;

/**
 * Presses Tab from the top of the page until `target` has the focus, pressing Enter on each skip link
 * of `via` (in order) when it has the focus. Answers the number of Tab presses, or fails past the budget.
 */
async function tabsTo(page: Page, target: Locator, via: string[]): Promise<number> {
  let tabs = 0;
  const stops = [...via.map((name) => page.getByRole("link", { name, exact: true })), target];
  for (const [index, stop] of stops.entries()) {
    while (!(await stop.evaluate((element) => element === document.activeElement))) {
      expect(tabs, `Tab presses to reach ${index < via.length ? `"${via[index]}"` : "the main action"}`).toBeLessThan(TAB_BUDGET);
      await page.keyboard.press("Tab");
      tabs++;
    }
    if (index === via.length) break;
    // Visually hidden until focused: a focused skip link is shown, with the focus ring.
    expect((await stop.boundingBox())?.width ?? 0).toBeGreaterThan(20);
    await expect(stop).toHaveCSS("outline-style", "solid");
    await page.keyboard.press("Enter");
    // The link hands the focus to its target, or (a target that takes no focus) moves the point Tab starts from.
    await expect(stop).not.toBeFocused();
  }
  return tabs;
}

test.describe("as an analyst", () => {
  test.use(as("analyst"));

  test("the first result of the commitments list is at most four Tab presses from the top", async ({ page }) => {
    await page.goto("/commitments");
    const firstResult = page.getByRole("table").locator("tbody").getByRole("link").first();
    await expect(firstResult).toBeVisible();
    expect(await tabsTo(page, firstResult, ["Skip to content", "Skip to results"])).toBeLessThanOrEqual(TAB_BUDGET);
    await expect(firstResult).toBeFocused();
  });

  test("a commitment's status field is at most four Tab presses from the top, though the form sits below the history", async ({ page }) => {
    await openCommitment(page, "Enhance cooperation on the environment");
    await page.goto(page.url());
    // The status update's field (each party's assessment form, folded further down, has one too).
    const status = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) }).getByLabel("New status");
    expect(await tabsTo(page, status, ["Skip to content", "Skip to status update"])).toBeLessThanOrEqual(TAB_BUDGET);
    await expect(status).toBeFocused();
    await expect(status).toBeInViewport();
  });
});

test.describe("as a viewer", () => {
  test.use(as("viewer"));

  test("a viewer's commitment page skips to the history, and offers no skip to a form it does not show", async ({ page }) => {
    await openCommitment(page, "Enhance cooperation on the environment");
    await page.goto(page.url());
    await expect(page.getByRole("link", { name: "Skip to status update" })).toHaveCount(0);
    const history = page.getByRole("heading", { name: /^History/ });
    expect(await tabsTo(page, history, ["Skip to content", "Skip to history"])).toBeLessThanOrEqual(TAB_BUDGET);
    await expect(history).toBeFocused();
  });
});
