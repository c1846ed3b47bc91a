import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { as } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

// The meeting filter with thousands of meetings: a combobox that searches as you type, used with the
// keyboard alone, that submits the same ?meeting=<slug> a select did; the pages send only the chosen
// meeting, never the list of all meetings.

test.use({ ...as("viewer"), viewport: { width: 1280, height: 800 } });

const JSPG_TITLE = "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group";
const JSPG_SLUG = "jspg-8-2026-ankara";
const DECOY_TITLE = "Combobox decoy consultations";

/** Adds `count` meetings without commitments (none of them matches "strategic plan"); returns how many there are now. */
async function addMeetings(count: number): Promise<number> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meetings WHERE slug LIKE 'combobox-decoy-%'`);
    await db.query(
      `INSERT INTO meetings (id, slug, title, kind, held_on, location, updated_at)
       SELECT gen_random_uuid(), 'combobox-decoy-' || i, '${DECOY_TITLE} ' || i, 'Bilateral ministerial',
              date '2024-01-01' + (i % 700), 'Capital ' || (i % 40), now()
       FROM generate_series($1::int + 1, $1::int + $2::int) i`,
      [rows[0].n, count],
    );
    return rows[0].n + count;
  } finally {
    await db.end();
  }
}

function meetingFilter(page: Page) {
  const form = page.getByRole("search", { name: "Filter commitments" });
  return {
    form,
    combobox: form.getByLabel("Meeting", { exact: true }),
    listbox: form.getByRole("listbox", { name: "Meeting: matches" }),
    status: form.getByTestId("meeting-combobox-status"),
  };
}

test.beforeAll(async () => {
  await addMeetings(500);
});

test("with the keyboard alone: find the JSPG meeting by part of its title, choose it, and filter the list to its commitments", async ({
  page,
}) => {
  await page.goto("/commitments");
  const { combobox, listbox } = meetingFilter(page);
  await expect(combobox).toHaveRole("combobox");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await combobox.focus();
  await page.keyboard.type("strategic plan");
  const option = listbox.getByRole("option", { name: new RegExp(JSPG_TITLE) });
  await expect(listbox.getByRole("option")).toHaveCount(1);
  await expect(option).toContainText("2 Feb 2026");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expect(combobox).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);

  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await expect(combobox).toBeFocused();

  // Enter chooses the meeting and closes the list; it does not submit the form yet.
  await page.keyboard.press("Enter");
  await expect(combobox).toHaveValue(JSPG_TITLE);
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(listbox).toBeHidden();
  await expect(page).toHaveURL(/\/commitments$/);

  // Enter again submits the filter, as a select's form would.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]meeting=${JSPG_SLUG}(&|$)`));
  await expect(page.getByTestId("list-total")).toContainText("match these filters");
  await expect(page.getByRole("row", { name: /Open Maarif Schools in Astana and Almaty/ })).toBeVisible();
  await expect(meetingFilter(page).combobox).toHaveValue(JSPG_TITLE);
});

test("Escape closes the list, a search without matches says so, and emptying the text clears the filter", async ({ page }) => {
  await page.goto(`/commitments?meeting=${JSPG_SLUG}`);
  const { combobox, listbox, status } = meetingFilter(page);
  await expect(combobox).toHaveValue(JSPG_TITLE);
  await combobox.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("decoy consultations 1");
  await expect(listbox.getByRole("option").first()).toBeVisible();
  await expect(listbox.getByRole("option")).toHaveCount(20);
  await page.keyboard.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(combobox).toBeFocused();
  // A second Escape puts back the meeting the filter holds.
  await page.keyboard.press("Escape");
  await expect(combobox).toHaveValue(JSPG_TITLE);

  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("zzqx no such meeting");
  await expect(status).toHaveText("No meeting matches “zzqx no such meeting”.");
  await expect(listbox).toBeHidden();

  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await expect(combobox).toHaveValue("");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]meeting=(&|$)/);
  await expect(page.getByTestId("list-total")).not.toContainText("match these filters");
});

test("the dashboard's meeting filter is the same combobox", async ({ page }) => {
  await page.goto("/");
  const form = page.getByRole("form", { name: "Dashboard filters" });
  const combobox = form.getByLabel("Meeting", { exact: true });
  await expect(combobox).toHaveRole("combobox");
  await combobox.focus();
  await page.keyboard.type("jspg");
  await expect(form.getByRole("option", { name: new RegExp(JSPG_TITLE) })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]meeting=${JSPG_SLUG}(&|$)`));
  await expect(page.getByText(`Filtered to ${JSPG_TITLE}.`)).toBeVisible();
});

test("the list's and the dashboard's HTML hold no meeting but the chosen one, and do not grow with the number of meetings", async ({
  page,
}) => {
  const html = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return response.text();
  };
  for (const path of ["/commitments", `/commitments?meeting=${JSPG_SLUG}`, "/", `/?meeting=${JSPG_SLUG}`]) {
    const before = await html(path);
    expect(before, path).not.toContain(DECOY_TITLE);
    if (path.includes("meeting=")) expect(before, path).toContain(JSPG_TITLE);
    const total = await addMeetings(200);
    const after = await html(path);
    expect(after, path).not.toContain(DECOY_TITLE);
    // 200 more meetings would be 200 more options. (Not the page's length: other tests running at the
    // same time change the list's rows.)
    const options = (text: string) => (text.match(/<option\b/g) ?? []).length;
    expect(options(after), `${path} with ${total} extra meetings`).toBe(options(before));
    expect(options(after), path).toBeLessThan(60);
  }
});
