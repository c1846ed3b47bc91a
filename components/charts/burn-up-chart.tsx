"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPeriod } from "@/lib/domain/target-date";
import type { OverTimePoint } from "./status-over-time-chart";
import { STATUS_COLORS } from "./status-colors";

export function BurnUpChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const data = points.map((p) => ({
    bucket: p.bucket,
    total: p.total,
    fulfilled: p.counts.FULFILLED,
    delivered: p.counts.FULFILLED + p.counts.PARTIALLY_FULFILLED,
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ left: 8, right: 16, bottom: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="bucket"
          tickFormatter={(b: string) => formatPeriod(b, unit)}
          minTickGap={24}
          label={{ value: unit === "week" ? "Week starting" : "Month", position: "insideBottom", offset: -16 }}
        />
        <YAxis allowDecimals={false} label={{ value: "Commitments", angle: -90, position: "insideLeft" }} />
        <Tooltip labelFormatter={(b) => formatPeriod(String(b), unit)} />
        <Legend verticalAlign="top" height={32} itemSorter={null} />
        <Line type="stepAfter" dataKey="total" name="Tracked" stroke="#334155" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line
          type="stepAfter"
          dataKey="delivered"
          name="Fulfilled or partially"
          stroke={STATUS_COLORS.PARTIALLY_FULFILLED}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="fulfilled"
          name="Fulfilled"
          stroke={STATUS_COLORS.FULFILLED}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
