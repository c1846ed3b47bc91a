import { countTicks, periodTicks, stackedStepBands, statusesOverRange } from "@/lib/domain/chart-series";
import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatPeriod } from "@/lib/domain/target-date";
import { PeriodTips, PlotFrame } from "./plot-frame";
import { STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

export type OverTimePoint = { bucket: string; counts: Record<CommitmentStatusValue, number>; total: number };

/** The x ticks of a series by period: at most six (three on a phone), the first and the last always. */
export function periodAxis(points: OverTimePoint[], unit: "week" | "month") {
  const narrow = new Set(periodTicks(points.length, 3));
  const at = (i: number) => (points.length <= 1 ? 0 : i / (points.length - 1));
  return periodTicks(points.length, 6).map((i) => ({ at: at(i), label: formatPeriod(points[i].bucket, unit), narrow: narrow.has(i) }));
}

/** The y ticks of a count axis, and its top. */
export function countAxis(max: number) {
  const ticks = countTicks(max);
  const top = ticks.at(-1)!;
  return { top, ticks: ticks.map((v) => ({ at: v / top, label: v.toLocaleString("en") })) };
}

/**
 * Commitments by status, stacked, as steps (a count holds until the next period's). Only statuses
 * with a commitment somewhere in the range are drawn, and without an outline.
 */
export function StatusOverTimeChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const statuses = statusesOverRange(points);
  const drawn = statuses.filter((s) => s.present).map((s) => s.status);
  const { top, ticks } = countAxis(Math.max(0, ...points.map((p) => p.total)));
  const bands = stackedStepBands(
    drawn.map((status) => points.map((p) => p.counts[status])),
    top,
  );
  const last = points.at(-1);
  const label = last
    ? `Commitments in each status by ${unit}, from ${formatPeriod(points[0].bucket, unit)} to ${formatPeriod(last.bucket, unit)}. At the end: ${drawn.map((s) => `${last.counts[s]} ${STATUS_INFO[s].label}`).join(", ")}.`
    : "No periods to show.";
  return (
    <div className="space-y-2">
      <StatusKey label="Statuses in this chart" statuses={statuses} />
      <PlotFrame
        label={label}
        height={240}
        xTicks={periodAxis(points, unit)}
        yTicks={ticks}
        xTitle={unit === "week" ? "Week starting" : "Month"}
        yTitle="Commitments"
        testId="chart-over-time-plot"
      >
        {bands.map((d, i) => (
          <path key={drawn[i]} d={d} fill={STATUS_COLORS[drawn[i]]} fillOpacity={0.85} stroke="none" data-status={drawn[i]} />
        ))}
        <PeriodTips
          tips={points.map(
            (p) =>
              `${unit === "week" ? "Week of " : ""}${formatPeriod(p.bucket, unit)}: ${drawn.map((s) => `${STATUS_INFO[s].label} ${p.counts[s]}`).join(", ")}`,
          )}
        />
      </PlotFrame>
    </div>
  );
}
