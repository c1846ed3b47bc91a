import { pathThrough, stepCorners } from "@/lib/domain/chart-series";
import { formatPeriod } from "@/lib/domain/target-date";
import { PeriodTips, PlotFrame } from "./plot-frame";
import { countAxis, periodAxis, type OverTimePoint } from "./status-over-time-chart";
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
  const { top, ticks } = countAxis(Math.max(0, ...points.map((p) => p.total)));
  const x = (i: number) => (points.length <= 1 ? 0 : (i * 1000) / (points.length - 1));
  const line = (value: (p: OverTimePoint) => number) => {
    const corners = stepCorners(points.map((p, i) => ({ x: x(i), y: 1000 - (value(p) / top) * 1000 })));
    return pathThrough(points.length === 1 ? [corners[0], { x: 1000, y: corners[0].y }] : corners);
  };
  const last = points.at(-1);
  const label = last
    ? `Commitments tracked and delivered by ${unit}, from ${formatPeriod(points[0].bucket, unit)} to ${formatPeriod(last.bucket, unit)}. At the end: ${SERIES.map((s) => `${s.label} ${s.value(last)}`).join(", ")}.`
    : "No periods to show.";
  return (
    <div className="space-y-2">
      <ChartKey label="Lines in this chart" items={SERIES.map(({ label: text, color }) => ({ label: text, color, line: true }))} />
      <PlotFrame
        label={label}
        height={240}
        xTicks={periodAxis(points, unit)}
        yTicks={ticks}
        xTitle={unit === "week" ? "Week starting" : "Month"}
        yTitle="Commitments"
        testId="chart-burn-up-plot"
      >
        {points.length
          ? SERIES.map((s) => (
              <path
                key={s.key}
                d={line(s.value)}
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
                data-series={s.key}
              />
            ))
          : null}
        <PeriodTips
          tips={points.map((p) => `${formatPeriod(p.bucket, unit)}: ${SERIES.map((s) => `${s.label} ${s.value(p)}`).join(", ")}`)}
        />
      </PlotFrame>
    </div>
  );
}
