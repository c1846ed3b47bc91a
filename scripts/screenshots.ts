// `npm run screenshots`: captures the README's pictures from a running app (default
// http://localhost:3000, demo data), signed in as the demo analyst.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL || "http://localhost:3000";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill("analyst@example.org");
await page.getByLabel("Password").fill("demo-pass-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("heading", { name: "Status over time" }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: "docs/dashboard.png", fullPage: true });
await page.goto(`${base}/commitments`);
await page.getByRole("table").waitFor();
await page.screenshot({ path: "docs/commitments.png" });
await page.goto(`${base}/commitments?q=Maarif`);
await page
  .getByRole("table")
  .getByRole("link", { name: /Maarif/ })
  .first()
  .click();
await page.waitForURL(/\/commitments\/[0-9a-f-]{36}/);
const commitmentUrl = page.url();
await page.getByTestId("source-quote").waitFor();
await page.screenshot({ path: "docs/commitment.png", fullPage: true });
// Each party judged on its own: a demo pledge whose parties' illustrative assessments differ.
await page.goto(`${base}/commitments?q=${encodeURIComponent("Action Plan of the 13th")}`);
await page
  .getByRole("table")
  .getByRole("link", { name: /Action Plan/ })
  .first()
  .click();
await page.waitForURL(/\/commitments\/[0-9a-f-]{36}/);
await page.locator("section#parties").screenshot({ path: "docs/by-party.png" });
await page.goto(`${base}/`);
// Every party's counts of each score are in a table opened on demand.
await page
  .getByTestId("compliance-table")
  .getByText(/^Show the numbers as a table/)
  .click();
await page.getByTestId("compliance-table").getByRole("table").waitFor();
await page.getByTestId("compliance").screenshot({ path: "docs/compliance.png" });
await page.goto(`${base}/meetings/jspg-8-2026-ankara/delivery`);
await page.getByTestId("delivery-table").waitFor();
await page.screenshot({ path: "docs/delivery.png" });
await page.goto(`${base}/meetings/jspg-8-2026-ankara/extract`);
await page.getByRole("heading", { name: "Review extracted pledges" }).waitFor();
await page.screenshot({ path: "docs/extract.png" });
// The same pages on a phone (390×844), and the dashboard as it prints.
const phone = await browser.newPage({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  storageState: await page.context().storageState(),
});
await phone.goto(`${base}/`);
await phone.getByRole("heading", { name: "Status over time" }).waitFor();
await phone.waitForTimeout(3_500); // charts lower on the page draw once the browser is idle
await phone.screenshot({ path: "docs/dashboard-phone.png", fullPage: true });
await phone.goto(`${base}/commitments`);
await phone.getByRole("table").locator("tbody tr").first().waitFor();
await phone.screenshot({ path: "docs/commitments-phone.png" });
await phone.goto(commitmentUrl);
await phone.getByTestId("source-quote").waitFor();
await phone.screenshot({ path: "docs/commitment-phone.png" });
// The dashboard as it prints: Chromium's own print to PDF, with the print dialog's default (no
// "Background graphics"), its first page made a picture by pdftoppm (poppler-utils).
await page.goto(`${base}/`);
await page.getByRole("heading", { name: "Status over time" }).waitFor();
const printDir = mkdtempSync(path.join(tmpdir(), "ct-print-"));
const pdf = path.join(printDir, "dashboard.pdf");
await page.pdf({ path: pdf, format: "A4" });
execFileSync("pdftoppm", ["-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, "docs/dashboard-print"]);
rmSync(printDir, { recursive: true });
await browser.close();
console.log(
  "Wrote docs/dashboard.png, docs/commitments.png, docs/commitment.png, docs/extract.png, " +
    "docs/dashboard-phone.png, docs/commitments-phone.png, docs/commitment-phone.png and docs/dashboard-print.png",
);
