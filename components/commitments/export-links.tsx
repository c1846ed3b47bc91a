import { commitmentFiltersToQuery, type CommitmentFilters } from "@/lib/validation/commitment-filters";

/** Download links for the commitments (and their history) matching the current filters. */
export function ExportLinks({ filters, label = "Download" }: { filters: Partial<CommitmentFilters>; label?: string }) {
  // Page, size and sort do not apply to an export: every matching commitment is included.
  const query = commitmentFiltersToQuery({ ...filters, page: 1, pageSize: undefined, sort: undefined, dir: undefined }).replace(/^\?/, "");
  const href = (what: "commitments" | "history", format: "csv" | "json") =>
    `/api/export/${what}?format=${format}${query ? `&${query}` : ""}`;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-slate-700">{label}:</span>
      <a href={href("commitments", "csv")} download>
        commitments (CSV)
      </a>
      <a href={href("commitments", "json")} download>
        commitments (JSON)
      </a>
      <a href={href("history", "csv")} download>
        status history (CSV)
      </a>
      <a href={href("history", "json")} download>
        status history (JSON)
      </a>
    </p>
  );
}
