"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { statusesOverRange } from "@/lib/domain/chart-series";
import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatPeriod } from "@/lib/domain/target-date";
import { AXIS_LABEL_COLOR, STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

export type OverTimePoint = { bucket: string; counts: Record<CommitmentStatusValue, number>; total: number };

/**
 * Commitments by status, stacked. Only statuses with a commitment somewhere in the range are drawn,
 * and without an outline: an outline is drawn where its series is zero too, as a line along the top
 * of the stack in that status' colour (a red "Broken" line with nothing broken).
 */
export function StatusOverTimeChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const data = points.map((p) => ({ bucket: p.bucket, ...p.counts }));
  const statuses = statusesOverRange(points);
  return (
    <div className="space-y-2">
      <StatusKey label="Statuses in this chart" statuses={statuses} />
      <ResponsiveContainer width="100%" height={280}>
        <AreaChart data={data} margin={{ left: 8, right: 40, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="bucket"
            tickFormatter={(b: string) => formatPeriod(b, unit)}
            minTickGap={24}
            label={{ value: unit === "week" ? "Week starting" : "Month", position: "insideBottom", offset: -16, fill: AXIS_LABEL_COLOR }}
          />
          <YAxis
            allowDecimals={false}
            label={{ value: "Commitments", angle: -90, position: "insideLeft", textAnchor: "middle", fill: AXIS_LABEL_COLOR }}
          />
          <Tooltip labelFormatter={(b) => `${unit === "week" ? "Week of" : ""} ${formatPeriod(String(b), unit)}`} />
          {statuses
            .filter((s) => s.present)
            .map(({ status }) => (
              <Area
                key={status}
                type="stepAfter"
                dataKey={status}
                name={STATUS_INFO[status].label}
                stackId="status"
                stroke="none"
                fill={STATUS_COLORS[status]}
                fillOpacity={0.85}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
