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
/** On a phone a row is a card: the title and the status on its first line, the fields below with their names. */
const ROW_AS_CARD =
  "max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:gap-x-2 max-md:gap-y-0.5 max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3";
const ON_CARD = "max-md:col-span-2 max-md:flex max-md:gap-3 max-md:p-0 max-md:text-xs";

/** A field's name before its value on a phone's card (the table's header names it from the `md` breakpoint up, where this is not displayed). */
function CardLabel({ children }: { children: React.ReactNode }) {
  return <span className="w-20 shrink-0 text-slate-600 md:hidden">{children}</span>;
}

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

function Highlighted({ segments }: { segments: SearchSegment[] }) {
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

/** The first result's link: where the list's "Skip to results" lands. */
export const FIRST_RESULT_ID = "first-result";

/**
 * The commitments of one page: a table from the `md` breakpoint up; below it, on a phone, the same
 * rows are drawn as cards (the title and status, then the meeting, target and last update, each with
 * its name; without the header, the selection boxes, parties, category and progress). One markup for
 * both, so a page renders and hydrates its rows once. `shown` lists the optional columns to show;
 * title and status always show. `selectable` adds a checkbox per row for the bulk status form (inside
 * `BulkSelection`): a batch is recorded from a wider screen.
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
    <div className="relative md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table className="min-w-full text-sm max-md:block md:divide-y md:divide-slate-200">
        <caption className="sr-only">Commitments, sorted by {filters.sort}</caption>
        <thead className="bg-slate-50 max-md:hidden">
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
        <tbody className="max-md:block max-md:space-y-2 md:divide-y md:divide-slate-100">
          {rows.map((row, index) => {
            // Why a pledge matched when its title does not say: the passage of its description or quote.
            const snippet =
              terms.length > 0 && !containsAllTerms(row.title, terms) ? searchSnippet([row.description, row.sourceQuote], terms) : null;
            const meeting = `${row.meetingTitle}, ${formatDay(row.meetingHeldOn)}`;
            return (
              <tr key={row.id} className={`align-top hover:bg-slate-50 ${ROW_AS_CARD}`}>
                {selectable ? (
                  <td className={`${CELL} w-8 max-md:hidden`}>
                    <SelectCommitment id={row.id} title={row.title} />
                  </td>
                ) : null}
                <td className={`${CELL} md:min-w-64 max-md:col-start-1 max-md:row-start-1 max-md:p-0 max-md:[overflow-wrap:anywhere]`}>
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
                  <td
                    className={`${CELL} group relative whitespace-nowrap max-md:whitespace-normal ${ON_CARD}`}
                    title={meeting}
                    data-testid="meeting"
                  >
                    <CardLabel>Meeting</CardLabel>
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
                  <td className={`${CELL} min-w-24 text-slate-700 max-md:hidden`} title={row.parties.join(", ")}>
                    <span aria-hidden="true">{row.partyShortNames.join(", ")}</span>
                    <span className="sr-only">{row.parties.join(", ")}</span>
                  </td>
                ) : null}
                {shown.has("category") ? <td className={`${CELL} w-40 text-slate-700 max-md:hidden`}>{row.category}</td> : null}
                <td className={`${CELL} max-md:col-start-2 max-md:row-start-1 max-md:p-0`}>
                  <StatusBadge status={row.status} />
                </td>
                {shown.has("progress") ? (
                  <td className={`${CELL} pt-1.5 max-md:hidden`}>
                    <ProgressBar value={row.progress} label={`Progress of ${row.title}`} />
                  </td>
                ) : null}
                {shown.has("target") ? (
                  <td className={`${CELL} text-slate-700 ${ON_CARD}`}>
                    <CardLabel>Target</CardLabel>
                    {formatTarget(row.targetPrecision, row.targetDate)}
                  </td>
                ) : null}
                {shown.has("updated") ? (
                  <td
                    className={`${CELL} whitespace-nowrap text-slate-700 max-md:flex-wrap max-md:whitespace-normal ${ON_CARD}`}
                    data-testid="last-update"
                  >
                    <CardLabel>Last update</CardLabel>
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
