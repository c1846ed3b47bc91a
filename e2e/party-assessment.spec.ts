import { expect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { signIn as signInOverHttp } from "../scripts/bench/measure";
import { baseURL } from "../playwright.config";
import { callServerAction, serverActionId } from "../tests/support/server-action-client";
import { DEMO_PASSWORD, openCommitment } from "./helpers";
import { as } from "./roles";
import { e2eDatabaseUrl, fingerprint } from "./support/db";

// Each party assessed on its own: the analyst assesses Türkiye and Kazakhstan separately on the
// Maarif Schools pledge, sees both on the commitment page and the compliance table move; a viewer has
// no form, and the analyst's form replayed with a viewer's session writes nothing.

test.describe.configure({ mode: "serial" });

/** The compliance table's row for a party: [compliance, n], or null when the party has no row. */
async function complianceOf(page: Page, party: string): Promise<[string, number] | null> {
  await page.goto("/");
  const table = page.getByTestId("compliance-table");
  await expect(page.getByTestId("compliance")).toBeVisible();
  // Every party's figures are in a table built when it is opened (none before any party is assessed).
  if ((await table.count()) === 0) return null;
  await table.getByText(/^Show the numbers as a table/).click();
  await expect(table.getByRole("table")).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(`^${party}\\b`) });
  if ((await row.count()) === 0) return null;
  const cells = row.getByRole("cell");
  return [(await cells.nth(0).innerText()).trim(), Number((await cells.nth(1).innerText()).trim())];
}

async function assess(page: Page, party: string, fields: { status: string; progress: string; body?: string; rationale: string }) {
  const section = page.locator("section#parties");
  await section.getByText(`Assess ${party}`, { exact: true }).click();
  const form = section.getByRole("form", { name: `Assess ${party}` });
  await form.getByLabel("New status").selectOption({ label: fields.status });
  await form.getByLabel("Progress (%)").fill(fields.progress);
  if (fields.body) await form.getByLabel("Responsible body (optional)").fill(fields.body);
  await form.getByLabel("Rationale").fill(fields.rationale);
  await form.getByRole("button", { name: `Save assessment of ${party}` }).click();
  await expect(form.getByRole("status")).toHaveText("Assessment saved.");
  return form;
}

function partyRow(page: Page, party: string): Locator {
  return page.getByTestId("party-table").getByRole("row", { name: new RegExp(`^${party}\\b`) });
}

test.describe("an analyst", () => {
  test.use(as("analyst"));

  test("assesses Türkiye and Kazakhstan separately on Maarif Schools, and the compliance table moves", async ({ page }) => {
    const before = { tr: await complianceOf(page, "Türkiye"), kz: await complianceOf(page, "Kazakhstan") };

    await openCommitment(page, "Maarif Schools");
    await expect(partyRow(page, "Türkiye")).toContainText("Not yet assessed");
    await assess(page, "Türkiye", {
      status: "In progress",
      progress: "40",
      body: "Ministry of National Education of Türkiye",
      rationale: "Land allocated for the Astana campus; the ministry announced the construction tender.",
    });
    await expect(partyRow(page, "Türkiye")).toContainText("In progress");
    await expect(partyRow(page, "Türkiye")).toContainText("Ministry of National Education of Türkiye");
    await expect(partyRow(page, "Kazakhstan")).toContainText("Not yet assessed");

    await assess(page, "Kazakhstan", {
      status: "Not started",
      progress: "0",
      rationale: "No licence issued yet by the Almaty education department.",
    });
    await expect(partyRow(page, "Kazakhstan")).toContainText("Not started");
    // Both in the header beside the overall status, and each party's own history.
    const line = page.getByTestId("party-status-line");
    await expect(line).toContainText("Türkiye:");
    await expect(line).toContainText("In progress");
    await expect(line).toContainText("Not started");
    const histories = page.getByTestId("party-history");
    await histories.filter({ hasText: "Kazakhstan's assessments (1)" }).locator("summary").click();
    await expect(histories.filter({ hasText: "Kazakhstan's assessments" }).getByTestId("party-history-entry")).toContainText(
      "No licence issued yet by the Almaty education department.",
    );

    // Türkiye gained a 0 (In progress), Kazakhstan a −1 (Not started).
    const after = { tr: await complianceOf(page, "Türkiye"), kz: await complianceOf(page, "Kazakhstan") };
    expect(after.tr![1]).toBe((before.tr?.[1] ?? 0) + 1);
    expect(after.kz![1]).toBe((before.kz?.[1] ?? 0) + 1);
    expect(after.tr![0]).not.toBe(after.kz![0]);

    // The meeting's "who is delivering" view shows both, each with its latest rationale.
    await page.goto("/meetings/jspg-8-2026-ankara/delivery");
    const row = page.getByTestId("delivery-row").filter({ hasText: "Maarif Schools" });
    const kazakhstan = row.locator('td[data-party="Kazakhstan"]');
    await expect(kazakhstan).toContainText("Not started");
    await expect(kazakhstan.getByText("No licence issued yet by the Almaty education department.")).toBeVisible();
    await expect(row.locator('td[data-party="Türkiye"]')).toContainText("In progress");
  });

  test("a party that disagrees with the overall status is flagged, and nothing changes by itself", async ({ page }) => {
    await openCommitment(page, "OTS Summit of Heads of State in Turkistan");
    await expect(page.getByTestId("party-disagreement")).toHaveCount(0);
    await assess(page, "Organization of Turkic States", {
      status: "Not started",
      progress: "0",
      rationale: "Illustrative: the secretariat has not confirmed its part of the summit's follow-up.",
    });
    await expect(page.getByTestId("party-disagreement")).toContainText(
      "Organization of Turkic States is Not started, while the overall status is",
    );
    await expect(page.locator("article > header")).toContainText("Fulfilled");
  });
});

test.describe("a viewer", () => {
  test.use(as("viewer"));

  test("has no assessment form, and the analyst's form sent with a viewer's session writes nothing", async ({ page }) => {
    await openCommitment(page, "Maarif Schools");
    await expect(page.getByTestId("party-table")).toBeVisible();
    await expect(page.getByText("Assess Türkiye", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("form", { name: /^Assess / })).toHaveCount(0);

    const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT cp.commitment_id, cp.party_id, cp.version FROM commitment_parties cp JOIN commitments c ON c.id = cp.commitment_id
         JOIN parties p ON p.id = cp.party_id WHERE c.title LIKE 'Open Maarif Schools%' AND p.name = 'Kazakhstan'`,
      );
      // Signing in writes (its audit row, the last sign-in): the fingerprint is taken after it.
      const cookie = await signInOverHttp(baseURL, "viewer@example.org", DEMO_PASSWORD);
      const before = await fingerprint(db);
      const response = await callServerAction({
        base: baseURL,
        path: `/commitments/${rows[0].commitment_id}`,
        actionId: serverActionId("assessPartyAction"),
        cookie,
        fields: {
          commitmentId: rows[0].commitment_id,
          partyId: rows[0].party_id,
          version: String(rows[0].version),
          status: "FULFILLED",
          progress: "100",
          effectiveOn: new Date().toISOString().slice(0, 10),
          rationale: "Replayed by a viewer: must not be recorded.",
          evidenceUrls: "",
        },
      });
      expect(await response.text()).toContain("Your role does not allow this.");
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      await db.end();
    }
  });
});
