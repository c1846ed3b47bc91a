import { expect, test, type Page } from "@playwright/test";
import { openCommitment } from "./helpers";
import { as } from "./roles";

// Milestones and measurable targets, as people use them: an analyst adds two milestones, marks one done,
// sees the overdue flag come and go and the status form suggest the progress they give; sets an
// indicator and records two measurements and reads where it stands. A viewer sees the demo's milestones
// and indicator, with no form. Every title made here carries the run's own suffix, so a retry on the
// same database starts from what it finds.

// A pledge no other spec writes to (the authorization matrix uses another).
const PLEDGE = "Encourage technology transfer and joint investments in agriculture";
const run = Date.now() % 1_000_000;

function milestones(page: Page) {
  return page.locator("section#milestones");
}

test.describe("an analyst", () => {
  test.use(as("analyst"));

  test("adds milestones, marks one done, and the status form suggests the progress they give", async ({ page }) => {
    const late = `Joint agri-tech working group meets ${run}`;
    const later = `Pilot farm investment agreed ${run}`;
    await openCommitment(page, PLEDGE);
    const section = milestones(page);
    await expect(section.getByRole("heading", { level: 2, name: /Milestones/ })).toBeVisible();

    await section.getByText("Add a milestone", { exact: true }).click();
    const add = section.getByRole("form", { name: "Add a milestone" });
    await expect(add).toHaveAttribute("novalidate", "");
    // The form checks itself first, in the server's words.
    await add.getByRole("button", { name: "Add milestone" }).click();
    await expect(add.getByRole("alert")).toHaveText("Some fields need attention; nothing was saved.");
    await expect(add.getByLabel("Milestone", { exact: true })).toBeFocused();

    // Due September 2026 (a month: stored as its last day), so overdue from October 2026 on.
    await add.getByLabel("Milestone", { exact: true }).fill(late);
    await add.getByLabel("Due date precision").selectOption("MONTH");
    await add.getByLabel("Due", { exact: true }).fill("2026-09");
    await add.getByLabel("Responsible party (optional)").selectOption({ label: "Kazakhstan" });
    await add.getByRole("button", { name: "Add milestone" }).click();
    await expect(add.getByRole("status")).toHaveText(`Milestone “${late}” added.`);
    const lateRow = section.getByTestId("milestone-row").filter({ hasText: late });
    await expect(lateRow).toContainText("Sep 2026");
    await expect(lateRow).toContainText("Overdue");
    await expect(lateRow).toContainText("Kazakhstan");
    await expect(section.getByTestId("milestones-overdue")).toContainText(late);
    await expect(page.getByTestId("overdue-milestones-flag")).toHaveText("1 milestone is overdue");

    await add.getByLabel("Milestone", { exact: true }).fill(later);
    await add.getByLabel("Due date precision").selectOption("YEAR");
    await add.getByLabel("Due", { exact: true }).fill("2040");
    await add.getByRole("button", { name: "Add milestone" }).click();
    await expect(add.getByRole("status")).toHaveText(`Milestone “${later}” added.`);
    await expect(section.getByTestId("milestone-row").filter({ hasText: later })).toContainText("Not done yet");

    // Marked done: no longer overdue.
    await section.getByText(`Edit or mark done: ${late}`).click();
    const edit = section.getByRole("form", { name: `Edit milestone: ${late}` });
    await edit.getByLabel("Done on (optional)").fill("2026-10-15");
    await edit.getByRole("button", { name: "Save milestone" }).click();
    await expect(edit.getByRole("status")).toHaveText(`Milestone “${late}” saved.`);
    await expect(lateRow).toContainText("Done on 15 Oct 2026");
    await expect(section.getByTestId("milestones-overdue").filter({ hasText: late })).toHaveCount(0);
    await expect(page.getByTestId("overdue-milestones-flag")).toHaveCount(0);

    // The suggestion is the share of milestones done; this run added one done and one open (as would
    // a retry's earlier attempt), so it is 50%.
    await page.reload();
    const status = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
    await expect(status.getByTestId("suggested-progress")).toContainText("The milestones done suggest 50% progress.");
    const progress = status.getByLabel("Progress (%)");
    await progress.fill("5");
    await status.getByRole("button", { name: "Use 50 %" }).click();
    await expect(progress).toHaveValue("50");
    // The analyst may override it.
    await progress.fill("45");
    await expect(progress).toHaveValue("45");
  });

  test("sets a measurable target, records two measurements and reads where it stands", async ({ page }) => {
    await openCommitment(page, PLEDGE);
    const section = page.locator("section#indicator");
    await expect(section.getByRole("heading", { level: 2, name: "Measurable target" })).toBeVisible();
    // The first run sets it; a retry edits the one it finds.
    await section.locator("summary", { hasText: /^(Set a measurable target|Edit the indicator)$/ }).click();
    const form = section.getByRole("form", { name: "Measurable target" });
    await form.getByLabel("Indicator").fill("Joint agricultural investments");
    await form.getByLabel("Unit").fill("US$ million");
    await form.getByLabel("Direction").selectOption("INCREASE");
    await form.getByLabel("Baseline value").fill("100");
    await form.getByLabel("Baseline date").fill("2025-12-31");
    // Equal to the baseline: refused, in words that say what to fix.
    await form.getByLabel("Target value").fill("100");
    await form.getByLabel("Target date").fill("2030-12-31");
    await form.getByRole("button", { name: /^(Set|Save) the indicator$/ }).click();
    await expect(form.getByText("The target must differ from the baseline")).toBeVisible();
    await expect(form.getByLabel("Target value")).toBeFocused();
    await form.getByLabel("Target value").fill("200");
    await form.getByRole("button", { name: /^(Set|Save) the indicator$/ }).click();
    await expect(form.getByRole("status")).toHaveText("Indicator saved.");
    await expect(section.getByTestId("indicator-name")).toHaveText("Joint agricultural investments (US$ million)");

    await section.getByText("Record a measurement", { exact: true }).click();
    const record = section.getByRole("form", { name: "Record a measurement" });
    const rows = section.getByTestId("measurement-row");
    for (const [value, day, shown] of [
      ["110", "2026-06-30", "30 Jun 2026"],
      ["112", "2026-10-31", "31 Oct 2026"],
    ]) {
      await record.getByLabel("Measured value (US$ million)").fill(value);
      await record.getByLabel("Measured on").fill(day);
      await record.getByLabel("Source link (optional)").fill("https://example.org/agri-investment");
      await record.getByRole("button", { name: "Record measurement" }).click();
      await expect(rows.filter({ hasText: shown }).filter({ hasText: value }).first()).toBeVisible();
    }
    // On 31 Oct 2026 the path from 100 to 200 is at about 116.6; 112 is 4.6 short, within 10 (10 % of 100).
    await expect(section.getByTestId("indicator-standing")).toHaveText("on track");
    await expect(section.getByTestId("indicator-rule")).toContainText("by more than 10 % of the distance from baseline to target");
    await expect(section.getByRole("img", { name: /measured values against the path to the target/ })).toBeVisible();
    await expect(rows.filter({ hasText: "31 Oct 2026" }).first()).toContainText("116.6");
  });
});

test.describe("a viewer", () => {
  test.use(as("viewer"));

  test("sees the demo's milestones and indicator, and no form to change them", async ({ page }) => {
    await openCommitment(page, "Strengthen collaboration in cybersecurity");
    const section = milestones(page);
    await expect(section.getByTestId("milestone-row").filter({ hasText: "Joint working group on cybersecurity" })).toContainText(
      "Done on 20 May 2026",
    );
    await expect(section.getByTestId("milestone-row").filter({ hasText: "Memorandum on cooperation in space" })).toContainText("Sep 2026");
    await expect(section.getByTestId("milestones-overdue")).toContainText("Memorandum on cooperation in space");
    await expect(page.getByTestId("overdue-milestones-flag")).toHaveText("1 milestone is overdue");
    await expect(section.getByRole("form")).toHaveCount(0);
    await expect(section.getByText("Add a milestone")).toHaveCount(0);
    await expect(page.getByTestId("suggested-progress")).toHaveCount(0);

    await openCommitment(page, "Facilitate and diversify bilateral trade");
    const indicator = page.locator("section#indicator");
    await expect(indicator.getByTestId("indicator-name")).toContainText("Mutual trade turnover");
    await expect(indicator.getByTestId("indicator-standing")).toHaveText(/^(on track|behind|target met)$/);
    await expect(indicator.getByTestId("measurement-row")).not.toHaveCount(0);
    await expect(indicator.getByRole("form")).toHaveCount(0);
    await expect(indicator.getByText(/Record a measurement|Edit the indicator|Set a measurable target/)).toHaveCount(0);
  });
});
