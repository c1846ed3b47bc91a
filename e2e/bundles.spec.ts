import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

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

test("the login and commitments pages ship no Recharts; the dashboard does", async ({ page }) => {
  const login = await scriptsOf(page, "/login");
  expect(login.length).toBeGreaterThan(0);
  expect(login.some((js) => js.includes(RECHARTS_MARKER))).toBe(false);

  await signIn(page, "viewer@example.org");
  const list = await scriptsOf(page, "/commitments");
  expect(list.some((js) => js.includes(RECHARTS_MARKER))).toBe(false);

  await page.context().clearCookies();
  const fresh = await page.context().newPage();
  await signIn(fresh, "viewer@example.org");
  const dashboard = await scriptsOf(fresh, "/");
  expect(dashboard.some((js) => js.includes(RECHARTS_MARKER))).toBe(true);
});
