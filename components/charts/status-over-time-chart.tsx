import { stackedStepBands, statusesOverRange } from "@/lib/domain/chart-series";
import { STATUS_INFO } from "@/lib/domain/status";
import { formatPeriod } from "@/lib/domain/target-date";
import { PeriodPlot, type OverTimePoint } from "./period-plot";
import { STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

/**
 * Commitments by status, stacked, as steps (a count holds until the next period's). Only statuses
 * with a commitment somewhere in the range are drawn, and without an outline.
 */
export function StatusOverTimeChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const statuses = statusesOverRange(points);
  const drawn = statuses.filter((s) => s.present).map((s) => s.status);
  const counts = (p: OverTimePoint) => drawn.map((s) => `${STATUS_INFO[s].label} ${p.counts[s]}`).join(", ");
  return (
    <div className="space-y-2">
      <StatusKey label="Statuses in this chart" statuses={statuses} />
      <PeriodPlot
        points={points}
        unit={unit}
        what="Commitments in each status"
        atEnd={counts}
        tip={(p) => `${unit === "week" ? "Week of " : ""}${formatPeriod(p.bucket, unit)}: ${counts(p)}`}
        testId="chart-over-time-plot"
      >
        {(top) =>
          stackedStepBands(
            drawn.map((status) => points.map((p) => p.counts[status])),
            top,
          ).map((d, i) => (
            <path key={drawn[i]} d={d} fill={STATUS_COLORS[drawn[i]]} fillOpacity={0.85} stroke="none" data-status={drawn[i]} />
          ))
        }
      </PeriodPlot>
    </div>
  );
}
