import Link from "next/link";
import { commitmentFiltersToQuery, type CommitmentFilters } from "@/lib/validation/commitment-filters";

export function Pagination({ filters, total, pageCount }: { filters: CommitmentFilters; total: number; pageCount: number }) {
  const { page, pageSize } = filters;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = (p: number) => `/commitments${commitmentFiltersToQuery({ ...filters, page: p })}`;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        Showing {first}–{last} of {total} {total === 1 ? "commitment" : "commitments"}
      </p>
      <div className="flex items-center gap-3">
        {page > 1 ? (
          <Link href={link(page - 1)} rel="prev">
            ← Previous
          </Link>
        ) : (
          <span className="text-slate-500">← Previous</span>
        )}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link href={link(page + 1)} rel="next">
            Next →
          </Link>
        ) : (
          <span className="text-slate-500">Next →</span>
        )}
      </div>
    </nav>
  );
}
