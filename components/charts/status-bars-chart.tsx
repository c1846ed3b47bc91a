"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { wrapLabel } from "@/lib/domain/chart-series";
import { AXIS_LABEL_COLOR, STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";
import { useNarrowScreen } from "./use-narrow-screen";

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

const LINE_HEIGHT = 13;

/** A category's or party's whole name, on as many lines as it needs (the row is made tall enough). */
function CategoryTick({ x, y, payload, maxChars }: TickProps & { maxChars: number }) {
  const lines = wrapLabel(String(payload?.value ?? ""), maxChars);
  const top = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={Number(y)} dx={-4} textAnchor="end" fontSize={11} fill={AXIS_LABEL_COLOR}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dx={-4} dy={i === 0 ? top + 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

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
  const narrow = useNarrowScreen();
  const data = groups.map((g) => ({ name: g.name, ...g.counts }));
  const maxChars = narrow ? 16 : 26;
  // Each row is as tall as its longest name's lines need (at least 30 px), so no name is cut.
  const rowHeight = Math.max(30, ...groups.map((g) => wrapLabel(g.name, maxChars).length * LINE_HEIGHT + 8));
  const height = Math.max(200, 32 + groups.length * rowHeight);
  const statuses = COMMITMENT_STATUSES.map((status) => ({ status, present: groups.some((g) => g.counts[status] > 0) }));
  return (
    <div className="space-y-2">
      <StatusKey label="Statuses in this chart" statuses={statuses} />
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, bottom: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            label={{ value: "Commitments", position: "insideBottom", offset: -8, fill: AXIS_LABEL_COLOR }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 120 : 170}
            tick={(props: TickProps) => <CategoryTick {...props} maxChars={maxChars} />}
            interval={0}
            label={{ value: axisLabel, angle: -90, position: "insideLeft", offset: -2, fill: AXIS_LABEL_COLOR }}
          />
          <Tooltip />
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
    </div>
  );
}
