import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, fingerprint } from "./support/db";
import { as } from "./roles";

// One status update for several commitments from the list: both recorded, or (one of them saved
// since the list was opened) none, with that one named. Commitments no other spec changes.
test.describe.configure({ mode: "serial" });
test.use(as("analyst"));

const FIRST = "Modernize Kazakhstan's defence-industry infrastructure through joint ventures";
const SECOND = "Facilitate and diversify bilateral trade and investment";
const SAVED_ELSEWHERE = "Deepen multifaceted cooperation under the Enhanced Strategic Partnership";
// Every commitment on one page, whatever other specs have logged.
const LIST = "/commitments?size=100&sort=title";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
});
test.afterAll(async () => {
  await db.end();
});

const historyCount = async (title: string) =>
  (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM status_updates su JOIN commitments c ON c.id = su.commitment_id WHERE c.title = $1`,
      [title],
    )
  ).rows[0].n;

function bulkForm(page: Page) {
  return page.getByRole("region", { name: /status update for/i });
}

async function fillAndSend(page: Page, count: number, rationale: string) {
  const form = bulkForm(page);
  await expect(form.getByRole("heading")).toHaveText(`Record a status update for ${count} selected commitments`);
  await form.getByLabel("New status").selectOption({ label: "In progress" });
  await form.getByLabel("Progress (%)").fill("25");
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: `Record for ${count} commitments` }).click();
}

test("an analyst records In progress for two selected commitments at once", async ({ page }) => {
  const before = { first: await historyCount(FIRST), second: await historyCount(SECOND) };
  await page.goto(LIST);
  await expect(bulkForm(page)).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Select ${FIRST}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Select ${SECOND}`, exact: true }).check();
  await expect(page.getByRole("checkbox", { name: "Select all on this page" })).toBeChecked({ indeterminate: true });

  await fillAndSend(page, 2, "Both taken up by the joint working group on industry and trade.");

  await expect(bulkForm(page).getByRole("status")).toHaveText("Recorded In progress for 2 commitments.");
  for (const title of [FIRST, SECOND]) {
    await expect(page.getByRole("row", { name: title })).toContainText("In progress");
    await expect(page.getByRole("checkbox", { name: `Select ${title}`, exact: true })).not.toBeChecked();
  }
  expect(await historyCount(FIRST)).toBe(before.first + 1);
  expect(await historyCount(SECOND)).toBe(before.second + 1);
});

test("a selection with one commitment saved since the list was opened records nothing and names it", async ({ page }) => {
  await page.goto(LIST);
  await page.getByRole("checkbox", { name: `Select ${SECOND}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Select ${SAVED_ELSEWHERE}`, exact: true }).check();
  // Someone else saves it after this page was loaded.
  await db.query(`UPDATE commitments SET version = version + 1 WHERE title = $1`, [SAVED_ELSEWHERE]);
  const before = await fingerprint(db);

  await fillAndSend(page, 2, "Both moved forward at the business forum in Almaty.");

  const form = bulkForm(page);
  await expect(form.getByRole("alert")).toContainText("Nothing was recorded: 1 commitment of 2");
  const conflicts = form.getByTestId("bulk-conflicts");
  await expect(conflicts.getByRole("listitem")).toHaveCount(1);
  await expect(conflicts).toContainText(SAVED_ELSEWHERE);
  await expect(conflicts).toContainText("Someone else saved it after you opened the list");
  await expect(conflicts).not.toContainText(SECOND);
  expect(await fingerprint(db)).toEqual(before);

  await page.goto(LIST);
  await expect(page.getByRole("row", { name: SAVED_ELSEWHERE })).toContainText("Not yet assessed");
  await expect(page.getByRole("row", { name: SECOND })).toContainText("In progress");
});

test.describe("viewers", () => {
  test.use(as("viewer"));

  test("see no selection boxes and no bulk form", async ({ page }) => {
    await page.goto(LIST);
    await expect(page.getByRole("row", { name: FIRST })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Select / })).toHaveCount(0);
    await expect(bulkForm(page)).toHaveCount(0);
  });
});
