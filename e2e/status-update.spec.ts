import { expect, test, type Request } from "@playwright/test";
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
  for (const [progress, rationale] of [
    ["10", "First note of the day: a joint statement at the UN General Assembly."],
    ["20", "Second note of the day: a joint OSCE initiative announced."],
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
