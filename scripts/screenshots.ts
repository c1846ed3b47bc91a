// `npm run screenshots`: captures the README's pictures from a running app (default
// http://localhost:3000, demo data), signed in as the demo analyst.
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
await page.getByTestId("source-quote").waitFor();
await page.screenshot({ path: "docs/commitment.png", fullPage: true });
await page.goto(`${base}/meetings/jspg-8-2026-ankara/extract`);
await page.getByRole("heading", { name: "Review extracted pledges" }).waitFor();
await page.screenshot({ path: "docs/extract.png" });
await browser.close();
console.log("Wrote docs/dashboard.png, docs/commitments.png, docs/commitment.png and docs/extract.png");
