import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { as, signedOut } from "./roles";

// The app on a phone held upright (390×844): no page scrolls sideways, the list is cards, the filters
// fold behind a button, the chart keys sit outside the charts. And on paper: content only, every chart drawn.

const PHONE = { width: 390, height: 844 };
const MEETING = "jspg-8-2026-ankara";
const CHART_TITLES = [
  "Where the commitments stand",
  "Delivery against the total (burn-up)",
  "Status over time",
  "Status by category",
  "Status by party",
];

/**
 * What sticks out of the window to the right, when the page is wider than the window: the outermost
 * such elements that no scrolling box of their own contains. Empty when nothing scrolls sideways.
 */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const scrolls = (e: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(e).overflowX);
    const out: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (element.getBoundingClientRect().right <= width + 0.5) continue;
      let parent = element.parentElement;
      let inside = false;
      while (parent && parent !== document.body) {
        if (scrolls(parent) || parent.getBoundingClientRect().right > width + 0.5) inside = true;
        parent = parent.parentElement;
      }
      if (!inside)
        out.push(`${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")} "${element.textContent?.slice(0, 40)}"`);
    }
    return [`scrollWidth ${scrollWidth} > ${width}`, ...out.slice(0, 5)];
  });
}

async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => sideways(page), { message: `${page.url()} scrolls sideways` }).toEqual([]);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The dashboard with its figures streamed in and its five charts drawn (on the server: all of them, without scrolling). */
async function openDashboard(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();
  await expect(page.locator("[data-chart-plot]")).toHaveCount(CHART_TITLES.length);
}

test.describe("at 390×844 as a viewer", () => {
  test.use({ ...as("viewer"), viewport: PHONE });

  test("the dashboard does not scroll sideways, folds its filters behind a button, keeps chart keys off the charts, and passes axe", async ({
    page,
  }) => {
    await openDashboard(page);
    await expectNoSidewaysScroll(page);

    const filters = page.getByRole("form", { name: "Dashboard filters" });
    const fold = page.getByRole("button", { name: /^Filters \(0 active\)/ });
    await expect(filters).toBeHidden();
    await expect(fold).toHaveAttribute("aria-expanded", "false");
    await fold.click();
    await expect(filters).toBeVisible();
    await expect(fold).toHaveAttribute("aria-expanded", "true");
    await expectNoSidewaysScroll(page);
    await fold.click();
    await expect(filters).toBeHidden();

    // A key is HTML above or below its chart, never drawn over the bars or the axes.
    for (const title of CHART_TITLES) {
      const card = page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
      const chart = await card.locator("[data-chart-plot]").boundingBox();
      expect(chart, title).not.toBeNull();
      expect(chart!.x + chart!.width, title).toBeLessThanOrEqual(PHONE.width);
      for (const key of await card.getByRole("list", { name: /in this chart|on this timeline/ }).all()) {
        const box = (await key.boundingBox())!;
        const apart = box.y + box.height <= chart!.y + 0.5 || box.y >= chart!.y + chart!.height - 0.5;
        expect(apart, `${title}: its key overlaps the chart`).toBe(true);
      }
    }

    await expectNoSeriousAxeViolations(page);
  });

  test("a party filter on the dashboard says so on the folded filters' button", async ({ page }) => {
    await page.goto("/?party=Azerbaijan");
    await expect(page.getByRole("button", { name: /^Filters \(1 active\)/ })).toBeVisible();
  });

  test("the list is a card per commitment, its filters fold behind a button, it does not scroll sideways and passes axe", async ({
    page,
  }) => {
    await page.goto("/commitments");
    // One markup for every width: on a phone each row of the table is drawn as a card.
    const cards = page.getByRole("table").locator("tbody tr");
    const first = cards.first();
    await expect(first).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Commitment" })).toBeHidden();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/commitments\/[\w-]+$/);
    await expect(first.getByRole("link").nth(1)).toHaveAttribute("href", /^\/meetings\/[\w-]+$/);
    await expect(first).toContainText("Meeting");
    await expect(first).toContainText("Target");
    await expect(first).toContainText("Last update");
    // Without the parties, the category and the progress.
    await expect(first.getByRole("progressbar")).toBeHidden();
    // A card: bordered, inside the window, the status badge on the title's line at the right.
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await first.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe("1px");
    const title = (await first.getByRole("link").first().boundingBox())!;
    const badge = first.locator("span[title]").first();
    await expect(badge).toBeVisible();
    const badgeBox = (await badge.boundingBox())!;
    expect(badgeBox.x).toBeGreaterThan(title.x + title.width - 1);
    expect(badgeBox.y).toBeLessThan(title.y + title.height);
    // The next card starts below this one.
    expect((await cards.nth(1).boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height);

    const filters = page.getByRole("search", { name: "Filter commitments" });
    const fold = page.getByRole("button", { name: /^Filters \(0 active\)/ });
    await expect(filters).toBeHidden();
    await fold.click();
    await expect(filters).toBeVisible();
    await expect(filters.getByLabel("Search title, description and source")).toBeVisible();

    // "Skip to results" lands on the first card's title.
    await expect(page.getByRole("link", { name: "Skip to results" })).toHaveAttribute("href", "#first-result");
    await expect(page.locator("#first-result")).toBeVisible();

    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    await page.goto("/commitments?q=Maarif&overdue=1");
    await expect(page.getByRole("button", { name: /^Filters \(2 active\)/ })).toBeVisible();
  });

  test("a commitment, the meetings and a meeting do not scroll sideways", async ({ page }) => {
    await page.goto(`/commitments?meeting=${MEETING}`);
    const firstCard = page.getByRole("table").locator("tbody tr").first().getByRole("link").first();
    await firstCard.click();
    await expect(page).toHaveURL(/\/commitments\/[\w-]+$/);
    await expect(page.getByRole("heading", { name: /^History/ })).toBeVisible();
    await expect(page.locator("[data-chart-plot]").first()).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.goto("/meetings");
    await expect(page.getByRole("link", { name: /Joint Strategic Planning Group/ }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.goto(`/meetings/${MEETING}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Joint Strategic Planning Group");
    await expectNoSidewaysScroll(page);

    await page.goto("/account/password");
    await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("the header's navigation wraps inside the window", async ({ page }) => {
    await page.goto("/meetings");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Dashboard", "Commitments", "Meetings"]) await expect(nav.getByRole("link", { name })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    // The saved views menu, open, stays inside the window too.
    await page.getByTestId("views-menu").locator("summary").click();
    await expect(page.getByRole("link", { name: "Manage saved views" })).toBeInViewport();
    await expectNoSidewaysScroll(page);
  });
});

test.describe("at 390×844 as an analyst", () => {
  test.use({ ...as("analyst"), viewport: PHONE });

  for (const [path, heading] of [
    ["/commitments/new", "Log a commitment"],
    ["/commitments/import", "Import commitments"],
    ["/meetings/new", "New meeting"],
  ] as const) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe("at 390×844 as an admin", () => {
  test.use({ ...as("admin"), viewport: PHONE });

  test("the accounts and the audit trail scroll their tables, not the page", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test.describe("at 390×844 signed out", () => {
  test.use({ ...signedOut, viewport: PHONE });

  test("the sign-in page does not scroll sideways", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test.describe("in print", () => {
  test.use(as("viewer"));

  test("the dashboard prints every chart drawn, without scrolling, and without the navigation or the filters", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Status over time" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Dashboard filters" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();

    await expect(page.locator("[data-chart-plot]")).toHaveCount(CHART_TITLES.length);
    for (const title of CHART_TITLES) {
      const card = page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
      // Bars, lines or areas, each with a size: the chart is drawn, not an empty frame.
      const marks = card.locator("[data-chart-plot]").locator("[data-piece], path[data-series], path[data-status]");
      await expect
        .poll(
          () =>
            marks.evaluateAll(
              (paths) => paths.filter((p) => p.getBoundingClientRect().width > 0 && p.getBoundingClientRect().height > 0).length,
            ),
          { message: `${title} is drawn` },
        )
        .toBeGreaterThan(0);
      // In their colours, with "Background graphics" off too (the print dialog's default): a bar is a coloured box.
      const adjust = await card
        .locator("[data-chart-plot] [data-piece], ul[aria-label] li > span[aria-hidden]")
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).printColorAdjust));
      expect(adjust.length, `${title}: coloured marks or key`).toBeGreaterThan(0);
      expect(new Set(adjust), `${title}: marks printed without their colour`).toEqual(new Set(["exact"]));
    }
  });

  test("the list, a commitment and a meeting print without the navigation, the filters or the forms", async ({ page }) => {
    await page.goto("/commitments");
    await expect(page.getByTestId("list-total")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("search", { name: "Filter commitments" })).toBeHidden();
    await expect(page.getByTestId("list-columns")).toBeHidden();
    await expect(page.getByTestId("list-total")).toBeVisible();

    await page.goto(`/meetings/${MEETING}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Joint Strategic Planning Group");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    for (const button of await page.locator("button").all()) await expect(button).toBeHidden();

    const pledge = await page.locator('section[aria-labelledby="pledges-heading"] li a').first().getAttribute("href");
    await page.goto(pledge!);
    await expect(page.getByRole("heading", { name: /^History/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    for (const form of await page.locator("main form").all()) await expect(form).toBeHidden();
  });

  test("the implementation report prints without its controls, each category on a new page, links written out", async ({ page }) => {
    await page.goto(`/reports/implementation?meeting=${MEETING}`);
    await expect(page.getByTestId("report-document")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Report parameters" })).toBeHidden();
    for (const button of await page.locator("button").all()) await expect(button).toBeHidden();
    const sections = page.getByTestId("report-section");
    expect(await sections.count()).toBeGreaterThan(1);
    expect(await sections.first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
    // An absolute link is followed by its address in print.
    const link = page.getByTestId("report-commitment").first().locator('a[href*="#source-"]').first();
    expect(await link.evaluate((el) => getComputedStyle(el, "::after").content)).toMatch(/^" \(" attr\(href\) "\)"$|^" \(http/);
  });
});
