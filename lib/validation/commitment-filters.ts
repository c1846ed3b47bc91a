import { isCommitmentCategory } from "@/lib/domain/categories";
import { isCommitmentStatus, type CommitmentStatusValue } from "@/lib/domain/status";

export const COMMITMENT_SORTS = {
  updated: "Last update",
  title: "Title",
  target: "Target date",
  status: "Status",
  progress: "Progress",
  meeting: "Meeting date",
} as const;
export type CommitmentSort = keyof typeof COMMITMENT_SORTS;

export const PAGE_SIZES = [25, 50, 100] as const;

export type CommitmentFilters = {
  q: string;
  statuses: CommitmentStatusValue[];
  categories: string[];
  parties: string[];
  meeting: string | null;
  /** Only commitments restated or reaffirmed (directly or along the chain) at least this many times. */
  reaffirmed: number;
  sort: CommitmentSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

function all(params: SearchParams, key: string): string[] {
  const value = params[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean);
}

const DEFAULT_DIR: Record<CommitmentSort, "asc" | "desc"> = {
  updated: "desc",
  title: "asc",
  target: "asc",
  status: "asc",
  progress: "desc",
  meeting: "desc",
};

/**
 * Reads the list's filters from the URL. Filters live in the URL so that a view can be shared;
 * values that do not parse are dropped rather than failing the page.
 */
export function parseCommitmentFilters(params: SearchParams): CommitmentFilters {
  const sortParam = all(params, "sort")[0];
  const sort: CommitmentSort = sortParam && sortParam in COMMITMENT_SORTS ? (sortParam as CommitmentSort) : "updated";
  const dirParam = all(params, "dir")[0];
  const dir = dirParam === "asc" || dirParam === "desc" ? dirParam : DEFAULT_DIR[sort];
  const page = Math.min(Math.max(1, Math.floor(Number(all(params, "page")[0])) || 1), 100_000);
  const sizeParam = Number(all(params, "size")[0]);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : PAGE_SIZES[0];
  return {
    q: (all(params, "q")[0] ?? "").slice(0, 200),
    statuses: [...new Set(all(params, "status").filter(isCommitmentStatus))],
    categories: [...new Set(all(params, "category").filter(isCommitmentCategory))],
    parties: [...new Set(all(params, "party"))].slice(0, 50).map((p) => p.slice(0, 200)),
    meeting: all(params, "meeting")[0]?.slice(0, 200) ?? null,
    reaffirmed: Math.min(Math.max(0, Math.floor(Number(all(params, "reaffirmed")[0])) || 0), 100),
    sort,
    dir,
    page,
    pageSize,
  };
}

/** The URL query for a set of filters, leaving out defaults, so links stay short. */
export function commitmentFiltersToQuery(filters: Partial<CommitmentFilters>): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  for (const s of filters.statuses ?? []) query.append("status", s);
  for (const c of filters.categories ?? []) query.append("category", c);
  for (const p of filters.parties ?? []) query.append("party", p);
  if (filters.meeting) query.set("meeting", filters.meeting);
  if (filters.reaffirmed) query.set("reaffirmed", String(filters.reaffirmed));
  if (filters.sort && filters.sort !== "updated") query.set("sort", filters.sort);
  if (filters.sort && filters.dir && filters.dir !== DEFAULT_DIR[filters.sort]) query.set("dir", filters.dir);
  if (filters.pageSize && filters.pageSize !== PAGE_SIZES[0]) query.set("size", String(filters.pageSize));
  if (filters.page && filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Splits a search into words; each must appear (accents and case ignored). */
export function searchTerms(q: string): string[] {
  return q
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 8);
}
