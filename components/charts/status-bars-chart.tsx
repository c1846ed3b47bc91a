"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { STATUS_COLORS } from "./status-colors";

export type StatusGroup = { name: string; counts: Record<CommitmentStatusValue, number>; total: number };

/** One stacked bar per category (or party), split by status; with `hrefs`, a segment opens the list of its commitments. */
export function StatusBarsChart({
  groups,
  axisLabel,
  hrefs,
}: {
  groups: StatusGroup[];
  axisLabel: string;
  hrefs?: Record<string, Partial<Record<CommitmentStatusValue, string>>>;
}) {
  const router = useRouter();
  const data = groups.map((g) => ({ name: g.name, ...g.counts }));
  const height = Math.max(220, 48 + groups.length * 30);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} label={{ value: "Commitments", position: "insideBottom", offset: -8 }} />
        <YAxis
          type="category"
          dataKey="name"
          width={170}
          tick={{ fontSize: 11 }}
          label={{ value: axisLabel, angle: -90, position: "insideLeft", offset: -2 }}
          tickFormatter={(name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name)}
        />
        <Tooltip />
        <Legend verticalAlign="top" height={48} itemSorter={null} />
        {COMMITMENT_STATUSES.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={STATUS_INFO[status].label}
            stackId="status"
            fill={STATUS_COLORS[status]}
            isAnimationActive={false}
            cursor={hrefs ? "pointer" : undefined}
            onClick={(entry: { payload?: { name?: string } }) => {
              const href = entry.payload?.name ? hrefs?.[entry.payload.name]?.[status] : undefined;
              if (href) router.push(href);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
