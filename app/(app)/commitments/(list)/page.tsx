import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/commitments/export-links";
import { CommitmentFiltersForm } from "@/components/commitments/filters-form";
import { BulkSelection } from "@/components/commitments/bulk-selection";
import { BulkStatusFormOnSelection } from "@/components/commitments/bulk-status-form-on-selection";
import { CommitmentTable, FIRST_RESULT_ID } from "@/components/commitments/commitment-table";
import { ListColumnsForm } from "@/components/commitments/list-columns-form";
import { Pagination } from "@/components/commitments/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FiltersFold } from "@/components/ui/filters-fold";
import { SkipLinks } from "@/components/ui/skip-links";
import { SaveViewForm } from "@/components/views/saved-view-forms";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listCommitments, suggestSearch } from "@/lib/data/commitments";
import { findMeetingChoice } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { getHiddenListColumns } from "@/lib/data/users";
import { shownListColumns } from "@/lib/domain/list-columns";
import { formatDay } from "@/lib/domain/target-date";
import {
  activeFilterCount,
  commitmentFiltersToQuery,
  describeDueFilters,
  isFiltered,
  parseCommitmentFilters,
} from "@/lib/validation/commitment-filters";

export const metadata: Metadata = { title: "Commitments" };

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filters = parseCommitmentFilters(await searchParams);
  const [result, parties, found, hidden] = await Promise.all([
    listCommitments(user, filters),
    listParties(user),
    filters.meeting ? findMeetingChoice(user, filters.meeting) : null,
    getHiddenListColumns(user),
  ]);
  // Only the chosen meeting reaches the filter (the combobox searches the others); an unknown slug stays as it was typed.
  const meeting = filters.meeting ? (found ?? { slug: filters.meeting, title: filters.meeting }) : null;
  const shown = shownListColumns(hidden);
  // Only a search that found nothing asks for a close spelling.
  const suggestion = result.total === 0 && filters.q ? await suggestSearch(user, filters) : null;
  const filtered = isFiltered(filters);
  const mayUpdate = can(user, "commitment:update-status");
  const due = describeDueFilters(filters, (iso) => formatDay(new Date(`${iso}T00:00:00Z`)));

  return (
    <>
      {/* Past the filters to the first result (a row of the table, or on a phone its card). */}
      <SkipLinks links={result.rows.length ? [{ href: `#${FIRST_RESULT_ID}`, label: "Skip to results" }] : []} />
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold">Commitments</h1>
          <div className="flex flex-wrap gap-2">
            {can(user, "commitment:import") ? (
              <Link href="/commitments/import" className={`${secondaryButtonClass} no-underline`}>
                Import CSV
              </Link>
            ) : null}
            {can(user, "commitment:create") ? (
              <Link href="/commitments/new" className={`${buttonClass} no-underline`}>
                Log a commitment
              </Link>
            ) : null}
          </div>
        </div>
        <FiltersFold active={activeFilterCount(filters)}>
          <CommitmentFiltersForm filters={filters} parties={parties} meeting={meeting} />
        </FiltersFold>
        <p className="text-sm text-slate-700" data-testid="list-total" aria-live="polite">
          {result.total.toLocaleString("en")} commitment{result.total === 1 ? "" : "s"}
          {filtered ? " match" + (result.total === 1 ? "es" : "") + " these filters" : ""}
          {due.length ? `: ${due.join("; ")}` : ""}.
        </p>
        <SaveViewForm page="list" query={commitmentFiltersToQuery({ ...filters, page: 1 })} />
        {result.total > 0 ? (
          <div className="flex flex-wrap items-start justify-between gap-3 print:hidden">
            <ExportLinks filters={filters} label={filtered ? `Download these ${result.total}` : "Download all"} />
            <ListColumnsForm shown={[...shown]} />
          </div>
        ) : null}
        {result.rows.length && mayUpdate ? (
          <BulkSelection rows={result.rows.map(({ id, title, version }) => ({ id, title, version }))}>
            <CommitmentTable rows={result.rows} filters={filters} shown={shown} selectable />
            <BulkStatusFormOnSelection requestId={randomUUID()} />
            <Pagination filters={filters} total={result.total} pageCount={result.pageCount} />
          </BulkSelection>
        ) : result.rows.length ? (
          <>
            <CommitmentTable rows={result.rows} filters={filters} shown={shown} />
            <Pagination filters={filters} total={result.total} pageCount={result.pageCount} />
          </>
        ) : result.total > 0 ? (
          <EmptyState title="This page is past the end of the list">
            <Link href={`/commitments${commitmentFiltersToQuery({ ...filters, page: result.pageCount })}`}>
              Go to the last page ({result.pageCount})
            </Link>
          </EmptyState>
        ) : filtered ? (
          <EmptyState title="No commitment matches these filters">
            {suggestion ? (
              <p className="mb-2 text-base" data-testid="search-suggestion">
                Did you mean:{" "}
                <Link href={`/commitments${commitmentFiltersToQuery({ ...filters, q: suggestion.q, page: 1 })}`} className="font-medium">
                  {suggestion.q}
                </Link>
                ? ({suggestion.total.toLocaleString("en")} commitment{suggestion.total === 1 ? "" : "s"})
              </p>
            ) : null}
            Loosen a filter, check the spelling of the search, or <Link href="/commitments">clear all filters</Link>.
          </EmptyState>
        ) : (
          <EmptyState title="No commitments yet">
            {can(user, "commitment:create") ? (
              <>
                Log the first pledge of a meeting with <Link href="/commitments/new">Log a commitment</Link>.
              </>
            ) : (
              <>An analyst has not logged any pledges yet.</>
            )}
          </EmptyState>
        )}
      </div>
    </>
  );
}
