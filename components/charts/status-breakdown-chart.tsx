"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { AXIS_LABEL_COLOR, STATUS_COLORS } from "./status-colors";

/** One bar per status; with `hrefs`, a bar opens the list of the commitments it counts. */
export function StatusBreakdownChart({
  counts,
  hrefs,
}: {
  counts: Record<CommitmentStatusValue, number>;
  hrefs?: Partial<Record<CommitmentStatusValue, string>>;
}) {
  const router = useRouter();
  const data = COMMITMENT_STATUSES.map((status) => ({ status, label: STATUS_INFO[status].label, count: counts[status] }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          label={{ value: "Commitments", position: "insideBottom", offset: -8, fill: AXIS_LABEL_COLOR }}
        />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [value, "Commitments"]} />
        <Bar dataKey="count" name="Commitments" isAnimationActive={false}>
          {data.map((d) => (
            <Cell
              key={d.status}
              fill={STATUS_COLORS[d.status]}
              cursor={hrefs?.[d.status] ? "pointer" : undefined}
              onClick={hrefs?.[d.status] ? () => router.push(hrefs[d.status]!) : undefined}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
