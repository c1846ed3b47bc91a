// What the charts draw, decided here so that it can be tested without a browser: which statuses a
// stacked chart has anything to show for, and which points, ticks and statuses a commitment's
// timeline plots. The chart components only hand the result to Recharts.
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "./status";
import { formatDay, formatPeriod, isoDate } from "./target-date";

const DAY_MS = 86_400_000;

/** Each status, in the scale's order, and whether any period of the range counts a commitment in it. */
export function statusesOverRange(
  points: { counts: Record<CommitmentStatusValue, number> }[],
): { status: CommitmentStatusValue; present: boolean }[] {
  return COMMITMENT_STATUSES.map((status) => ({ status, present: points.some((p) => p.counts[status] > 0) }));
}

/**
 * A recorded status update as the timeline needs it: the day it took effect (YYYY-MM-DD), where it
 * moved to; or, for a long history read by period (`TimelineBucket`), the last update of a period,
 * with how many updates the period had (`updates`, 1 when absent).
 */
export type TimelineUpdate = { effectiveOn: string; status: CommitmentStatusValue; progress: number; updates?: number };

/** How a commitment's history is read for its timeline: every update, or the last update of each day, week, month or year. */
export type TimelineBucket = "update" | "day" | "week" | "month" | "year";

/**
 * Points a timeline draws at most (one more when the current status is carried to today): a dot is
 * 12 px across and the plot at most 1,154 px wide (264 on a phone), so 120 dots are 10 px apart
 * where 366 were 3 px, four deep. Each point is a dot, a tooltip and a row of the card's table in
 * the page, so a long history's page was a third larger with 366 (issue 15). By year, a span of up
 * to 118 years keeps within it.
 */
export const TIMELINE_MAX_POINTS = 120;

/**
 * The finest way to read a history of `updates` updates spanning `spanDays` days (from the first
 * day one took effect to the last) that gives at most `maxPoints` points: every update while there
 * are few enough, else the last update of each day, week, month or year. A span of n days touches
 * at most n + 1 days, n / 7 + 2 weeks, n / 28 + 2 months and n / 365 + 2 years.
 */
export function timelineBucket(updates: number, spanDays: number, maxPoints = TIMELINE_MAX_POINTS): TimelineBucket {
  if (updates <= maxPoints) return "update";
  if (spanDays + 1 <= maxPoints) return "day";
  if (spanDays / 7 + 2 <= maxPoints) return "week";
  if (spanDays / 28 + 2 <= maxPoints) return "month";
  return "year";
}

/**
 * One plotted point: the status and progress a day ended with (`updates` counts that day's updates),
 * or, when `carried`, the current status held up to today (drawn without a dot).
 */
export type TimelinePoint = { day: number; status: CommitmentStatusValue; progress: number; updates: number; carried?: true };

export type TimelineTicks = { ticks: number[]; unit: "month" | "day" };

export type CommitmentTimeline = TimelineTicks & { points: TimelinePoint[]; domain: [number, number]; statuses: CommitmentStatusValue[] };

function dayMs(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/**
 * The timeline of one commitment, from its updates in the order they took effect and the reader's
 * today (YYYY-MM-DD). A day with several updates is one point, the last of them: the step line could
 * not show the others (they last no time) and their dots would lie on top of each other; the table
 * and the history still list every update. The current status is carried up to today, never past
 * it; when the last update is today (or later, entered where the date is already tomorrow), the line
 * ends there.
 */
export function commitmentTimeline(updates: TimelineUpdate[], today: string): CommitmentTimeline {
  const points: TimelinePoint[] = [];
  const inOrder = [...updates].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
  for (const update of inOrder) {
    const day = dayMs(update.effectiveOn);
    const last = points.at(-1);
    const updates = update.updates ?? 1;
    if (last?.day === day)
      points[points.length - 1] = { day, status: update.status, progress: update.progress, updates: last.updates + updates };
    else points.push({ day, status: update.status, progress: update.progress, updates });
  }
  const last = points.at(-1);
  if (!last) return { points, domain: [0, 0], statuses: [], ticks: [], unit: "day" };
  const end = dayMs(today);
  if (end > last.day) points.push({ day: end, status: last.status, progress: last.progress, updates: 0, carried: true });
  const domain: [number, number] = [points[0].day, points[points.length - 1].day];
  const used = new Set(points.map((p) => p.status));
  return { points, domain, statuses: COMMITMENT_STATUSES.filter((s) => used.has(s)), ...timelineTicks(domain[0], domain[1]) };
}

// Months between ticks: every month, second, third, sixth, then every year, two years, four… Each step
// at most doubles the last, so a step that leaves too many ticks is followed by one that leaves three.
function nextMonthStep(step: number): number {
  return step === 2 ? 3 : step * 2;
}

/**
 * Date ticks for a range of days (UTC midnights): the first of every month, or of every second,
 * third, sixth… month (at most `maxTicks`), when that gives at least three; otherwise whole days
 * spread evenly from the first day to the last, both included, so a short range still reads.
 */
export function timelineTicks(start: number, end: number, maxTicks = 6): TimelineTicks {
  const first = new Date(start);
  const last = new Date(end);
  const firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  const lastMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  for (let step = 1; step <= Math.max(1, lastMonth - firstMonth); step = nextMonthStep(step)) {
    const months: number[] = [];
    for (let m = Math.ceil(firstMonth / step) * step; m <= lastMonth; m += step) months.push(Date.UTC(Math.floor(m / 12), m % 12, 1));
    if (months.length > maxTicks) continue;
    if (months.length >= 3) return { ticks: months, unit: "month" };
    break;
  }
  const days = Math.round((end - start) / DAY_MS);
  const count = Math.min(days + 1, maxTicks, 5);
  if (count <= 1) return { ticks: [start], unit: "day" };
  const ticks = Array.from({ length: count }, (_, i) => start + Math.round((i * days) / (count - 1)) * DAY_MS);
  return { ticks: [...new Set(ticks)], unit: "day" };
}

/** A tick as it reads on the axis: "Mar 2026" for a month, "2 Mar 2026" for a day. */
export function timelineTickLabel(ms: number, unit: TimelineTicks["unit"]): string {
  return unit === "month" ? formatPeriod(isoDate(new Date(ms)), "month") : formatDay(new Date(ms));
}

/**
 * The ticks of a count axis: whole numbers from 0, every 1, 2 or 5 × 10ⁿ, at most `maxTicks` + 1 of
 * them, the last at or above `max` (the axis' top). An empty series still gets 0 and 1.
 */
export function countTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const fit = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= maxTicks);
    if (fit) {
      step = fit;
      break;
    }
  }
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

/** Which of `count` periods get a label on the axis: at most `maxTicks`, evenly spread, the first and the last always. */
export function periodTicks(count: number, maxTicks = 6): number[] {
  if (count <= maxTicks) return Array.from({ length: count }, (_, i) => i);
  if (maxTicks < 2) return [0];
  return [...new Set(Array.from({ length: maxTicks }, (_, i) => Math.round((i * (count - 1)) / (maxTicks - 1))))];
}

/** A point of a plot, in its own box: x and y from 0 to 1000, y downwards (SVG's way). */
export type PlotPoint = { x: number; y: number };

/**
 * A value held until the next one (a step after each point), as the corners an SVG path or polygon
 * joins: (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₂, y₁)… ending at the last point (a corner repeated in place
 * is kept once).
 */
export function stepCorners(points: PlotPoint[]): PlotPoint[] {
  const corners = points.flatMap((p, i) => (i === 0 ? [p] : [{ x: p.x, y: points[i - 1].y }, p]));
  // A value that does not change makes a corner twice in one place: once is enough.
  return corners.filter((c, i) => i === 0 || c.x !== corners[i - 1].x || c.y !== corners[i - 1].y);
}

/**
 * An SVG path through `corners`, rounded to a tenth (the plot box is 1000 wide): a move along one
 * axis is written H or V, the way a step chart's corners nearly all are, which halves the page's
 * share of a long weekly series; a corner on the straight line between its neighbours (a value that
 * holds for several periods) is left out, since the line runs through it anyway.
 */
export function pathThrough(corners: PlotPoint[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const rounded = corners.map((c) => ({ x: r(c.x), y: r(c.y) }));
  const between = (a: number, b: number, c: number) => (a <= b && b <= c) || (a >= b && b >= c);
  const kept = rounded.filter((c, i) => {
    if (i === 0 || i === rounded.length - 1) return true;
    const [p, n] = [rounded[i - 1], rounded[i + 1]];
    return !((p.y === c.y && n.y === c.y && between(p.x, c.x, n.x)) || (p.x === c.x && n.x === c.x && between(p.y, c.y, n.y)));
  });
  return kept
    .map((c, i) => {
      if (i === 0) return `M${c.x} ${c.y}`;
      const p = kept[i - 1];
      return c.y === p.y ? `H${c.x}` : c.x === p.x ? `V${c.y}` : `L${c.x} ${c.y}`;
    })
    .join("");
}

/**
 * The bands of a stacked step chart: for each series, in stacking order, the polygon between the sum
 * of the series below it and that sum plus its own values, on a plot box where `top` is the axis' top
 * value. `values[s][i]` is series s at period i; periods are spread from x = 0 to 1000 (one period
 * fills the box).
 */
export function stackedStepBands(values: number[][], top: number): string[] {
  const periods = values[0]?.length ?? 0;
  const x = (i: number) => (periods <= 1 ? i * 1000 : (i * 1000) / (periods - 1));
  const y = (v: number) => 1000 - (v / top) * 1000;
  const below = new Array<number>(periods).fill(0);
  return values.map((series) => {
    const lower = below.map((v, i) => ({ x: x(i), y: y(v) }));
    const upper = series.map((v, i) => ({ x: x(i), y: y(below[i] + v) }));
    series.forEach((v, i) => (below[i] += v));
    // One period is drawn as a band across the whole box.
    const widen = (pts: PlotPoint[]) => (periods === 1 ? [pts[0], { x: 1000, y: pts[0].y }] : pts);
    return pathThrough([...stepCorners(widen(upper)), ...stepCorners(widen(lower)).reverse()]) + " Z";
  });
}

/**
 * The most bars a breakdown chart draws: past this, the chart shows the largest groups and says how
 * many more its table holds. Fifty parties are 1,600 pixels of bars that nobody reads as a chart, and
 * were a quarter of the dashboard's page (each piece a link with its tooltip).
 */
export const MAX_BARS = 15;

/** The groups a breakdown chart draws (the first `limit`, which the caller has sorted largest first) and how many it leaves to its table. */
export function barsShown<T>(groups: T[], limit: number = MAX_BARS): { shown: T[]; more: number } {
  return { shown: groups.slice(0, limit), more: Math.max(0, groups.length - limit) };
}
