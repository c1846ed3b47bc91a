import Link from "next/link";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { COMMITMENT_STATUSES, STATUS_INFO } from "@/lib/domain/status";
import { COMMITMENT_SORTS, PAGE_SIZES, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

type Option = { value: string; label: string };

function Select({ name, label, value, options, allLabel }: { name: string; label: string; value: string; options: Option[]; allLabel: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters end up in the URL, so a filtered view can be bookmarked and shared. */
export function CommitmentFiltersForm({
  filters,
  parties,
  meetings,
}: {
  filters: CommitmentFilters;
  parties: { name: string }[];
  meetings: { slug: string; title: string }[];
}) {
  return (
    <form method="get" action="/commitments" role="search" aria-label="Filter commitments" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1 lg:col-span-2">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            Search title, description and source
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} placeholder="e.g. Maarif, Turkiye, critical minerals" className={inputClass} />
        </div>
        <Select
          name="category"
          label="Category"
          value={filters.categories[0] ?? ""}
          allLabel="All categories"
          options={COMMITMENT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
        <Select name="party" label="Party" value={filters.parties[0] ?? ""} allLabel="All parties" options={parties.map((p) => ({ value: p.name, label: p.name }))} />
        <Select
          name="meeting"
          label="Meeting"
          value={filters.meeting ?? ""}
          allLabel="All meetings"
          options={meetings.map((m) => ({ value: m.slug, label: m.title }))}
        />
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
        <div className="space-y-1">
          <label htmlFor="filter-sort" className="block text-xs font-medium text-slate-700">
            Sort by
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort} className={inputClass}>
            {Object.entries(COMMITMENT_SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-dir" className="block text-xs font-medium text-slate-700">
            Order
          </label>
          <select id="filter-dir" name="dir" defaultValue={filters.dir} className={inputClass}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-size" className="block text-xs font-medium text-slate-700">
            Per page
          </label>
          <select id="filter-size" name="size" defaultValue={String(filters.pageSize)} className={inputClass}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
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
