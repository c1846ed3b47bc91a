import Link from "next/link";
import type { CommitmentListRow } from "@/lib/data/commitments";
import { formatDay, formatTarget, isoDate } from "@/lib/domain/target-date";
import { commitmentFiltersToQuery, type CommitmentFilters, type CommitmentSort } from "@/lib/validation/commitment-filters";
import { StatusBadge } from "@/components/ui/status-badge";
import { ProgressBar } from "@/components/ui/progress-bar";

function SortHeader({ filters, sort, children }: { filters: CommitmentFilters; sort: CommitmentSort; children: React.ReactNode }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === "asc" ? "desc" : active ? "asc" : undefined;
  const href = `/commitments${commitmentFiltersToQuery({ ...filters, sort, dir: nextDir, page: 1 })}`;
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
      className="px-3 py-2 text-left font-medium"
    >
      <Link href={href} className="text-slate-800">
        {children}
        {active ? <span aria-hidden="true">{filters.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

/** The first result's link: where the list's "Skip to results" lands. */
export const FIRST_RESULT_ID = "first-result";

export function CommitmentTable({ rows, filters }: { rows: CommitmentListRow[]; filters: CommitmentFilters }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Commitments, sorted by {filters.sort}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader filters={filters} sort="title">
              Commitment
            </SortHeader>
            <SortHeader filters={filters} sort="meeting">
              Meeting
            </SortHeader>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Parties
            </th>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Category
            </th>
            <SortHeader filters={filters} sort="status">
              Status
            </SortHeader>
            <SortHeader filters={filters} sort="progress">
              Progress
            </SortHeader>
            <SortHeader filters={filters} sort="target">
              Target
            </SortHeader>
            <SortHeader filters={filters} sort="updated">
              Last update <span className="font-normal text-slate-600">(took effect)</span>
            </SortHeader>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => (
            <tr key={row.id} className="align-top hover:bg-slate-50">
              <td className="max-w-md px-3 py-2">
                <Link href={`/commitments/${row.id}`} className="font-medium" id={index === 0 ? FIRST_RESULT_ID : undefined}>
                  {row.title}
                </Link>
              </td>
              <td className="max-w-xs px-3 py-2 text-slate-700">
                <Link href={`/meetings/${row.meetingSlug}`} className="text-slate-700">
                  {row.meetingTitle}
                </Link>
                <div className="text-xs text-slate-500">{formatDay(row.meetingHeldOn)}</div>
              </td>
              <td className="px-3 py-2 text-slate-700">{row.parties.join(", ")}</td>
              <td className="px-3 py-2 text-slate-700">{row.category}</td>
              <td className="px-3 py-2">
                <StatusBadge status={row.status} />
              </td>
              <td className="px-3 py-2">
                <ProgressBar value={row.progress} label={`Progress of ${row.title}`} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">{formatTarget(row.targetPrecision, row.targetDate)}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700" data-testid="last-update">
                <time dateTime={isoDate(row.statusEffectiveOn)}>{formatDay(row.statusEffectiveOn)}</time>
                {isoDate(row.lastUpdatedAt) !== isoDate(row.statusEffectiveOn) ? (
                  <div className="text-xs text-slate-600">
                    recorded <time dateTime={row.lastUpdatedAt.toISOString()}>{formatDay(row.lastUpdatedAt)}</time>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
