import { pathThrough, stepCorners } from "@/lib/domain/chart-series";
import { formatPeriod } from "@/lib/domain/target-date";
import { PeriodPlot, type OverTimePoint } from "./period-plot";
import { STATUS_COLORS } from "./status-colors";
import { ChartKey } from "./status-key";

const SERIES = [
  { key: "total", label: "Tracked", color: "#334155", value: (p: OverTimePoint) => p.total },
  {
    key: "delivered",
    label: "Fulfilled or partially",
    color: STATUS_COLORS.PARTIALLY_FULFILLED,
    value: (p: OverTimePoint) => p.counts.FULFILLED + p.counts.PARTIALLY_FULFILLED,
  },
  { key: "fulfilled", label: "Fulfilled", color: STATUS_COLORS.FULFILLED, value: (p: OverTimePoint) => p.counts.FULFILLED },
] as const;

/** Commitments tracked, and how many were fulfilled (or partially), at the end of each period: step lines. */
export function BurnUpChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const x = (i: number) => (points.length <= 1 ? 0 : (i * 1000) / (points.length - 1));
  const line = (value: (p: OverTimePoint) => number, top: number) => {
    const corners = stepCorners(points.map((p, i) => ({ x: x(i), y: 1000 - (value(p) / top) * 1000 })));
    return pathThrough(points.length === 1 ? [corners[0], { x: 1000, y: corners[0].y }] : corners);
  };
  const values = (p: OverTimePoint) => SERIES.map((s) => `${s.label} ${s.value(p)}`).join(", ");
  return (
    <div className="space-y-2">
      <ChartKey label="Lines in this chart" items={SERIES.map(({ label: text, color }) => ({ label: text, color, line: true }))} />
      <PeriodPlot
        points={points}
        unit={unit}
        what="Commitments tracked and delivered"
        atEnd={values}
        tip={(p) => `${formatPeriod(p.bucket, unit)}: ${values(p)}`}
        testId="chart-burn-up-plot"
      >
        {(top) =>
          points.length
            ? SERIES.map((s) => (
                <path
                  key={s.key}
                  d={line(s.value, top)}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                  data-series={s.key}
                />
              ))
            : null
        }
      </PeriodPlot>
    </div>
  );
}
