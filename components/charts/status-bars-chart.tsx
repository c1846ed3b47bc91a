import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { BarRows } from "./bar-rows";
import { STATUS_COLORS } from "./status-colors";
import { StatusKey } from "./status-key";

export type StatusGroup = { name: string; counts: Record<CommitmentStatusValue, number>; total: number };

/** One stacked bar per category (or party), split by status; with `hrefs`, a piece opens the list of its commitments. */
export function StatusBarsChart({
  groups,
  axisLabel,
  hrefs,
}: {
  groups: StatusGroup[];
  axisLabel: string;
  hrefs?: Record<string, Partial<Record<CommitmentStatusValue, string>>>;
}) {
  const statuses = COMMITMENT_STATUSES.map((status) => ({ status, present: groups.some((g) => g.counts[status] > 0) }));
  return (
    <div className="space-y-2">
      <StatusKey label="Statuses in this chart" statuses={statuses} />
      <BarRows
        label={`Commitments by ${axisLabel.toLowerCase()} and status`}
        nameHeader={axisLabel}
        testId={`chart-${axisLabel.toLowerCase()}-bars`}
        rows={groups.map((g) => ({
          name: g.name,
          pieces: COMMITMENT_STATUSES.map((status) => ({
            key: status,
            count: g.counts[status],
            label: STATUS_INFO[status].label,
            color: STATUS_COLORS[status],
            href: hrefs?.[g.name]?.[status],
          })),
        }))}
      />
    </div>
  );
}
