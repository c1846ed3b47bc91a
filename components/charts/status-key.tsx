import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { STATUS_COLORS } from "./status-colors";

/**
 * Which colour is which status, as HTML beside the chart: the labels stay dark text on white (a
 * legend drawn by Recharts writes each label in its series' colour, too pale to read for the light
 * ones). A status the chart has nothing for is kept in its place, greyed, and says so.
 */
export function StatusKey({ label, statuses }: { label: string; statuses: { status: CommitmentStatusValue; present: boolean }[] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
      {statuses.map(({ status, present }) => (
        <li key={status} className={`flex items-center gap-1.5 ${present ? "" : "text-slate-600"}`}>
          <span
            aria-hidden="true"
            className={`inline-block h-3 w-3 shrink-0 rounded-sm ring-1 ring-inset ${present ? "ring-slate-600" : "ring-slate-400"}`}
            style={present ? { backgroundColor: STATUS_COLORS[status] } : undefined}
          />
          {STATUS_INFO[status].label}
          {present ? null : " (none)"}
        </li>
      ))}
    </ul>
  );
}
