"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPeriod } from "@/lib/domain/target-date";
import type { OverTimePoint } from "./status-over-time-chart";
import { AXIS_LABEL_COLOR, STATUS_COLORS } from "./status-colors";
import { ChartKey } from "./status-key";

const SERIES = [
  { key: "total", label: "Tracked", color: "#334155" },
  { key: "delivered", label: "Fulfilled or partially", color: STATUS_COLORS.PARTIALLY_FULFILLED },
  { key: "fulfilled", label: "Fulfilled", color: STATUS_COLORS.FULFILLED },
] as const;

export function BurnUpChart({ points, unit }: { points: OverTimePoint[]; unit: "week" | "month" }) {
  const data = points.map((p) => ({
    bucket: p.bucket,
    total: p.total,
    fulfilled: p.counts.FULFILLED,
    delivered: p.counts.FULFILLED + p.counts.PARTIALLY_FULFILLED,
  }));
  return (
    <div className="space-y-2">
      <ChartKey label="Lines in this chart" items={SERIES.map(({ label, color }) => ({ label, color, line: true }))} />
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ left: 8, right: 16, bottom: 24 }}>
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
          <Tooltip labelFormatter={(b) => formatPeriod(String(b), unit)} />
          {SERIES.map(({ key, label, color }) => (
            <Line
              key={key}
              type="stepAfter"
              dataKey={key}
              name={label}
              stroke={color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
