import { expect, test, type Page } from "@playwright/test";
import { as } from "./roles";

// The charts are drawn on the server: they need no script, and the pages with charts load no more
// JavaScript than the list does (a chart library would add hundreds of kilobytes).

async function scriptBytes(page: Page, path: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script")
      sizes.push(
        response.body().then(
          (b) => b.length,
          () => 0,
        ),
      );
  };
  page.on("response", listener);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  return (await Promise.all(sizes)).reduce((n, s) => n + s, 0);
}

test("the dashboard's five charts come in the HTML as sent, and a commitment's timeline shows with scripts turned off", async ({
  browser,
}) => {
  const context = await browser.newContext({ ...as("viewer"), javaScriptEnabled: false });
  // The dashboard streams its figures in behind a skeleton (revealed by a script), so its HTML is read as sent.
  const html = await (await context.request.get("/")).text();
  expect(html.match(/ data-chart-plot=""/g)?.length).toBe(5);
  expect(html).toMatch(/<path[^>]+data-status="NOT_YET_ASSESSED"/);
  expect(html).toMatch(/<a[^>]+data-piece="/);
  const commitment = html.match(/href="(\/commitments\/[0-9a-f-]{36})"/)?.[1];
  expect(commitment, "the dashboard links a commitment").toBeDefined();

  const page = await context.newPage();
  await page.goto(commitment!);
  await expect(page.getByTestId("timeline-dot").first()).toBeVisible();
  await expect(page.locator("[data-chart-plot] svg")).toBeVisible();
  await context.close();
});

test("pages with charts load no more JavaScript than the list page", async ({ browser }) => {
  // Each page in a context of its own: a first visit, with nothing cached.
  const bytes: Record<string, number> = {};
  for (const path of ["/commitments", "/"]) {
    const context = await browser.newContext(as("viewer"));
    bytes[path] = await scriptBytes(await context.newPage(), path);
    await context.close();
  }
  expect(bytes["/commitments"]).toBeGreaterThan(0);
  expect(bytes["/"], JSON.stringify(bytes)).toBeLessThanOrEqual(bytes["/commitments"] * 1.05);
});

test("a slow click on a link shows the navigation bar until the next page is there, and the bar goes with it", async ({ browser }) => {
  const context = await browser.newContext(as("viewer"));
  const page = await context.newPage();
  // The meetings page's server answer held back for 1.5 s, its prefetch too: the bar shows while it is awaited.
  await page.route(/\/meetings\?_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto("/commitments");
  // The app's scripts have run (the links are the app's, and the bar listens), not only the HTML.
  await page.waitForLoadState("networkidle");
  const bar = page.getByTestId("navigation-progress").getByText("Loading the page…");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings" }).click();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expect(bar).toHaveCount(0);
  // Back to the list, unhindered: no bar is left once the page is there.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Commitments" }).click();
  await expect(page.getByTestId("list-total")).toBeVisible();
  await expect(bar).toHaveCount(0);
  await context.close();
});

test("the list loads the bulk status form's code when a row is first selected, not with the page", async ({ browser }) => {
  const context = await browser.newContext(as("analyst"));
  const page = await context.newPage();
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
  });
  const formCode = async () => (await Promise.all(scripts)).some((text) => text.includes("bulk-status-update"));
  await page.goto("/commitments");
  await page.waitForLoadState("networkidle");
  expect(scripts.length, "the page loads its scripts").toBeGreaterThan(0);
  expect(await formCode(), "the bulk form's code came with the page").toBe(false);

  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(page.getByRole("link", { name: /selected: record a status update/ })).toBeVisible();
  expect(await formCode(), "the bulk form's code was fetched on selection").toBe(true);
  await context.close();
});

test("a commitment's page loads its forms' code for an analyst, who has the forms, and not for a viewer", async ({ browser }) => {
  // A string from the code of each form: the status update, a party's assessment, a milestone, a measurement.
  const MARKERS = ["same-status-question", "party-conflict-state", "milestone-conflict", "measurement-note"];
  for (const role of ["viewer", "analyst"] as const) {
    const context = await browser.newContext(as(role));
    const list = await (await context.request.get("/commitments?q=Maarif")).text();
    const path = list.match(/href="(\/commitments\/[0-9a-f-]{36})"/)?.[1];
    expect(path, "the list links a commitment").toBeDefined();
    // The forms are in the page as sent for an analyst (nothing moves when their code arrives), not for a viewer.
    const html = await (await context.request.get(path!)).text();
    expect(html.includes('name="rationale"'), `${role}: the status update form in the HTML`).toBe(role === "analyst");

    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
    });
    await page.goto(path!);
    await page.waitForLoadState("networkidle");
    const code = (await Promise.all(scripts)).join("\n");
    expect(code.length, "the page loads its scripts").toBeGreaterThan(0);
    for (const marker of MARKERS) expect(code.includes(marker), `${role}: ${marker}`).toBe(role === "analyst");
    if (role === "analyst") {
      // Drawn on the server and working once hydrated: the form answers a change of status.
      const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
      await form.getByLabel("New status").selectOption({ label: "Fulfilled" });
      await expect(form.getByLabel("Progress (%)")).toHaveValue("100");
    }
    await context.close();
  }
});
