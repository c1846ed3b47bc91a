import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { as } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

// The extraction review page shows one page of candidates at a time, so its size does not grow with
// the readout; candidates already logged are folded away and not counted as left to review.
test.use(as("analyst"));

const JSPG = readFileSync("prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt", "utf8");
const LONG_SLUG = "long-readout-review-e2e-2026";
const LONG_PATH = `/meetings/${LONG_SLUG}/extract`;
// Estimated at about 0.3 MB for the first page of this readout (460 candidates, 19 pages) and 0.18 MB
// for its last; the whole list on one page, as before, came to over 4 MB.
const MAX_PAGE_BYTES = 1_000_000;
const COPY_MARKER = (copy: number) => `The sides agreed to hold review meeting number ${copy} in Astana.`;

/** The JSPG readout again and again to about 190,000 characters, each copy's numbers moved on and a sentence of its own added. */
function longReadout(): { text: string; copies: number } {
  const copies: string[] = [];
  for (let i = 0; copies.join("\n").length < 190_000; i++)
    copies.push(`${JSPG.replace(/\d+/g, (n) => String(Number(n) + i)).trimEnd()}\n${COPY_MARKER(i + 1)}`);
  return { text: copies.join("\n"), copies: copies.length };
}
const { text: READOUT, copies: COPIES } = longReadout();

test.beforeAll(async () => {
  // Straight into the database: pasting 190,000 characters into the form is the meeting form's test, not this one's.
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO meetings (id, slug, title, kind, held_on, participants, source_text, updated_at)
       VALUES (gen_random_uuid(), $1, 'A long readout to review (e2e)', 'Bilateral ministerial', DATE '2026-02-03', 'Türkiye, Kazakhstan', $2, now())
       ON CONFLICT (slug) DO NOTHING`,
      [LONG_SLUG, READOUT],
    );
  } finally {
    await db.end();
  }
});

test("the review page of a 190,000-character readout stays small: one page of candidates, not the readout", async ({ page }) => {
  expect(READOUT.length).toBeGreaterThan(189_000);
  expect(READOUT.length).toBeLessThan(200_000);
  for (const path of [LONG_PATH, `${LONG_PATH}?page=9999&aside=9999`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const bytes = Buffer.byteLength(html);
    test.info().annotations.push({ type: "review page size", description: `${path}: ${bytes} bytes` });
    expect(bytes, path).toBeLessThan(MAX_PAGE_BYTES);
    expect(html).toContain("Review extracted pledges");
  }
  const first = await (await page.request.get(LONG_PATH)).text();
  expect(first).toContain(COPY_MARKER(1));
  // The last copy's own sentence is pages away: the readout itself is not sent.
  expect(first).not.toContain(COPY_MARKER(COPIES));
});

test("an analyst walks to the next page of candidates by keyboard; the page states its limits", async ({ page }) => {
  await page.goto(LONG_PATH);
  const pages = page.getByRole("navigation", { name: "Pages of candidates", exact: true });
  await expect(pages).toContainText(/Showing candidates 1–25 of [\d,]+/);
  await expect(page.getByText(/25 candidates and 50 other sentences to a page/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Candidate 1", exact: true })).toBeVisible();
  await expect(page.getByText(/^On this page:/)).toHaveText("On this page: 0 accepted · 0 rejected · 25 to review");

  const next = pages.getByRole("link", { name: "Next →" });
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(pages).toContainText(/Showing candidates 26–50 of [\d,]+/);
  await expect(pages.getByRole("link", { name: "Page 2", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Candidate 26", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Candidate 1", exact: true })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "← Previous" })).toHaveAttribute("href", LONG_PATH);
});

test("page links keep the other parameters, and a page past the end is the last page", async ({ page }) => {
  await page.goto(`${LONG_PATH}?aside=2`);
  const others = page.getByRole("navigation", { name: "Pages of other sentences" });
  await expect(others).toBeVisible();
  await expect(others).toContainText(/Showing other sentences 51–100 of [\d,]+/);
  const next = page.getByRole("navigation", { name: "Pages of candidates", exact: true }).getByRole("link", { name: "Next →" });
  await expect(next).toHaveAttribute("href", `${LONG_PATH}?aside=2&page=2`);

  await page.goto(`${LONG_PATH}?page=9999`);
  await expect(page.getByRole("heading", { name: "Review extracted pledges" })).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Pages of candidates", exact: true });
  await expect(pages).toContainText(/Showing candidates [\d,]+–([\d,]+) of \1(?!\d)/);
  await expect(pages.getByRole("link", { name: "Next →" })).toHaveCount(0);
});

test("'Accept all strong and likely' says what it accepted, then that nothing is left to accept", async ({ page }) => {
  await page.goto(LONG_PATH);
  const status = page.getByRole("status");
  await page.getByRole("button", { name: "Accept all strong and likely" }).click();
  await expect(status).toHaveText(/^Accepted \d+ strong or likely candidates on this page\.$/);
  const accepted = (await status.textContent())!.match(/\d+/)![0];
  await expect(page.getByRole("button", { name: `Create ${accepted} commitments` })).toBeEnabled();
  await expect(page.getByText(/^On this page:/)).toContainText(`${accepted} accepted`);

  await page.getByRole("button", { name: "Accept all strong and likely" }).click();
  await expect(status).toHaveText("Nothing to accept: no strong or likely candidate is pending on this page.");
  // Nothing is created here: the Create button is left alone.
});

test("on the demo meeting, whose pledges are all logged, the candidates are folded away and not counted", async ({ page }) => {
  await page.goto("/meetings/jspg-8-2026-ankara/extract");
  await expect(page.getByRole("heading", { name: "Review extracted pledges" })).toBeVisible();
  const summary = page.getByText(/sentences of the readout read like pledges/);
  await expect(summary).toContainText("19 sentences of the readout read like pledges: 0 left to review, 19 already logged as commitments");
  await expect(page.getByText("Showing candidates 1–19 of 19")).toBeVisible();
  await expect(page.getByText(/^On this page:/)).toHaveText("On this page: 0 accepted · 0 rejected · 0 to review");
  await expect(page.getByRole("heading", { name: /^Candidate \d+$/ })).toHaveCount(0);
  await expect(page.getByText("Every candidate on this page is already logged as a commitment.", { exact: false })).toBeVisible();

  const folded = page.locator("details").filter({ has: page.getByText("19 candidates on this page already logged as commitments") });
  await folded.getByText("19 candidates on this page already logged as commitments").click();
  const first = folded.getByRole("listitem").filter({ hasText: "Candidate 1:" });
  await expect(first).toContainText("Logged as:");
  await expect(first).toContainText("Deepen cooperation on the development of the Middle Corridor");

  // Nothing strong or likely is pending: "Accept all" says so.
  await page.getByRole("button", { name: "Accept all strong and likely" }).click();
  await expect(page.getByRole("status")).toHaveText("Nothing to accept: no strong or likely candidate is pending on this page.");

  // A logged candidate can be brought back; it is then to review, but "Accept all" still leaves it alone.
  await first.getByRole("button", { name: "Review candidate 1 again" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Candidate 1", exact: true }) });
  await expect(card).toContainText("Already logged from this sentence:");
  await expect(card).toContainText("Deepen cooperation on the development of the Middle Corridor");
  await expect(page.getByText(/^On this page:/)).toHaveText("On this page: 0 accepted · 0 rejected · 1 to review");
  await expect(page.getByText("18 candidates on this page already logged as commitments")).toBeVisible();
  await page.getByRole("button", { name: "Accept all strong and likely" }).click();
  await expect(page.getByRole("status")).toHaveText("Nothing to accept: no strong or likely candidate is pending on this page.");
  await expect(page.getByRole("button", { name: "Create 0 commitments" })).toBeDisabled();
  await expect(card.getByRole("button", { name: "Accept", exact: true })).toHaveAttribute("aria-pressed", "false");
});

test("the quote box uses the app's font, not a serif or monospace one", async ({ page }) => {
  await page.goto(LONG_PATH);
  const quote = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Candidate 1", exact: true }) })
    .getByLabel("Source quote");
  const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  await expect(quote).toHaveCSS("font-family", body);
});
