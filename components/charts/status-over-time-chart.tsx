"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatPeriod } from "@/lib/domain/target-date";
import { STATUS_COLORS } from "./status-colors";

export type OverTimePoint = { bucket: string; counts: Record<CommitmentStatusValue, number>; total: number };

export function StatusOverTimeChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const data = points.map((p) => ({ bucket: p.bucket, ...p.counts }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <AreaChart data={data} margin={{ left: 8, right: 16, bottom: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="bucket"
          tickFormatter={(b: string) => formatPeriod(b, unit)}
          minTickGap={24}
          label={{ value: unit === "week" ? "Week starting" : "Month", position: "insideBottom", offset: -16 }}
        />
        <YAxis allowDecimals={false} label={{ value: "Commitments", angle: -90, position: "insideLeft" }} />
        <Tooltip labelFormatter={(b) => `${unit === "week" ? "Week of" : ""} ${formatPeriod(String(b), unit)}`} />
        <Legend verticalAlign="top" height={48} itemSorter={null} />
        {COMMITMENT_STATUSES.map((status) => (
          <Area
            key={status}
            type="stepAfter"
            dataKey={status}
            name={STATUS_INFO[status].label}
            stackId="status"
            stroke={STATUS_COLORS[status]}
            fill={STATUS_COLORS[status]}
            fillOpacity={0.85}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
