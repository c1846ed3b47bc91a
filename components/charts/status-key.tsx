import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { STATUS_COLORS } from "./status-colors";

/** One entry of a chart's key: a filled box (an area, a bar) or a line, in its series' colour; no colour greys it out. */
export type ChartKeyItem = { label: string; color?: string; line?: boolean };

/**
 * A chart's key as HTML above or below it, never drawn inside the picture: it wraps on a narrow
 * screen instead of running over the bars and axes, and its labels stay dark text on white (a legend
 * drawn by Recharts writes each label in its series' colour, too pale to read for the light ones).
 */
export function ChartKey({ label, items }: { label: string; items: ChartKeyItem[] }) {
  return (
    <ul aria-label={label} className="print-exact flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
      {items.map(({ label: text, color, line }) => (
        <li key={text} className={`flex items-center gap-1.5 ${color ? "" : "text-slate-600"}`}>
          {line ? (
            <span aria-hidden="true" className="inline-block h-0.5 w-4 shrink-0" style={{ backgroundColor: color }} />
          ) : (
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-3 shrink-0 rounded-sm ring-1 ring-inset ${color ? "ring-slate-600" : "ring-slate-400"}`}
              style={color ? { backgroundColor: color } : undefined}
            />
          )}
          {text}
        </li>
      ))}
    </ul>
  );
}

/** Which colour is which status. A status the chart has nothing for is kept in its place, greyed, and says so. */
export function StatusKey({ label, statuses }: { label: string; statuses: { status: CommitmentStatusValue; present: boolean }[] }) {
  return (
    <ChartKey
      label={label}
      items={statuses.map(({ status, present }) => ({
        label: present ? STATUS_INFO[status].label : `${STATUS_INFO[status].label} (none)`,
        color: present ? STATUS_COLORS[status] : undefined,
      }))}
    />
  );
}
