"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { STATUS_COLORS } from "./status-colors";

/** `today` marks the point that only carries the current status up to now: it is drawn without a dot. */
export type TimelinePoint = { day: number; status: CommitmentStatusValue; progress: number; today?: boolean };

function formatDay(ms: number) {
  return new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** Progress as a step line over time, each point coloured by the status it moved to. */
export function CommitmentTimelineChart({ points }: { points: TimelinePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <LineChart data={points} margin={{ left: 16, right: 24, bottom: 24, top: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="day"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={formatDay}
          label={{ value: "Date it took effect", position: "insideBottom", offset: -16 }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          label={{ value: "Progress (%)", angle: -90, position: "insideLeft", offset: -4 }}
        />
        <Tooltip
          labelFormatter={(day) => formatDay(Number(day))}
          formatter={(value, _name, item) => [`${value}% — ${STATUS_INFO[(item.payload as TimelinePoint).status].label}`, "Progress"]}
        />
        <Line
          type="stepAfter"
          dataKey="progress"
          stroke="#334155"
          strokeWidth={2}
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; payload?: TimelinePoint; index?: number }) =>
            props.payload?.today ? (
              <g key={props.index} />
            ) : (
              <circle
                key={props.index}
                cx={props.cx}
                cy={props.cy}
                r={6}
                fill={props.payload ? STATUS_COLORS[props.payload.status] : "#334155"}
                stroke="#fff"
                strokeWidth={2}
              />
            )
          }
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
