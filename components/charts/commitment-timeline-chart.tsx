"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { commitmentTimeline, timelineTickLabel, type TimelinePoint, type TimelineUpdate } from "@/lib/domain/chart-series";
import { STATUS_INFO } from "@/lib/domain/status";
import { formatDay, localToday } from "@/lib/domain/target-date";
import { AXIS_LABEL_COLOR, STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

type Period = "day" | "week" | "month" | "year";

function pointLabel(point: TimelinePoint, period: Period) {
  const label = `${point.progress}% — ${STATUS_INFO[point.status].label}`;
  if (point.carried) return `${label} (still current)`;
  return point.updates > 1 ? `${label} (the last of ${point.updates.toLocaleString("en")} updates that ${period})` : label;
}

/**
 * Progress as a step line over time, each day's point coloured by the status the day ended with (or,
 * for a long history read by week, month or year, the status each `period` ended with). The line runs
 * to the reader's today: the chart is only drawn in the browser (DeferredChart), so that is the date
 * in the reader's time zone, the one the status form proposes.
 */
export function CommitmentTimelineChart({ updates, period = "day" }: { updates: TimelineUpdate[]; period?: Period }) {
  const { points, domain, ticks, unit, statuses } = commitmentTimeline(updates, localToday());
  return (
    <div className="space-y-2">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ left: 8, right: 48, bottom: 24, top: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={(day: number) => timelineTickLabel(day, unit)}
            tick={{ fontSize: 12 }}
            label={{ value: "Date it took effect", position: "insideBottom", offset: -16, fill: AXIS_LABEL_COLOR }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(progress: number) => `${progress}%`}
            tick={{ fontSize: 12 }}
            width={64}
            label={{ value: "Progress", angle: -90, position: "insideLeft", offset: 4, textAnchor: "middle", fill: AXIS_LABEL_COLOR }}
          />
          <Tooltip
            labelFormatter={(day) => formatDay(new Date(Number(day)))}
            formatter={(_value, _name, item) => [pointLabel(item.payload as TimelinePoint, period), "Progress"]}
          />
          <Line
            type="stepAfter"
            dataKey="progress"
            stroke="#334155"
            strokeWidth={2}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: TimelinePoint; index?: number }) =>
              !props.payload || props.payload.carried ? (
                <g key={props.index} />
              ) : (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={6}
                  fill={STATUS_COLORS[props.payload.status]}
                  stroke="#334155"
                  strokeWidth={1.5}
                />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
      <StatusKey label="Statuses on this timeline" statuses={statuses.map((status) => ({ status, present: true }))} />
    </div>
  );
}
