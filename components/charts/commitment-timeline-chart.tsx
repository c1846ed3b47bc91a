import {
  commitmentTimeline,
  pathThrough,
  stepCorners,
  timelineTickLabel,
  type TimelinePoint,
  type TimelineUpdate,
} from "@/lib/domain/chart-series";
import { STATUS_INFO } from "@/lib/domain/status";
import { formatDay, isoDate } from "@/lib/domain/target-date";
import { PlotFrame } from "./plot-frame";
import { STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

type Period = "day" | "week" | "month" | "year";

function pointLabel(point: TimelinePoint, period: Period) {
  const label = `${formatDay(new Date(point.day))}: ${point.progress}% — ${STATUS_INFO[point.status].label}`;
  return point.updates > 1 ? `${label} (the last of ${point.updates.toLocaleString("en")} updates that ${period})` : label;
}

/**
 * Progress as a step line over time, each day's point coloured by the status the day ended with (or,
 * for a long history read by week, month or year, the status each `period` ended with). Drawn on the
 * server: the line runs to the server's today (UTC), never past the last update when that is later.
 * The dots are HTML over the plot, so they stay round however the plot is stretched.
 */
export function CommitmentTimelineChart({
  updates,
  period = "day",
  today = isoDate(new Date()),
}: {
  updates: TimelineUpdate[];
  period?: Period;
  today?: string;
}) {
  const { points, domain, ticks, unit, statuses } = commitmentTimeline(updates, today);
  const span = domain[1] - domain[0];
  const x = (day: number) => (span ? ((day - domain[0]) / span) * 1000 : 500);
  const y = (progress: number) => 1000 - progress * 10;
  const corners = stepCorners(points.map((p) => ({ x: x(p.day), y: y(p.progress) })));
  const dots = points.filter((p) => !p.carried);
  const last = dots.at(-1);
  const label = last
    ? `Progress from ${formatDay(new Date(points[0].day))} to ${formatDay(new Date(domain[1]))}: ${dots.length} ${dots.length === 1 ? "point" : "points"}; the latest, ${pointLabel(last, period)}.`
    : "No status updates to show.";
  const xTicks = ticks.map((t, i) => ({
    at: x(t) / 1000,
    label: timelineTickLabel(t, unit),
    narrow: ticks.length <= 3 || i === 0 || i === ticks.length - 1 || i === Math.floor(ticks.length / 2),
  }));
  return (
    <div className="space-y-2">
      <PlotFrame
        label={label}
        height={220}
        xTicks={xTicks}
        yTicks={[0, 25, 50, 75, 100].map((v) => ({ at: v / 100, label: `${v}%` }))}
        xTitle="Date it took effect"
        yTitle="Progress"
        testId="timeline-plot"
        overlay={dots.map((p) => (
          <span
            key={p.day}
            title={pointLabel(p, period)}
            data-testid="timeline-dot"
            data-status={p.status}
            className="absolute h-3 w-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-[1.5px] border-slate-700"
            style={{ left: `${x(p.day) / 10}%`, top: `${y(p.progress) / 10}%`, backgroundColor: STATUS_COLORS[p.status] }}
          />
        ))}
      >
        {corners.length > 1 ? (
          <path
            d={pathThrough(corners)}
            fill="none"
            stroke="#334155"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            data-testid="timeline-line"
          />
        ) : null}
      </PlotFrame>
      <StatusKey label="Statuses on this timeline" statuses={statuses.map((status) => ({ status, present: true }))} />
    </div>
  );
}
