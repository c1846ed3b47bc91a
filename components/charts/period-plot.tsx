import type { ReactNode } from "react";
import { periodTicks } from "@/lib/domain/chart-series";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import { formatPeriod } from "@/lib/domain/target-date";
import { countAxis, PlotFrame } from "./plot-frame";

export type OverTimePoint = { bucket: string; counts: Record<CommitmentStatusValue, number>; total: number };

/** The x ticks of a series by period: at most six (three on a phone), the first and the last always. */
function periodAxis(points: OverTimePoint[], unit: "week" | "month") {
  const narrow = new Set(periodTicks(points.length, 3));
  const at = (i: number) => (points.length <= 1 ? 0 : i / (points.length - 1));
  return periodTicks(points.length, 6).map((i) => ({ at: at(i), label: formatPeriod(points[i].bucket, unit), narrow: narrow.has(i) }));
}

/**
 * A chart of commitments counted at the end of each week or month: the frame, its axes, its
 * description for a screen reader ("<what> by week, from … to …. At the end: <atEnd>.") and a
 * tooltip per period. `top` is the count axis' top, for the marks drawn inside (`children`).
 */
export function PeriodPlot({
  points,
  unit,
  what,
  atEnd,
  tip,
  testId,
  children,
}: {
  points: OverTimePoint[];
  unit: "week" | "month";
  what: string;
  atEnd: (point: OverTimePoint) => string;
  tip: (point: OverTimePoint) => string;
  testId: string;
  children: (top: number) => ReactNode;
}) {
  const { top, ticks } = countAxis(Math.max(0, ...points.map((p) => p.total)));
  const last = points.at(-1);
  const label = last
    ? `${what} by ${unit}, from ${formatPeriod(points[0].bucket, unit)} to ${formatPeriod(last.bucket, unit)}. At the end: ${atEnd(last)}.`
    : "No periods to show.";
  return (
    <PlotFrame
      label={label}
      height={240}
      xTicks={periodAxis(points, unit)}
      yTicks={ticks}
      xTitle={unit === "week" ? "Week starting" : "Month"}
      yTitle="Commitments"
      testId={testId}
    >
      {children(top)}
      {points.length <= MAX_TIPS ? <PeriodTips tips={points.map(tip)} /> : null}
    </PlotFrame>
  );
}

/**
 * Past this many periods a chart has no tooltips: each column would be a pixel or two wide, and a
 * weekly series over years would add a thousand elements to the page; its table has the numbers.
 */
const MAX_TIPS = 60;

/** Thin, invisible columns over the plot, one per period, each with its numbers as a tooltip. */
function PeriodTips({ tips }: { tips: string[] }) {
  const width = 1000 / Math.max(1, tips.length - 1);
  return (
    <g>
      {tips.map((tip, i) => (
        <rect
          key={i}
          x={tips.length === 1 ? 0 : Math.max(0, i * width - width / 2)}
          width={tips.length === 1 ? 1000 : width}
          y={0}
          height={1000}
          fill="transparent"
        >
          <title>{tip}</title>
        </rect>
      ))}
    </g>
  );
}
