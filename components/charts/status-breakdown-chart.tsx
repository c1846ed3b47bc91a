import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { BarRows } from "./bar-rows";
import { STATUS_COLORS } from "./status-colors";

/** One bar per status; with `hrefs`, a bar opens the list of the commitments it counts. */
export function StatusBreakdownChart({
  counts,
  hrefs,
}: {
  counts: Record<CommitmentStatusValue, number>;
  hrefs?: Partial<Record<CommitmentStatusValue, string>>;
}) {
  return (
    <BarRows
      label="Commitments by status"
      testId="chart-status-bars"
      rows={COMMITMENT_STATUSES.map((status) => ({
        name: STATUS_INFO[status].label,
        pieces: [{ key: status, count: counts[status], label: "commitments", color: STATUS_COLORS[status], href: hrefs?.[status] }],
      }))}
    />
  );
}
