import { describe, expect, it } from "vitest";
import {
  barsShown,
  commitmentTimeline,
  MAX_BARS,
  statusesOverRange,
  TIMELINE_MAX_POINTS,
  timelineBucket,
  timelineTickLabel,
  timelineTicks,
  countTicks,
  pathThrough,
  periodTicks,
  stackedStepBands,
  stepCorners,
  type TimelineUpdate,
} from "./chart-series";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "./status";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const counts = (some: Partial<Record<CommitmentStatusValue, number>>) =>
  Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, some[s] ?? 0])) as Record<CommitmentStatusValue, number>;

describe("statusesOverRange", () => {
  it("marks a status no period counts (Broken at zero throughout) as absent, and keeps the scale's order", () => {
    const statuses = statusesOverRange([
      { counts: counts({ NOT_YET_ASSESSED: 20 }) },
      { counts: counts({ NOT_YET_ASSESSED: 18, IN_PROGRESS: 2 }) },
      { counts: counts({ NOT_YET_ASSESSED: 17, IN_PROGRESS: 2, FULFILLED: 1 }) },
    ]);
    expect(statuses.map((s) => s.status)).toEqual([...COMMITMENT_STATUSES]);
    expect(statuses.filter((s) => s.present).map((s) => s.status)).toEqual(["NOT_YET_ASSESSED", "IN_PROGRESS", "FULFILLED"]);
    expect(statuses.find((s) => s.status === "BROKEN")).toEqual({ status: "BROKEN", present: false });
  });

  it("counts a status present when any single period has one, even if it is zero before and after", () => {
    const statuses = statusesOverRange([{ counts: counts({ STALLED: 0 }) }, { counts: counts({ STALLED: 1 }) }, { counts: counts({}) }]);
    expect(statuses.find((s) => s.status === "STALLED")?.present).toBe(true);
  });
});

describe("commitmentTimeline", () => {
  const history: TimelineUpdate[] = [
    { effectiveOn: "2026-02-02", status: "NOT_YET_ASSESSED", progress: 0 },
    { effectiveOn: "2026-03-23", status: "IN_PROGRESS", progress: 20 },
    { effectiveOn: "2026-03-23", status: "IN_PROGRESS", progress: 25 },
    { effectiveOn: "2026-03-23", status: "STALLED", progress: 25 },
    { effectiveOn: "2026-06-01", status: "IN_PROGRESS", progress: 40 },
  ];

  it("plots one point per day, the last update of that day, and says how many updates the day had", () => {
    const { points } = commitmentTimeline(history, "2026-06-01");
    expect(points.map((p) => p.day)).toEqual([day("2026-02-02"), day("2026-03-23"), day("2026-06-01")]);
    expect(points[1]).toEqual({ day: day("2026-03-23"), status: "STALLED", progress: 25, updates: 3 });
    expect(new Set(points.map((p) => p.day)).size).toBe(points.length);
  });

  it("adds up the updates of the periods a long history is read by", () => {
    const { points } = commitmentTimeline(
      [
        { effectiveOn: "2026-02-06", status: "IN_PROGRESS", progress: 10, updates: 12 },
        { effectiveOn: "2026-02-13", status: "STALLED", progress: 10, updates: 3 },
      ],
      "2026-02-13",
    );
    expect(points.map((p) => [p.status, p.updates])).toEqual([
      ["IN_PROGRESS", 12],
      ["STALLED", 3],
    ]);
  });

  it("keeps the recorded order within a day when the updates come in day order", () => {
    const { points } = commitmentTimeline([...history.slice(3), ...history.slice(0, 3)], "2026-06-01");
    // Sorted by day, a stable sort: of the 23 March updates the last one given wins.
    expect(points.find((p) => p.day === day("2026-03-23"))).toMatchObject({ status: "IN_PROGRESS", progress: 25, updates: 3 });
  });

  it("ends at the last update when that is today: no point after it", () => {
    const { points, domain } = commitmentTimeline(history, "2026-06-01");
    expect(points.at(-1)).toMatchObject({ day: day("2026-06-01"), status: "IN_PROGRESS", progress: 40, updates: 1 });
    expect(points.some((p) => p.carried)).toBe(false);
    expect(domain).toEqual([day("2026-02-02"), day("2026-06-01")]);
  });

  it("carries the current status up to today, and not a day further", () => {
    const { points, domain } = commitmentTimeline(history, "2026-11-27");
    expect(points.at(-1)).toEqual({ day: day("2026-11-27"), status: "IN_PROGRESS", progress: 40, updates: 0, carried: true });
    expect(Math.max(...points.map((p) => p.day))).toBe(day("2026-11-27"));
    expect(domain[1]).toBe(day("2026-11-27"));
  });

  it("does not draw back to today when the last update is already on the reader's tomorrow", () => {
    const { points } = commitmentTimeline(history, "2026-05-31");
    expect(points.at(-1)).toMatchObject({ day: day("2026-06-01"), updates: 1 });
    expect(points.some((p) => p.carried)).toBe(false);
  });

  it("lists the statuses its dots use, in the scale's order", () => {
    expect(commitmentTimeline(history, "2026-11-27").statuses).toEqual(["NOT_YET_ASSESSED", "IN_PROGRESS", "STALLED"]);
  });

  it("leaves out a status only an earlier update of a day had (no dot is drawn for it)", () => {
    const sameDay: TimelineUpdate[] = [
      { effectiveOn: "2026-02-02", status: "NOT_YET_ASSESSED", progress: 0 },
      { effectiveOn: "2026-02-10", status: "BROKEN", progress: 0 },
      { effectiveOn: "2026-02-10", status: "NOT_STARTED", progress: 0 },
    ];
    expect(commitmentTimeline(sameDay, "2026-02-10").statuses).toEqual(["NOT_YET_ASSESSED", "NOT_STARTED"]);
  });

  it("has at least three ticks over a history of months, none outside the line", () => {
    const { ticks, unit, domain } = commitmentTimeline(history, "2026-11-27");
    expect(unit).toBe("month");
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) {
      expect(tick).toBeGreaterThanOrEqual(domain[0]);
      expect(tick).toBeLessThanOrEqual(domain[1]);
    }
  });

  it("draws nothing for a commitment without updates", () => {
    expect(commitmentTimeline([], "2026-11-27")).toMatchObject({ points: [], ticks: [], statuses: [] });
  });
});

describe("timelineBucket", () => {
  it("keeps every update of a short history, however long it spans", () => {
    expect(timelineBucket(1, 0)).toBe("update");
    expect(timelineBucket(TIMELINE_MAX_POINTS, 40_000)).toBe("update");
  });

  it("reads a long history by the finest period that keeps the points within the bound", () => {
    expect(timelineBucket(10_000, 0)).toBe("day");
    expect(timelineBucket(10_000, TIMELINE_MAX_POINTS - 1)).toBe("day");
    expect(timelineBucket(10_000, TIMELINE_MAX_POINTS)).toBe("week");
    // A span of n days touches at most n / 7 + 2 weeks and n / 28 + 2 months.
    expect(timelineBucket(10_000, 7 * (TIMELINE_MAX_POINTS - 2))).toBe("week");
    expect(timelineBucket(10_000, 7 * (TIMELINE_MAX_POINTS - 2) + 1)).toBe("month");
    expect(timelineBucket(10_000, 28 * (TIMELINE_MAX_POINTS - 2))).toBe("month");
    expect(timelineBucket(10_000, 28 * (TIMELINE_MAX_POINTS - 2) + 1)).toBe("year");
  });

  it("never gives more periods than the bound, counting the partial ones at both ends", () => {
    const periods = (span: number, bucket: string) =>
      bucket === "day"
        ? span + 1
        : bucket === "week"
          ? Math.floor(span / 7) + 2
          : bucket === "month"
            ? Math.floor(span / 28) + 2
            : Math.floor(span / 365) + 2;
    const [week, month] = [7, 28].map((days) => days * (TIMELINE_MAX_POINTS - 2));
    // Up to 118 years: 43,070 days by year is 120 periods.
    for (const span of [
      0,
      1,
      TIMELINE_MAX_POINTS - 1,
      TIMELINE_MAX_POINTS,
      400,
      week,
      week + 1,
      2_000,
      month,
      month + 1,
      5_000,
      20_000,
      43_070,
    ]) {
      expect(periods(span, timelineBucket(100_000, span)), `a span of ${span} days`).toBeLessThanOrEqual(TIMELINE_MAX_POINTS);
    }
  });
});

describe("timelineTicks", () => {
  const ticks = (from: string, to: string) => {
    const result = timelineTicks(day(from), day(to));
    return { unit: result.unit, labels: result.ticks.map((t) => timelineTickLabel(t, result.unit)) };
  };

  it("puts a tick on the first of each month when a few months are shown", () => {
    expect(ticks("2026-02-02", "2026-05-20")).toEqual({ unit: "month", labels: ["Mar 2026", "Apr 2026", "May 2026"] });
    expect(ticks("2026-03-01", "2026-05-01")).toEqual({ unit: "month", labels: ["Mar 2026", "Apr 2026", "May 2026"] });
  });

  it("steps by several months when every month would be too many ticks, keeping at least three", () => {
    expect(ticks("2026-02-02", "2026-11-27")).toEqual({
      unit: "month",
      labels: ["Mar 2026", "May 2026", "Jul 2026", "Sep 2026", "Nov 2026"],
    });
    expect(ticks("2024-06-15", "2026-11-27").labels).toEqual(["Jul 2024", "Jan 2025", "Jul 2025", "Jan 2026", "Jul 2026"]);
    for (const [from, to] of [
      ["2026-01-01", "2026-07-31"],
      ["2025-12-31", "2027-02-01"],
      ["2020-01-01", "2032-12-31"],
      ["2001-05-05", "2099-09-09"],
    ]) {
      const { unit, labels } = ticks(from, to);
      expect(unit).toBe("month");
      expect(labels.length, `${from}..${to}`).toBeGreaterThanOrEqual(3);
      expect(labels.length, `${from}..${to}`).toBeLessThanOrEqual(6);
    }
  });

  it("spreads whole days evenly, both ends included, when fewer than three months start in the range", () => {
    expect(ticks("2026-03-05", "2026-04-20")).toEqual({
      unit: "day",
      labels: ["5 Mar 2026", "17 Mar 2026", "28 Mar 2026", "9 Apr 2026", "20 Apr 2026"],
    });
    expect(ticks("2026-03-05", "2026-03-07").labels).toEqual(["5 Mar 2026", "6 Mar 2026", "7 Mar 2026"]);
    expect(ticks("2026-03-05", "2026-03-06").labels).toEqual(["5 Mar 2026", "6 Mar 2026"]);
    expect(ticks("2026-03-05", "2026-03-05").labels).toEqual(["5 Mar 2026"]);
  });

  it("never repeats a tick, and has three as soon as the range has three days", () => {
    for (let days = 0; days < 400; days++) {
      const { ticks: list } = timelineTicks(day("2026-01-20"), day("2026-01-20") + days * 86_400_000);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length, `${days} days`).toBeGreaterThanOrEqual(Math.min(days + 1, 3));
    }
  });
});

describe("countTicks", () => {
  it("starts at 0, steps by 1, 2 or 5 × 10ⁿ, and reaches the largest count in at most 5 steps", () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(26)).toEqual([0, 10, 20, 30]);
    expect(countTicks(100_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    for (const max of [1, 3, 9, 11, 49, 51, 999, 1001, 12_345]) {
      const ticks = countTicks(max);
      expect(ticks.at(-1)!, `${max}`).toBeGreaterThanOrEqual(max);
      expect(ticks.length, `${max}`).toBeLessThanOrEqual(6);
      // The step is the smallest that fits: one step finer would need more than 5.
      expect(ticks.at(-2)!, `${max}`).toBeLessThan(max);
    }
  });
});

describe("periodTicks", () => {
  it("labels every period while there are few, else spreads at most maxTicks from the first to the last", () => {
    expect(periodTicks(0)).toEqual([]);
    expect(periodTicks(4)).toEqual([0, 1, 2, 3]);
    expect(periodTicks(53, 6)).toEqual([0, 10, 21, 31, 42, 52]);
    expect(periodTicks(10, 3)).toEqual([0, 5, 9]);
  });
});

describe("step geometry", () => {
  it("holds each value until the next point", () => {
    expect(
      stepCorners([
        { x: 0, y: 10 },
        { x: 5, y: 20 },
        { x: 9, y: 15 },
      ]),
    ).toEqual([
      { x: 0, y: 10 },
      { x: 5, y: 10 },
      { x: 5, y: 20 },
      { x: 9, y: 20 },
      { x: 9, y: 15 },
    ]);
    expect(
      pathThrough([
        { x: 0, y: 1000 },
        { x: 333.333, y: 12.04 },
        { x: 500, y: 12 },
        { x: 500, y: 40 },
      ]),
    ).toBe("M0 1000L333.3 12H500V40");
  });

  it("leaves out the corners of a value that holds (the line runs through them), and keeps every turn back", () => {
    const held = [0, 200, 400, 600, 800].map((x) => ({ x, y: 500 }));
    expect(pathThrough(held)).toBe("M0 500H800");
    // Right along y = 500, back left along it (a band with nothing in it), then down and back up.
    expect(
      pathThrough([
        { x: 0, y: 500 },
        { x: 500, y: 500 },
        { x: 1000, y: 500 },
        { x: 500, y: 500 },
        { x: 500, y: 700 },
        { x: 500, y: 900 },
        { x: 500, y: 600 },
      ]),
    ).toBe("M0 500H1000H500V900V600");
    // A long weekly series that barely moves: one move per change, not one per week.
    const weeks = Array.from({ length: 200 }, (_, i) => ({ x: i * 5, y: i < 100 ? 1000 : 400 }));
    expect(pathThrough(stepCorners(weeks))).toBe("M0 1000H500V400H995");
  });

  it("stacks bands: each starts where the series below it ends, and the top one reaches the sum", () => {
    // Two series over three periods, axis top 10: the lower band runs from 0 to its values, the upper from there to the sum.
    const [lower, upper] = stackedStepBands(
      [
        [2, 4, 5],
        [3, 1, 5],
      ],
      10,
    );
    expect(lower).toBe("M0 800H500V600H1000V500V1000H0 Z");
    expect(upper).toBe("M0 500H1000V0V600H500V800H0 Z");
  });

  it("draws a single period across the whole plot", () => {
    expect(stackedStepBands([[5]], 10)).toEqual(["M0 500H1000V1000H0 Z"]);
  });
});

describe("barsShown", () => {
  const groups = Array.from({ length: 50 }, (_, i) => `Party ${i + 1}`);

  it("draws the first MAX_BARS groups of a long breakdown and counts the rest", () => {
    const { shown, more } = barsShown(groups);
    expect(shown).toEqual(groups.slice(0, MAX_BARS));
    expect(shown.at(-1)).toBe(`Party ${MAX_BARS}`);
    expect(more).toBe(50 - MAX_BARS);
  });

  it("draws every group of a short breakdown", () => {
    expect(barsShown(groups.slice(0, 3))).toEqual({ shown: groups.slice(0, 3), more: 0 });
    expect(barsShown(groups.slice(0, MAX_BARS))).toEqual({ shown: groups.slice(0, MAX_BARS), more: 0 });
    expect(barsShown(groups, 2)).toEqual({ shown: ["Party 1", "Party 2"], more: 48 });
  });
});
