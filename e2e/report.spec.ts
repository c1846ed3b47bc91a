import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn as signInOverHttp } from "../scripts/bench/measure";
import { baseURL } from "../playwright.config";
import { callServerAction, serverActionId } from "../tests/support/server-action-client";
import { DEMO_PASSWORD, openCommitment } from "./helpers";
import { as } from "./roles";
import { e2eDatabaseUrl, fingerprint } from "./support/db";

// The implementation report for the JSPG meeting: opened from the meeting's page, downloaded as PDF
// and Word, issued; after a later status change the issued files come back byte for byte. A viewer
// downloads but cannot issue, and the analyst's issue call replayed with a viewer's session writes nothing.

test.describe.configure({ mode: "serial" });

const CYPRUS = "Support a negotiated, mutually acceptable and viable settlement of the Cyprus issue";

/** Clicks a download button and returns the file's bytes. */
async function download(page: Page, testId: string): Promise<Buffer> {
  const waiting = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByTestId(testId).click();
  const file = await waiting;
  return readFileSync((await file.path())!);
}

function pdfText(bytes: Buffer): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes }).toString("utf8");
}

async function fetchBytes(page: Page, path: string): Promise<{ bytes: Buffer; sha256: string | null }> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return { bytes: Buffer.from(await response.body()), sha256: response.headers()["x-content-sha256"] ?? null };
}

test.describe("an analyst", () => {
  test.use(as("analyst"));

  test("opens the JSPG meeting's report, downloads both formats, issues it, and gets the same bytes back after a change", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto("/meetings/jspg-8-2026-ankara");
    await page.getByTestId("implementation-report-link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Implementation report" })).toBeVisible();
    const report = page.getByTestId("report-document");
    await expect(report).toContainText("8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group");
    await expect(report).toContainText("Changes since 2 Feb 2026");
    await expect(report.getByTestId("report-section").filter({ hasText: "Education, science & culture" })).toContainText(
      "Open Maarif Schools in Astana and Almaty",
    );
    // The sentence in the readout is one click away.
    await expect(report.getByTestId("report-commitment").first().locator('a[href*="#source-"]').first()).toHaveAttribute(
      "href",
      /\/meetings\/jspg-8-2026-ankara#source-\d+$/,
    );

    const pdf = await download(page, "download-pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Open Maarif Schools in Astana and Almaty");
    expect(text).toContain("Türkiye");
    const docx = await download(page, "download-docx");
    expect(docx.subarray(0, 2).toString()).toBe("PK");

    await page.getByRole("button", { name: "Issue this report" }).click();
    await expect(page.getByTestId("issue-report-form").getByRole("status")).toContainText("Report issued", { timeout: 60_000 });
    const issuedHref = await page.getByTestId("issued-pdf-link").getAttribute("href");
    const issuedPdf = await fetchBytes(page, issuedHref!);
    expect(issuedPdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfText(issuedPdf.bytes)).toContain("Open Maarif Schools in Astana and Almaty");

    // The meeting page lists it, with its hashes.
    await page.goto("/meetings/jspg-8-2026-ankara");
    const listed = page.getByTestId("issued-report").filter({ hasText: issuedPdf.sha256! });
    await expect(listed).toContainText("issued by Arman Analyst");

    // A later status change does not touch what was issued.
    await openCommitment(page, "Cyprus issue");
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
    await form.getByLabel("New status").selectOption({ label: "In progress" });
    await form.getByLabel("Progress (%)").fill("20");
    await form.getByLabel("Rationale").fill("Report test: talks resumed under UN auspices.");
    await form.getByRole("button", { name: "Save status update" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Status update saved." })).toBeVisible();

    const again = await fetchBytes(page, issuedHref!);
    expect(again.sha256).toBe(issuedPdf.sha256);
    expect(again.bytes.equals(issuedPdf.bytes)).toBe(true);
    // ...while a report drawn now shows the change.
    await page.goto("/reports/implementation?meeting=jspg-8-2026-ankara");
    await expect(page.getByTestId("report-commitment").filter({ hasText: CYPRUS })).toContainText(
      "Report test: talks resumed under UN auspices.",
    );
  });
});

test.describe("a viewer", () => {
  test.use(as("viewer"));

  test("downloads the report but has no issue button, and the issue call replayed with a viewer's session writes nothing", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/reports/implementation?meeting=jspg-8-2026-ankara");
    await expect(page.getByTestId("report-document")).toBeVisible();
    await expect(page.getByRole("button", { name: "Issue this report" })).toHaveCount(0);
    const pdf = await download(page, "download-pdf");
    expect(pdfText(pdf)).toContain("Kazakhstan");

    const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await db.connect();
    try {
      const cookie = await signInOverHttp(baseURL, "viewer@example.org", DEMO_PASSWORD);
      const before = await fingerprint(db);
      const response = await callServerAction({
        base: baseURL,
        path: "/reports/implementation?meeting=jspg-8-2026-ankara",
        actionId: serverActionId("issueReportAction"),
        cookie,
        fields: { query: "meeting=jspg-8-2026-ankara", clientRequestId: crypto.randomUUID() },
      });
      expect(await response.text()).toContain("Your role does not allow this.");
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      await db.end();
    }
  });
});
