import Link from "next/link";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { OVERDUE_MILESTONE_RULE } from "@/lib/domain/milestones";
import { COMMITMENT_STATUSES, STATUS_INFO } from "@/lib/domain/status";
import { COMMITMENT_SORTS, PAGE_SIZES, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { FilterInput, FilterSelect } from "@/components/ui/filter-select";
import { MeetingCombobox } from "@/components/ui/meeting-combobox";
import type { MeetingOption } from "@/components/ui/meeting-combobox-state";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";

/** A plain GET form: filters end up in the URL, so a filtered view can be bookmarked and shared. */
export function CommitmentFiltersForm({
  filters,
  parties,
  meeting,
}: {
  filters: CommitmentFilters;
  parties: { name: string }[];
  /** The meeting filtered to (the combobox searches the others), or null. */
  meeting: MeetingOption | null;
}) {
  return (
    <form
      method="get"
      action="/commitments"
      role="search"
      aria-label="Filter commitments"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-5">
        <FilterInput
          id="filter-q"
          name="q"
          type="search"
          label="Search title, description and source"
          defaultValue={filters.q}
          placeholder="e.g. Maarif, Turkiye, critical minerals"
          className="lg:col-span-2"
        />
        <FilterSelect
          id="filter-category"
          name="category"
          label="Category"
          value={filters.categories[0] ?? ""}
          allLabel="All categories"
          options={COMMITMENT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
        <FilterSelect
          id="filter-party"
          name="party"
          label="Party"
          value={filters.parties[0] ?? ""}
          allLabel="All parties"
          options={parties.map((p) => ({ value: p.name, label: p.name }))}
        />
        <MeetingCombobox id="filter-meeting" label="Meeting" selected={meeting} />
      </div>
      <fieldset>
        <legend className="text-xs font-medium text-slate-700">Status</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {COMMITMENT_STATUSES.map((status) => (
            <label key={status} className="inline-flex items-center gap-1.5 text-sm" title={STATUS_INFO[status].definition}>
              <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} className="h-4 w-4" />
              {STATUS_INFO[status].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex items-center gap-1.5 pb-2">
          <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-4 w-4" />
          <label htmlFor="filter-overdue" className="text-sm" title="Target date passed and not fulfilled">
            Overdue only
          </label>
        </div>
        <div className="flex items-center gap-1.5 pb-2">
          <input
            id="filter-overdue-milestones"
            type="checkbox"
            name="overdueMilestones"
            value="1"
            defaultChecked={filters.overdueMilestones}
            className="h-4 w-4"
          />
          <label htmlFor="filter-overdue-milestones" className="text-sm" title={OVERDUE_MILESTONE_RULE}>
            Has overdue milestones
          </label>
        </div>
        <FilterSelect
          id="filter-stale"
          name="stale"
          label="Stale (open, no update for)"
          value={filters.staleDays ? String(filters.staleDays) : ""}
          allLabel="Any"
          options={[...new Set([30, 60, 90, 180, 365, ...(filters.staleDays ? [filters.staleDays] : [])])]
            .sort((a, b) => a - b)
            .map((n) => ({ value: String(n), label: `${n} days` }))}
        />
        <FilterInput
          id="filter-no-update"
          name="noUpdateSince"
          type="date"
          label="No update since"
          defaultValue={filters.noUpdateSince ?? ""}
        />
        <FilterInput id="filter-target-from" name="targetFrom" type="date" label="Target from" defaultValue={filters.targetFrom ?? ""} />
        <FilterInput id="filter-target-to" name="targetTo" type="date" label="Target to" defaultValue={filters.targetTo ?? ""} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect
          id="filter-reaffirmed"
          name="reaffirmed"
          label="Reaffirmed"
          value={filters.reaffirmed ? String(filters.reaffirmed) : ""}
          allLabel="Any number of times"
          options={[1, 2, 3, 5].map((n) => ({ value: String(n), label: `At least ${n} time${n === 1 ? "" : "s"}` }))}
        />
        <FilterSelect
          id="filter-sort"
          name="sort"
          label="Sort by"
          value={filters.sort}
          options={Object.entries(COMMITMENT_SORTS).map(([value, label]) => ({ value, label }))}
        />
        <FilterSelect
          id="filter-dir"
          name="dir"
          label="Order"
          value={filters.dir}
          options={[
            { value: "asc", label: "Ascending" },
            { value: "desc", label: "Descending" },
          ]}
        />
        <FilterSelect
          id="filter-size"
          name="size"
          label="Per page"
          value={String(filters.pageSize)}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        />
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/commitments" className={`${secondaryButtonClass} no-underline`}>
          Clear
        </Link>
      </div>
    </form>
  );
}
