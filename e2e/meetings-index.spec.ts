import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { as } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

// The meetings index with many meetings: a page of 50 at a time, a search by words of the title, used
// with the keyboard alone; a page's HTML does not grow with the number of meetings.

test.use({ ...as("viewer"), viewport: { width: 1280, height: 800 } });

const TITLE = "Índex pager consultations";
const COUNT = 120;

test.beforeAll(async () => {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    // One a day, the newest (number 120) on 30 Apr 2024; none of them has commitments.
    await db.query(
      `INSERT INTO meetings (id, slug, title, kind, held_on, location, updated_at)
       SELECT gen_random_uuid(), 'index-pager-' || i, '${TITLE} ' || i, 'Bilateral ministerial',
              date '2024-01-01' + i, 'Capital ' || (i % 40), now()
       FROM generate_series(1, ${COUNT}) i
       ON CONFLICT (slug) DO NOTHING`,
    );
  } finally {
    await db.end();
  }
});

test("with the keyboard alone: search the meetings by words of the title and walk the pages", async ({ page }) => {
  await page.goto("/meetings");
  const list = page.getByTestId("meeting-list").getByRole("listitem");
  await expect(list).toHaveCount(50);

  const search = page.getByRole("searchbox", { name: "Search meetings" });
  await search.focus();
  // Accents and case do not matter, nor the order of the words.
  await page.keyboard.type("CONSULTATIONS index");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\?q=CONSULTATIONS\+index$/);
  const pager = page.getByRole("navigation", { name: "Pages of meetings", exact: true });
  await expect(pager).toContainText(`Showing meetings 1–50 of ${COUNT}`);
  await expect(list).toHaveCount(50);
  await expect(list.first()).toContainText(`${TITLE} ${COUNT}`);
  await expect(list.first()).toContainText("30 Apr 2024 · Capital 0 · Bilateral ministerial · 0 commitments");
  await expect(list.filter({ hasNotText: TITLE })).toHaveCount(0);

  // The pager's links, reached with Tab like any link.
  const next = pager.getByRole("link", { name: "Next →" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\?q=CONSULTATIONS\+index&page=2$/);
  await expect(pager).toContainText(`Showing meetings 51–100 of ${COUNT}`);
  await expect(list.first()).toContainText(`${TITLE} ${COUNT - 50}`);
  await expect(search).toHaveValue("CONSULTATIONS index");
  await pager.getByRole("link", { name: "Page 3" }).click();
  await expect(pager).toContainText(`Showing meetings 101–${COUNT} of ${COUNT}`);
  await expect(list).toHaveCount(COUNT - 100);
  await expect(list.last()).toContainText(`${TITLE} 1`);
  await expect(pager.getByRole("link", { name: "Page 3" })).toHaveAttribute("aria-current", "page");

  const results = await new AxeBuilder({ page }).include("main").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // A page past the end is the last page; a meeting opens from its title.
  await page.goto("/meetings?q=index+pager&page=99");
  await expect(pager).toContainText(`Showing meetings 101–${COUNT} of ${COUNT}`);
  await list.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${TITLE} 20`);
});

test("a search that finds nothing says so and leads back to every meeting", async ({ page }) => {
  await page.goto("/meetings?q=index+pager+nowhere");
  await expect(page.getByText("No meeting matches “index pager nowhere”")).toBeVisible();
  await expect(page.getByTestId("meeting-list")).toHaveCount(0);
  await page.getByRole("link", { name: "show all meetings" }).click(); // the only one: the button beside the search is for a search that found some
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole("searchbox", { name: "Search meetings" })).toHaveValue("");
  await expect(page.getByTestId("meeting-list").getByRole("listitem")).toHaveCount(50);
});

test("a page's HTML holds 50 meetings whatever their number", async ({ page }) => {
  const items = async () => {
    const response = await page.request.get("/meetings");
    expect(response.status()).toBe(200);
    return ((await response.text()).match(/<li class="p-4"/g) ?? []).length;
  };
  expect(await items()).toBe(50);
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO meetings (id, slug, title, kind, held_on, updated_at)
       SELECT gen_random_uuid(), 'index-growth-' || gen_random_uuid(), 'Index growth meeting ' || i, 'Summit', date '2023-06-01' + i, now()
       FROM generate_series(1, 200) i`,
    );
  } finally {
    await db.end();
  }
  expect(await items()).toBe(50);
});
