import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { STATUS_COLORS } from "../components/charts/status-colors";
import { openCommitment } from "./helpers";
import { as } from "./roles";

// What the charts draw, read from the page the server sent: no band for a status nobody is in, axis
// text inside the chart, dated ticks, one dot per day, whole names, and a key of the statuses in
// readable text. The charts are drawn on the server (SVG and HTML), so they are there without scrolling.

test.use(as("analyst"));

// No other spec reads or changes this commitment; its demo history runs from February to March.
const TIMELINE_COMMITMENT = "Take coordinated action against terrorism";

/** "#dc2626" as the browser's computed style writes it: "rgb(220, 38, 38)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function chartCard(page: Page, title: string): Locator {
  return page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
}

/** The card's chart: the plot with its axes (a chart over time) or the bars with their names and axis. */
async function chartOf(card: Locator): Promise<Locator> {
  const chart = card.locator("[data-chart-plot]").first();
  await expect(chart).toBeVisible();
  return chart;
}

/** The sides of `inner`'s box that stick out of `outer`'s (half a pixel allowed for rounding). */
async function sidesOutside(inner: Locator, outer: Locator): Promise<string[]> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b) return ["not rendered"];
  const out: string[] = [];
  if (a.x < b.x - 0.5) out.push("left");
  if (a.y < b.y - 0.5) out.push("top");
  if (a.x + a.width > b.x + b.width + 0.5) out.push("right");
  if (a.y + a.height > b.y + b.height + 0.5) out.push("bottom");
  return out;
}

/** Opens the card's "Show the numbers as a table" and returns its body rows. */
async function tableRows(card: Locator): Promise<Locator> {
  await card.getByText("Show the numbers as a table").click();
  const rows = card.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  return rows;
}

/** The browser's today, YYYY-MM-DD: the date the status form proposes (read before any page loads). */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  });
}

test("the status-over-time chart draws no Broken line when nothing is broken, and its key says Broken has none", async ({ page }) => {
  // The dashboard as it stood yesterday: specs record their updates today, so none of them can have
  // made a commitment Broken in it, whatever order the specs run in.
  const today = await browserToday(page);
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/?asOf=${yesterday}`);
  await expect(page.getByTestId("as-of-banner")).toBeVisible();

  const card = chartCard(page, "Status over time");
  const rows = await tableRows(card);
  const columns = await card.getByRole("columnheader").allTextContents();
  const broken = columns.indexOf("Broken");
  expect(broken).toBeGreaterThan(0);
  const brokenCounts = rows.locator(`:nth-child(${broken + 1})`);
  await expect(brokenCounts.first()).toHaveText("0");
  await expect(brokenCounts.filter({ hasNotText: /^0$/ })).toHaveCount(0);

  const svg = (await chartOf(card)).locator("svg");
  // The chart is drawn: the statuses it has are filled bands (the demo data starts all "Not yet assessed"), and Broken has none.
  const areaFills = () => svg.locator("path[data-status]").evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
  await expect.poll(areaFills).toContain(rgb(STATUS_COLORS.NOT_YET_ASSESSED));
  expect(await areaFills()).not.toContain(rgb(STATUS_COLORS.BROKEN));
  // …and nothing in it is stroked in Broken's red: no area outline, no line along the top of the stack.
  const strokedRed = (colour: string) =>
    svg.locator("path").evaluateAll(
      (paths, red) =>
        paths.filter((p) => {
          const style = getComputedStyle(p);
          return (
            style.stroke === red &&
            parseFloat(style.strokeWidth) > 0 &&
            parseFloat(style.strokeOpacity) > 0 &&
            style.visibility !== "hidden"
          );
        }).length,
      colour,
    );
  await expect.poll(() => strokedRed(rgb(STATUS_COLORS.BROKEN))).toBe(0);

  const key = card.getByRole("list", { name: "Statuses in this chart" });
  await expect(key.getByRole("listitem")).toHaveCount(7);
  await expect(key.getByRole("listitem").filter({ hasText: "Broken" })).toHaveText("Broken (none)");
  await expect(key.getByRole("listitem").filter({ hasText: "Not yet assessed" })).toHaveText("Not yet assessed");

  const contrast = await new AxeBuilder({ page })
    .include('section[aria-labelledby="chart-over-time-title"]')
    .withRules(["color-contrast"])
    .analyze();
  expect(contrast.violations.map((v) => v.nodes.map((n) => n.target.join(" ")).join(", "))).toEqual([]);
});

test("a commitment's timeline: its axis text fits, it has dated ticks, one dot per day up to today, and a key of its statuses", async ({
  page,
}) => {
  await openCommitment(page, TIMELINE_COMMITMENT);
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Update status" }) });
  // Two updates on one day (the form proposes the browser's today), after a history that began in February.
  for (const [progress, rationale] of [
    ["25", "Joint working group on organized crime met in Astana."],
    ["30", "Later the same day: an extradition agreement was initialled."],
  ]) {
    await form.getByLabel("New status").selectOption({ label: "In progress" });
    await form.getByLabel("Progress (%)").fill(progress);
    await form.getByLabel("Rationale").fill(rationale);
    await form.getByRole("button", { name: "Save status update" }).click();
    await expect(form.getByRole("status")).toHaveText("Status update saved.");
    await expect(page.getByTestId("history-entry").first()).toContainText(rationale);
  }
  await page.reload();

  const card = chartCard(page, "Status and progress over time");
  const rows = await tableRows(card);
  const days = await rows.locator("th").allTextContents();
  const distinctDays = new Set(days).size;
  expect(days.length, "the table lists every update, two of them on one day").toBeGreaterThan(distinctDays);
  const span = Date.parse(`${days.at(-1)} UTC`) - Date.parse(`${days[0]} UTC`);
  expect(span / 86_400_000, "the history spans months").toBeGreaterThan(90);

  const chart = await chartOf(card);
  const dots = chart.getByTestId("timeline-dot");
  await expect(dots).toHaveCount(distinctDays);

  // The line ends at the last dot, today's (the browser's and the server's today are one here): not a day later.
  // The line's last corner, from its path (the plot's own units run from 0 to 1000 across the plot).
  const plot = (await chart.locator("svg").boundingBox())!;
  const lineEndX = await chart
    .getByTestId("timeline-line")
    .evaluate((path) => Math.max(...[...path.getAttribute("d")!.matchAll(/[MLH]([\d.]+)/g)].map((m) => Number(m[1]))));
  const dotCentres = await dots.evaluateAll((spans) =>
    spans.map((s) => {
      const box = s.getBoundingClientRect();
      return box.x + box.width / 2;
    }),
  );
  expect(Math.abs(plot.x + (lineEndX / 1000) * plot.width - Math.max(...dotCentres))).toBeLessThan(1.5);

  const yLabel = chart.locator("[data-axis-title]", { hasText: "Progress" });
  await expect(yLabel).toBeVisible();
  await expect.poll(() => sidesOutside(yLabel, card)).toEqual([]);
  await expect(chart.locator('[data-axis="y"]')).toHaveText(["0%", "25%", "50%", "75%", "100%"]);

  const xTicks = chart.locator('[data-axis="x"]');
  await expect.poll(() => xTicks.count()).toBeGreaterThanOrEqual(3);
  for (const tick of await xTicks.all()) await expect.poll(() => sidesOutside(tick, chart)).toEqual([]);

  const key = card.getByRole("list", { name: "Statuses on this timeline" });
  await expect(key.getByRole("listitem")).toHaveText(["Not yet assessed", "In progress"]);
  const dotColours = await dots.evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).backgroundColor))].sort());
  expect(dotColours).toEqual([rgb(STATUS_COLORS.NOT_YET_ASSESSED), rgb(STATUS_COLORS.IN_PROGRESS)].sort());

  const contrast = await new AxeBuilder({ page })
    .include('section[aria-labelledby="timeline-title"]')
    .withRules(["color-contrast"])
    .analyze();
  expect(contrast.violations.map((v) => v.nodes.map((n) => n.target.join(" ")).join(", "))).toEqual([]);
});

test("the breakdown charts show every category's and party's whole name, on a phone too", async ({ browser }) => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ ...as("analyst"), viewport });
    const page = await context.newPage();
    await page.goto("/");
    for (const title of ["Status by category", "Status by party"]) {
      const card = chartCard(page, title);
      const chart = await chartOf(card);
      const nameCells = chart.locator("[data-bar-name]");
      await expect(nameCells.first()).toBeVisible();
      const names = await nameCells.allTextContents();
      expect(names.length, `${title} at ${viewport.width}`).toBeGreaterThan(1);
      for (const name of names) expect(name, `${title} at ${viewport.width}`).not.toContain("…");
      // Each name is shown whole: inside the card, and not clipped by its cell.
      for (const cell of await nameCells.all()) {
        await expect.poll(() => sidesOutside(cell, card)).toEqual([]);
        expect(await cell.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1)).toBe(true);
      }
      // A bar's pieces open the commitments they count, filtered to the row's name and the piece's status.
      const href = await chart.locator("a[data-piece]").first().getAttribute("href");
      expect(href, `${title} at ${viewport.width}`).toMatch(/^\/commitments\?.*status=/);
      // Each piece is drawn in its status's colour, as tall as its bar (the chart's style sheet and app/globals.css).
      const pieces = await chart
        .locator("[data-piece]")
        .evaluateAll((els) =>
          els.map((e) => ({ key: e.getAttribute("data-piece")!, colour: getComputedStyle(e).backgroundColor, height: e.clientHeight })),
        );
      expect(pieces.length, `${title} at ${viewport.width}`).toBeGreaterThan(1);
      for (const p of pieces) {
        expect(p.colour, `${title}: ${p.key}`).toBe(rgb(STATUS_COLORS[p.key as keyof typeof STATUS_COLORS]));
        expect(p.height, `${title}: ${p.key}`).toBe(20);
      }
      if (title === "Status by category") expect(names, `${title} at ${viewport.width}`).toContain("Diplomacy & high-level dialogue");
    }
    await context.close();
  }
});
