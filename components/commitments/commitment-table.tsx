import Link from "next/link";
import type { CommitmentListRow } from "@/lib/data/commitments";
import type { OptionalListColumn } from "@/lib/domain/list-columns";
import { meetingShortName } from "@/lib/domain/meeting-short-name";
import { containsAllTerms, highlightTerms, searchSnippet, type SearchSegment } from "@/lib/domain/search-snippet";
import { formatDay, formatTarget, isoDate } from "@/lib/domain/target-date";
import { commitmentFiltersToQuery, searchTerms, type CommitmentFilters, type CommitmentSort } from "@/lib/validation/commitment-filters";
import { StatusBadge } from "@/components/ui/status-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SelectAllOnPage, SelectCommitment } from "@/components/commitments/bulk-selection";

const CELL = "px-2 py-1";

function SortHeader({ filters, sort, children }: { filters: CommitmentFilters; sort: CommitmentSort; children: React.ReactNode }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === "asc" ? "desc" : active ? "asc" : undefined;
  const href = `/commitments${commitmentFiltersToQuery({ ...filters, sort, dir: nextDir, page: 1 })}`;
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`${CELL} text-left font-medium`}
    >
      <Link href={href} className="text-slate-800">
        {children}
        {active ? <span aria-hidden="true">{filters.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

function PlainHeader({ children }: { children: React.ReactNode }) {
  return (
    <th scope="col" className={`${CELL} text-left font-medium`}>
      {children}
    </th>
  );
}

export function Highlighted({ segments }: { segments: SearchSegment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

/** The first result's link in the table: where the list's "Skip to results" lands from the `md` breakpoint up. */
export const FIRST_RESULT_ID = "first-result";

/**
 * The commitments of one page, as a table from the `md` breakpoint up (a phone gets CommitmentCards).
 * `shown` lists the optional columns to show; title and status always show. `selectable` adds a
 * checkbox per row for the bulk status form (inside `BulkSelection`).
 */
export function CommitmentTable({
  rows,
  filters,
  shown,
  selectable = false,
}: {
  rows: CommitmentListRow[];
  filters: CommitmentFilters;
  shown: ReadonlySet<OptionalListColumn>;
  selectable?: boolean;
}) {
  const terms = searchTerms(filters.q);
  return (
    <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Commitments, sorted by {filters.sort}</caption>
        <thead className="bg-slate-50">
          <tr>
            {selectable ? (
              <th scope="col" className={`${CELL} w-8 text-left`}>
                <SelectAllOnPage />
              </th>
            ) : null}
            <SortHeader filters={filters} sort="title">
              Commitment
            </SortHeader>
            {shown.has("meeting") ? (
              <SortHeader filters={filters} sort="meeting">
                Meeting
              </SortHeader>
            ) : null}
            {shown.has("parties") ? <PlainHeader>Parties</PlainHeader> : null}
            {shown.has("category") ? <PlainHeader>Category</PlainHeader> : null}
            <SortHeader filters={filters} sort="status">
              Status
            </SortHeader>
            {shown.has("progress") ? (
              <SortHeader filters={filters} sort="progress">
                Progress
              </SortHeader>
            ) : null}
            {shown.has("target") ? (
              <SortHeader filters={filters} sort="target">
                Target
              </SortHeader>
            ) : null}
            {shown.has("updated") ? (
              <SortHeader filters={filters} sort="updated">
                Last update <span className="font-normal text-slate-600">(took effect)</span>
              </SortHeader>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => {
            // Why a pledge matched when its title does not say: the passage of its description or quote.
            const snippet =
              terms.length > 0 && !containsAllTerms(row.title, terms) ? searchSnippet([row.description, row.sourceQuote], terms) : null;
            const meeting = `${row.meetingTitle}, ${formatDay(row.meetingHeldOn)}`;
            return (
              <tr key={row.id} className="align-top hover:bg-slate-50">
                {selectable ? (
                  <td className={`${CELL} w-8`}>
                    <SelectCommitment id={row.id} title={row.title} />
                  </td>
                ) : null}
                <td className={`${CELL} min-w-64`}>
                  <Link href={`/commitments/${row.id}`} className="font-medium" id={index === 0 ? FIRST_RESULT_ID : undefined}>
                    {terms.length ? <Highlighted segments={highlightTerms(row.title, terms)} /> : row.title}
                  </Link>
                  {snippet ? (
                    <p className="mt-0.5 text-xs text-slate-600" data-testid="search-snippet">
                      <Highlighted segments={snippet} />
                    </p>
                  ) : null}
                </td>
                {shown.has("meeting") ? (
                  <td className={`${CELL} group relative whitespace-nowrap`} title={meeting} data-testid="meeting">
                    <Link href={`/meetings/${row.meetingSlug}`} className="text-slate-700">
                      {meetingShortName(row.meetingTitle, row.meetingHeldOn)}
                      <span className="sr-only">: {meeting}</span>
                    </Link>
                    {/* The title attribute shows on hover only; focus shows the same text here. */}
                    <span
                      aria-hidden="true"
                      data-testid="meeting-full-title"
                      className="pointer-events-none absolute left-2 top-full z-10 hidden w-72 whitespace-normal rounded bg-slate-900 px-2 py-1 text-xs text-white shadow group-focus-within:block"
                    >
                      {meeting}
                    </span>
                  </td>
                ) : null}
                {shown.has("parties") ? (
                  <td className={`${CELL} min-w-24 text-slate-700`} title={row.parties.join(", ")}>
                    <span aria-hidden="true">{row.partyShortNames.join(", ")}</span>
                    <span className="sr-only">{row.parties.join(", ")}</span>
                  </td>
                ) : null}
                {shown.has("category") ? <td className={`${CELL} w-40 text-slate-700`}>{row.category}</td> : null}
                <td className={CELL}>
                  <StatusBadge status={row.status} />
                </td>
                {shown.has("progress") ? (
                  <td className={`${CELL} pt-1.5`}>
                    <ProgressBar value={row.progress} label={`Progress of ${row.title}`} />
                  </td>
                ) : null}
                {shown.has("target") ? (
                  <td className={`${CELL} text-slate-700`}>{formatTarget(row.targetPrecision, row.targetDate)}</td>
                ) : null}
                {shown.has("updated") ? (
                  <td className={`${CELL} whitespace-nowrap text-slate-700`} data-testid="last-update">
                    <time dateTime={isoDate(row.statusEffectiveOn)}>{formatDay(row.statusEffectiveOn)}</time>
                    {isoDate(row.lastUpdatedAt) !== isoDate(row.statusEffectiveOn) ? (
                      <div className="text-xs text-slate-600" title={`Recorded ${formatDay(row.lastUpdatedAt)}`}>
                        recorded{" "}
                        <time dateTime={row.lastUpdatedAt.toISOString()}>
                          {formatDay(row.lastUpdatedAt, row.lastUpdatedAt.getUTCFullYear() !== row.statusEffectiveOn.getUTCFullYear())}
                        </time>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
