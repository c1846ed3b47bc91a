import { expect, test, type Page, type Request } from "@playwright/test";
import { openCommitment } from "./helpers";
import { as, signedOut } from "./roles";

test.describe.configure({ mode: "serial" });
test.use(as("analyst"));

test("an analyst sets Maarif Schools to In progress and sees it in the history and the list", async ({ page }) => {
  await openCommitment(page, "Maarif Schools");
  await expect(page.getByTestId("source-quote")).toContainText("establishment of Maarif Schools in Astana and Almaty");

  const form = page
    .getByRole("region", { name: "Update status" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) }));
  await form.getByLabel("New status").selectOption({ label: "In progress" });
  await form.getByLabel("Progress (%)").fill("15");
  await form.getByLabel("Rationale").fill("Land allocated for the Astana campus; construction tender announced.");
  await form.getByLabel("Evidence links (optional)").fill("https://example.org/maarif-astana");
  await form.getByRole("button", { name: "Save status update" }).click();

  await expect(page.getByRole("status")).toHaveText("Status update saved.");
  const newest = page.getByTestId("history-entry").first();
  await expect(newest).toContainText("Not yet assessed");
  await expect(newest).toContainText("In progress");
  await expect(newest).toContainText("Land allocated for the Astana campus");
  await expect(newest).toContainText("Arman Analyst");
  await expect(newest.getByRole("link", { name: "https://example.org/maarif-astana" })).toBeVisible();
  await expect(page.getByTestId("history-entry")).toHaveCount(2);

  await page.goto("/commitments?status=IN_PROGRESS");
  const row = page.getByRole("row", { name: /Open Maarif Schools in Astana and Almaty/ });
  await expect(row).toContainText("In progress");
  await expect(row).toContainText("15%");
  await page.goto("/commitments?status=NOT_YET_ASSESSED");
  await expect(page.getByRole("row", { name: /Open Maarif Schools/ })).toHaveCount(0);
});

test("a bad update shows what to fix and keeps what was typed", async ({ page }) => {
  await openCommitment(page, "Maarif Schools");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
  await section.getByLabel("New status").selectOption({ label: "Fulfilled" });
  await section.getByLabel("Progress (%)").fill("40");
  await section.getByLabel("Rationale").fill("Both schools opened.");
  await section.getByLabel("Evidence links (optional)").fill("javascript:alert(1)");
  await section.getByRole("button", { name: "Save status update" }).click();
  await expect(section.getByRole("alert")).toContainText("nothing was saved");
  await expect(section.getByText("A fulfilled commitment is at 100 % progress.")).toBeVisible();
  await expect(section.getByText(/full http:\/\/ or https:\/\/ addresses/)).toBeVisible();
  await expect(section.getByLabel("Rationale")).toHaveValue("Both schools opened.");
  await expect(page.getByTestId("history-entry")).toHaveCount(2);
});

test("a second analyst saving from a stale page is told, and nothing is overwritten", async ({ browser }) => {
  const first = await browser.newPage(as("analyst"));
  const secondContext = await browser.newContext(as("admin"));
  const other = await secondContext.newPage();
  await openCommitment(first, "Maarif Schools");
  await openCommitment(other, "Maarif Schools");

  const firstForm = first.locator("section", { has: first.getByRole("heading", { name: "Update status" }) });
  await firstForm.getByLabel("Progress (%)").fill("25");
  await firstForm.getByLabel("Rationale").fill("Tender awarded for the Astana campus.");
  await firstForm.getByRole("button", { name: "Save status update" }).click();
  await expect(first.getByRole("status")).toHaveText("Status update saved.");

  const otherForm = other.locator("section", { has: other.getByRole("heading", { name: "Update status" }) });
  await otherForm.getByLabel("New status").selectOption({ label: "Stalled" });
  await otherForm.getByLabel("Rationale").fill("No visible progress since spring.");
  await otherForm.getByRole("button", { name: "Save status update" }).click();
  await expect(otherForm.getByRole("alert")).toContainText("Someone else saved this commitment");
  await expect(other.getByTestId("conflict-state")).toContainText("In progress, 25% progress");
  await other.reload();
  await expect(other.getByTestId("history-entry").first()).toContainText("Tender awarded for the Astana campus.");
  await expect(other.getByTestId("history-entry")).toHaveCount(3);
  await Promise.all([first.close(), secondContext.close()]);
});

test("a viewer finds no way to edit, and replaying an analyst's save as a viewer changes nothing", async ({ browser }) => {
  // Capture a real status-update request from an analyst's page without letting it reach the server.
  const analystContext = await browser.newContext(as("analyst"));
  const analyst = await analystContext.newPage();
  await openCommitment(analyst, "critical minerals");
  let captured: Request | null = null;
  await analyst.route("**/commitments/**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  const analystForm = analyst.locator("section", { has: analyst.getByRole("heading", { name: "Update status" }) });
  await analystForm.getByLabel("New status").selectOption({ label: "Broken" });
  await analystForm.getByLabel("Rationale").fill("Replayed by an attacker: must not be recorded.");
  await analystForm.getByRole("button", { name: "Save status update" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const request = captured as unknown as Request;
  const replay = { headers: { ...request.headers() }, data: request.postDataBuffer()! };
  delete replay.headers.cookie;

  const viewerContext = await browser.newContext(as("viewer"));
  const viewer = await viewerContext.newPage();
  await viewer.goto("/");
  await expect(viewer.getByRole("link", { name: "Log a commitment" })).toHaveCount(0);
  await openCommitment(viewer, "critical minerals");
  await expect(viewer.getByRole("heading", { name: "Update status" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Edit details" })).toHaveCount(0);
  const url = viewer.url();
  expect((await viewer.goto("/commitments/new"))?.status()).toBe(403);
  await expect(viewer.getByText("Only analysts and admins can change records")).toBeVisible();

  const asViewer = await viewerContext.request.post(request.url(), replay);
  expect(asViewer.status()).toBeLessThan(500);
  expect(await asViewer.text()).toContain("Your role does not allow this.");
  const anonymous = await (await browser.newContext(signedOut)).request.post(request.url(), { ...replay, maxRedirects: 0 });
  expect(anonymous.status()).toBeLessThan(500);

  await viewer.goto(url);
  await expect(viewer.getByTestId("history-entry")).toHaveCount(1);
  await expect(viewer.getByText("Replayed by an attacker")).toHaveCount(0);

  // The analyst's own session from a foreign page (another Origin) is refused too: Next.js checks
  // that a server action's Origin matches its host.
  const foreign = await analystContext.request.post(request.url(), {
    ...replay,
    headers: { ...replay.headers, origin: "https://evil.example" },
  });
  expect(foreign.status()).not.toBe(200);
  await viewer.reload();
  await expect(viewer.getByTestId("history-entry")).toHaveCount(1);

  // Control: the same replay with the analyst's own session is accepted, so the replay itself is sound.
  const asAnalyst = await analystContext.request.post(request.url(), replay);
  expect(asAnalyst.status()).toBeLessThan(400);
  await viewer.reload();
  await expect(viewer.getByTestId("history-entry")).toHaveCount(2);
  await Promise.all([analystContext.close(), viewerContext.close()]);
});

test("two saves in a row on one page are both recorded (a new form id and version after each)", async ({ page }) => {
  await openCommitment(page, "Deepen cooperation within the UN");
  const before = await page.getByTestId("history-entry").count();
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
  // Not 10%: the authorization matrix may leave this commitment In progress at 10%, and recording
  // the same status and progress again asks for a confirmation first.
  for (const [progress, rationale] of [
    ["15", "First note of the day: a joint statement at the UN General Assembly."],
    ["25", "Second note of the day: a joint OSCE initiative announced."],
  ]) {
    await form.getByLabel("New status").selectOption({ label: "In progress" });
    await form.getByLabel("Progress (%)").fill(progress);
    await form.getByLabel("Rationale").fill(rationale);
    await form.getByRole("button", { name: "Save status update" }).click();
    await expect(form.getByRole("status")).toHaveText("Status update saved.");
    await expect(page.getByTestId("history-entry").first()).toContainText(rationale);
  }
  await expect(page.getByTestId("history-entry")).toHaveCount(before + 2);
  await page.reload();
  await expect(page.getByTestId("history-entry")).toHaveCount(before + 2);
});

// A commitment no other spec changes through the form; it starts "Not yet assessed" at 0%.
const QUIET_COMMITMENT = "Enhance cooperation on the environment";

function statusSection(page: Page) {
  return page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
}

test("the commitment page shows the status, the timeline and the history before the forms, and the glossary last", async ({ page }) => {
  await openCommitment(page, QUIET_COMMITMENT);
  // One chain of sibling selectors: each section comes after the one before it, and the glossary is last.
  const inOrder = page.locator(
    [
      "article > header",
      'section[aria-labelledby="timeline-title"]',
      "section#history",
      'section[aria-labelledby="update-heading"]',
      "section#lineage",
      "details:last-child",
    ].join(" ~ "),
  );
  await expect(inOrder).toHaveCount(1);
  await expect(inOrder).toContainText("What the statuses and compliance scores mean");
});

test("the form checks itself in its own words: no browser bubble, an inline error on the field, and the focus on it", async ({ page }) => {
  await openCommitment(page, QUIET_COMMITMENT);
  const form = statusSection(page);
  const entries = page.getByTestId("history-entry");
  const before = await entries.count();
  // novalidate: the browser's own bubbles (worded by the browser, gone in a moment) never show.
  await expect(form.locator("form")).toHaveAttribute("novalidate", "");
  const rationale = form.getByLabel("Rationale");
  const progress = form.getByLabel("Progress (%)");

  await rationale.fill("");
  await form.getByRole("button", { name: "Save status update" }).click();
  await expect(form.getByRole("alert")).toHaveText("Some fields need attention; nothing was saved.");
  await expect(rationale).toBeFocused();
  await expect(rationale).toHaveAttribute("aria-invalid", "true");
  await expect(rationale).toHaveAccessibleDescription(/Explain the change in at least 10 characters/);

  // A browser would have stopped 101 with a bubble of its own (max=100) before the form saw it.
  await progress.fill("101");
  await rationale.fill("Checked the ministry's statement again: nothing new to report.");
  await form.getByRole("button", { name: "Save status update" }).click();
  await expect(progress).toBeFocused();
  await expect(progress).toHaveAttribute("aria-invalid", "true");
  await expect(progress).toHaveAccessibleDescription(/Progress is a number from 0 to 100/);
  await expect(rationale).toHaveAttribute("aria-invalid", "false");
  await expect(rationale).toHaveValue("Checked the ministry's statement again: nothing new to report.");
  await expect(entries).toHaveCount(before);
});

test("the date field keeps its ISO value and says the chosen day the way the app writes days", async ({ page }) => {
  await openCommitment(page, QUIET_COMMITMENT);
  const date = statusSection(page).getByLabel("Took effect on");
  await date.fill("2026-02-03");
  await expect(date).toHaveValue("2026-02-03");
  await expect(date).toHaveAccessibleDescription(/^Takes effect: 3 Feb 2026\./);
  await expect(statusSection(page).getByText("Takes effect: 3 Feb 2026.")).toBeVisible();
});

test("recording the same status and progress again asks first; after the save the confirmation has the focus and the new entry is in view", async ({
  page,
}) => {
  await openCommitment(page, QUIET_COMMITMENT);
  const form = statusSection(page);
  const entries = page.getByTestId("history-entry");
  const before = await entries.count();
  // Unique across retries, which find the first attempt's entry in the history.
  const rationale = `Reviewed after the environment ministers' call (${Date.now()}): still no assessment possible.`;
  // The status and progress the form proposes are the current ones.
  await form.getByLabel("Took effect on").fill("2026-02-03");
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Save status update" }).click();
  const question = form.getByTestId("same-status-question");
  await expect(
    question.getByText("This records the same status and progress again, as a new dated entry with your rationale. Record it anyway?"),
  ).toBeVisible();
  await expect(question).toBeFocused();

  // From the foot of the page, where the history is out of sight.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await form.getByRole("button", { name: "Record it anyway" }).click();
  const confirmation = form.getByRole("status");
  await expect(confirmation).toHaveText("Status update saved.");
  await expect(confirmation).toBeFocused();
  await expect(entries).toHaveCount(before + 1);
  const entry = entries.filter({ hasText: rationale });
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("took effect 3 Feb 2026");
  await expect(question).toHaveCount(0);
});
