import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { as, signedOut } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

// Every page, at a desktop and a phone width, as the role that sees most of it: axe must find no
// serious or critical issue. (Other specs scan a few pages in more states; this one covers them all.)

const WIDTHS = [
  { name: "1440 px", viewport: { width: 1440, height: 900 } },
  { name: "390 px", viewport: { width: 390, height: 844 } },
] as const;

let commitmentId = "";
test.beforeAll(async () => {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  commitmentId = ((await db.query(`SELECT id FROM commitments WHERE title LIKE 'Open Maarif Schools%'`)).rows[0] as { id: string }).id;
  await db.end();
});

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const PAGES: { role: "analyst" | "admin"; path: () => string; ready: string | RegExp }[] = [
  { role: "analyst", path: () => "/", ready: "Status over time" },
  { role: "analyst", path: () => "/commitments", ready: "Commitments" },
  { role: "analyst", path: () => `/commitments/${commitmentId}`, ready: "Open Maarif Schools in Astana and Almaty" },
  { role: "analyst", path: () => `/commitments/${commitmentId}/edit`, ready: /Edit/ },
  { role: "analyst", path: () => "/commitments/new", ready: /Log a commitment|New commitment/ },
  { role: "analyst", path: () => "/commitments/import", ready: /Import/ },
  { role: "analyst", path: () => "/meetings", ready: "Meetings" },
  { role: "analyst", path: () => "/meetings/jspg-8-2026-ankara", ready: /8th meeting/ },
  { role: "analyst", path: () => "/meetings/jspg-8-2026-ankara/edit", ready: /Edit meeting/ },
  { role: "analyst", path: () => "/meetings/jspg-8-2026-ankara/delivery", ready: "Who is delivering" },
  { role: "analyst", path: () => "/meetings/jspg-8-2026-ankara/extract", ready: "Review extracted pledges" },
  { role: "analyst", path: () => "/reports/implementation?meeting=jspg-8-2026-ankara", ready: "Implementation report" },
  { role: "analyst", path: () => "/meetings/new", ready: "New meeting" },
  { role: "analyst", path: () => "/account/password", ready: /password/i },
  { role: "analyst", path: () => "/views", ready: /Saved views/i },
  { role: "admin", path: () => "/admin/users", ready: "Accounts" },
  { role: "admin", path: () => "/admin/audit", ready: /Audit/ },
  { role: "admin", path: () => "/admin/system", ready: "Response time" },
];

for (const width of WIDTHS) {
  test.describe(`at ${width.name}`, () => {
    test.use({ viewport: width.viewport });

    for (const role of ["analyst", "admin"] as const) {
      test(`every ${role} page has no serious or critical accessibility issue`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await browser.newContext({ ...as(role), viewport: width.viewport });
        const page = await context.newPage();
        const found: string[] = [];
        for (const p of PAGES.filter((x) => x.role === role)) {
          await page.goto(p.path());
          await expect(page.getByRole("heading", { name: p.ready }).first()).toBeVisible();
          for (const issue of await serious(page)) found.push(`${p.path()}: ${issue}`);
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }

    test("the sign-in page has no serious or critical accessibility issue", async ({ browser }) => {
      const context = await browser.newContext({ ...signedOut, viewport: width.viewport });
      const page = await context.newPage();
      await page.goto("/login");
      await expect(page.getByLabel("Email")).toBeVisible();
      expect(await serious(page)).toEqual([]);
      await context.close();
    });
  });
}
