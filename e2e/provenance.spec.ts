import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { as } from "./roles";

test.describe.configure({ mode: "serial" });
test.use(as("analyst"));

const READOUT = readFileSync("prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt", "utf8");
const MEETING = "8th JSPG readout entered again (e2e)";

test("an analyst pastes a readout, reviews the candidates, accepts some, and sees them highlighted", async ({ page }) => {
  // A whole-readout review page, with an accessibility scan of it that alone takes 10–15 s here.
  test.slow();
  await page.goto("/meetings");
  await page.getByRole("link", { name: "New meeting" }).click();
  await page.getByLabel("Title").fill(MEETING);
  await page.getByLabel("Kind").fill("Bilateral ministerial");
  await page.getByLabel("Date held").fill("2026-02-03");
  await page.getByLabel("Participants").fill("Türkiye, Kazakhstan");
  await page.getByLabel("Readout (source text)").fill(READOUT);
  await page.getByRole("button", { name: "Create meeting" }).click();

  await expect(page.getByRole("heading", { name: "Review extracted pledges" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create 0 commitments" })).toBeDisabled();
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Candidate 1", exact: true }) });
  await expect(first).toContainText("agreed to");
  await expect(first.getByLabel("Title")).toHaveValue("Deepen cooperation on the Middle Corridor development");
  await expect(first.getByRole("checkbox", { name: "Türkiye" })).toBeChecked();
  await first.getByRole("button", { name: "Accept" }).click();

  // The Maarif sentence's target is "the upcoming period" (not accepted here: other tests own Maarif).
  const maarif = page.getByRole("listitem").filter({ hasText: "establishment of Maarif Schools" }).first();
  await expect(maarif.getByLabel("Target")).toHaveValue("UPCOMING");
  // The health sentence, with a title edited by the analyst.
  const health = page.getByRole("listitem").filter({ hasText: "expressed their intention to deepen this cooperation" }).first();
  await expect(health.getByLabel("Category")).toHaveValue("Health");
  await health.getByLabel("Title").fill("Deepen health cooperation (e2e copy)");
  await health.getByRole("button", { name: "Accept" }).click();

  // The summits sentence: "in 2026" becomes a year; its quote is shortened to the summit words.
  const summits = page.getByRole("listitem").filter({ hasText: "to be held in Kazakhstan (Turkistan)" }).first();
  await expect(summits.getByLabel("Target")).toHaveValue("YEAR");
  await expect(summits.getByLabel("Date")).toHaveValue("2026");
  await summits.getByLabel("Title").fill("Hold the OTS summits in Turkistan and Türkiye");
  await summits
    .getByLabel("Source quote")
    .fill("the upcoming Summits of the Heads of State of the OTS to be held in Kazakhstan (Turkistan) and Türkiye in 2026");
  await summits.getByRole("button", { name: "Accept" }).click();

  // A courtesy is not proposed; it waits in the set-aside list.
  await expect(page.getByRole("listitem").filter({ hasText: "commended the work of the Congress" })).toHaveCount(1);
  await page.getByText(/Other sentences, not proposed/).click();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: "Create 3 commitments" }).click();
  await expect(page.getByRole("status")).toContainText("3 commitments created from the readout");
  const marks = page.locator("mark");
  await expect(marks).toHaveCount(3);
  await expect(marks.nth(1)).toContainText("field of health");
  await expect(marks.nth(2)).toContainText("Summits of the Heads of State of the OTS");
  await expect(marks.nth(2)).not.toContainText("High-Level Strategic Council");

  // From the highlight to the commitment, and back to the highlighted sentence.
  await page.getByRole("link", { name: "Commitment: Deepen health cooperation (e2e copy)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deepen health cooperation (e2e copy)");
  await expect(page.getByText("Not yet assessed").first()).toBeVisible();
  // A client-side navigation (the browser's own :target and scroll only follow a full load): the sentence is still brought into view and marked.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("link", { name: "Read it in the meeting's readout" }).click();
  await expect(page).toHaveURL(/#source-\d+$/);
  const target = page.locator("mark[data-current]");
  await expect(target).toHaveCount(1);
  await expect(target).toContainText("constructive cooperation established in the field of health");
  await expect(target).toBeInViewport();
  // And on a fresh load of the same address.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await expect(page.locator("mark[data-current]")).toBeInViewport();
});

test("a bad quote is refused with a message on the candidate, and nothing is created", async ({ page }) => {
  await page.goto("/meetings");
  await page.getByRole("link", { name: MEETING }).click();
  await page.getByRole("link", { name: "Find pledges in the readout" }).click();
  const candidate = page.getByRole("listitem").filter({ hasText: "decided to take coordinated action" }).first();
  await candidate.getByLabel("Source quote").fill("The sides decided to build a bridge to the Moon.");
  await candidate.getByRole("button", { name: "Accept" }).click();
  await page.getByRole("button", { name: "Create 1 commitment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "nothing was created" })).toBeVisible();
  await expect(candidate).toContainText("The quote must be text of the readout");
  await page.goto("/meetings");
  await expect(page.getByRole("listitem").filter({ hasText: MEETING })).toContainText("3 commitments");
});

test("an analyst links the new pledge to the one it reaffirms; the list filters by reaffirmations", async ({ page }) => {
  await page.goto("/meetings");
  await page.getByRole("link", { name: MEETING }).click();
  await page.getByRole("link", { name: "Commitment: Deepen cooperation on the Middle Corridor development" }).click();
  const lineage = page.locator("section#lineage");
  await lineage.getByLabel("Link to an earlier commitment").fill("Middle Corridor");
  await lineage.getByRole("button", { name: "Search" }).click();
  const target = lineage.getByRole("listitem").filter({ hasText: "Deepen cooperation on the development of the Middle Corridor" });
  await target.getByRole("combobox").selectOption("REAFFIRMS");
  await target.getByRole("button", { name: "Link" }).click();
  await expect(page.getByRole("status")).toContainText("Link saved. The status of neither commitment changed.");
  await expect(page.locator("section#lineage")).toContainText("This reaffirms");

  await page.goto("/commitments?reaffirmed=1");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Deepen cooperation on the development of the Middle Corridor");
  await rows.getByRole("link", { name: /Middle Corridor/ }).click();
  await expect(page.locator("section#lineage")).toContainText("reaffirmed 1 time since");
  await expect(page.locator("section#lineage")).toContainText(MEETING);
});

test("export a meeting's commitments as CSV, change one, import it with a preview", async ({ page }) => {
  await page.goto("/commitments?meeting=jspg-8-2026-ankara");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "commitments (CSV)" }).click();
  const download = await downloading;
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Türkiye");
  expect(csv).toContain("\r\n");

  await page.goto("/commitments/import");
  const changed = csv.replace(
    "Support CICA's transformation into a fully fledged international organization",
    "Support CICA's transformation into an international organization",
  );
  const bad = changed.replace(",Multilateral cooperation,", ",Space tourism,");
  await page.getByLabel("CSV file (UTF-8)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("table", { name: "Problems by row" })).toContainText("category must be one of");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await page.getByLabel("CSV file (UTF-8)").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(changed) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Every row is valid.")).toBeVisible();
  const preview = page
    .getByRole("region", { name: "Preview" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Preview" }) }));
  await expect(preview.getByText("Would update").locator("..")).toContainText("1");
  await page.getByRole("button", { name: /^Import \d+ rows/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported good.csv" })).toContainText("1 updated");
  await page.goto("/commitments?q=CICA");
  await expect(page.getByRole("table")).toContainText("Support CICA's transformation into an international organization");
});

test("the import page offers a template, reports header and row problems together, and keeps the file between checks", async ({ page }) => {
  await page.goto("/commitments/import");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download a template" }).click();
  const template = readFileSync((await (await downloading).path())!, "utf8");
  expect(template.charCodeAt(0)).toBe(0xfeff);
  const preview = page.locator("section", { has: page.getByRole("heading", { name: "Preview" }) });
  const chooser = page.getByLabel("CSV file (UTF-8)");
  await chooser.setInputFiles({ name: "template.csv", mimeType: "text/csv", buffer: Buffer.from(template) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(preview.getByText("Every row is valid.")).toBeVisible();
  await expect(preview.getByText("Would create").locator("..")).toContainText("1");

  // An extra column, a row for the JSPG meeting without offsets, and a row with a made-up status.
  const [header, example] = template.replace(/^\uFEFF/, "").split("\r\n");
  const jspg = example
    .replace("example-meeting-2026-01-15", "jspg-8-2026-ankara")
    .replace("Example meeting (replace this row with your own)", "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group")
    .replace(",Bilateral ministerial,", ",Bilateral ministerial (Joint Strategic Planning Group),")
    .replace("2026-01-15", "2026-02-02")
    .replace(
      "The sides agreed to open a joint trade office in Almaty.",
      "The meeting also emphasized the importance of cooperating in the energy sector through energy trade and joint projects",
    );
  const madeUp = example.replace(",IN_PROGRESS,", ",DONE,");
  const file = [`${header},notes`, `${jspg},a note`, `${madeUp},`, ""].join("\r\n");
  await chooser.setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const problems = page.getByRole("table", { name: "Problems by row" });
  await expect(problems).toContainText('Unknown column "notes"');
  await expect(problems).toContainText("status must be one of");
  await expect(preview.getByTestId("offsets-found")).toContainText("Positions found from the quote for row 1");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  // Checked again without choosing it again: the same file goes to the server a second time.
  const answered = page.waitForResponse((r) => r.url().includes("/api/import/commitments?intent=preview&name=notes.csv"));
  await page.getByRole("button", { name: "Check the file" }).click();
  expect((await answered).status()).toBe(200);
  await expect(problems).toContainText('Unknown column "notes"');
  await expect(preview.getByTestId("offsets-found")).toContainText("Positions found from the quote for row 1");
});

test("a viewer sees meetings and exports but no way to change them", async ({ browser }) => {
  const viewer = await browser.newContext(as("viewer"));
  const page = await viewer.newPage();
  await page.goto("/meetings");
  await expect(page.getByRole("link", { name: "New meeting" })).toHaveCount(0);
  await page.getByRole("link", { name: MEETING }).click();
  await expect(page.getByRole("link", { name: "Find pledges in the readout" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit meeting" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "commitments (JSON)" })).toBeVisible();
  for (const path of ["/meetings/jspg-8-2026-ankara/extract", "/commitments/import"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByText("Only analysts and admins can change records")).toBeVisible();
    await expect(page.getByText("You are signed in as a viewer")).toBeVisible();
  }
  await viewer.close();
});
