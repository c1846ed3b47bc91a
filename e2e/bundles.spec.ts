import { expect, test, type Page } from "@playwright/test";
import { as } from "./roles";

// Recharts is heavy; only pages with charts may load it. Its wrapper's class name is in its code.
const RECHARTS_MARKER = "recharts-wrapper";

async function scriptsOf(page: Page, path: string): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  };
  page.on("response", listener);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  return Promise.all(bodies);
}

test("the login and commitments pages ship no Recharts; the dashboard does", async ({ page, browser }) => {
  const login = await scriptsOf(page, "/login");
  expect(login.length).toBeGreaterThan(0);
  expect(login.some((js) => js.includes(RECHARTS_MARKER))).toBe(false);

  // Each signed-in page in a context of its own: a first visit, with nothing cached.
  const listContext = await browser.newContext(as("viewer"));
  const list = await scriptsOf(await listContext.newPage(), "/commitments");
  expect(list.some((js) => js.includes(RECHARTS_MARKER))).toBe(false);

  const dashboardContext = await browser.newContext(as("viewer"));
  const dashboard = await scriptsOf(await dashboardContext.newPage(), "/");
  expect(dashboard.some((js) => js.includes(RECHARTS_MARKER))).toBe(true);
  await Promise.all([listContext.close(), dashboardContext.close()]);
});
