import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { isCommitmentCategory } from "@/lib/domain/categories";
import { isCommitmentStatus, type CommitmentStatusValue } from "@/lib/domain/status";

export const COMMITMENT_SORTS = {
  updated: "Last update (date it took effect)",
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
  /** Only overdue commitments: target date passed, not fulfilled (the dashboard's rule). */
  overdue: boolean;
  /** Only commitments with an overdue milestone: due date passed, not done (lib/domain/milestones.ts). */
  overdueMilestones: boolean;
  /** Only stale ones: open, and their last update took effect more than this many days ago. */
  staleDays: number | null;
  /** Only those whose last update took effect before this day (YYYY-MM-DD): "no update since". */
  noUpdateSince: string | null;
  /** Target date between these days (YYYY-MM-DD, both included; either may be open). */
  targetFrom: string | null;
  targetTo: string | null;
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

function positiveDays(value: string | undefined): number | null {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 36_500) : null;
}

function day(value: string | undefined): string | null {
  return value && parseCalendarDay(value) ? value : null;
}

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
    overdue: ["1", "true", "yes"].includes(all(params, "overdue")[0] ?? ""),
    overdueMilestones: ["1", "true", "yes"].includes(all(params, "overdueMilestones")[0] ?? ""),
    staleDays: positiveDays(all(params, "stale")[0]),
    noUpdateSince: day(all(params, "noUpdateSince")[0]),
    targetFrom: day(all(params, "targetFrom")[0]),
    targetTo: day(all(params, "targetTo")[0]),
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
  if (filters.overdue) query.set("overdue", "1");
  if (filters.overdueMilestones) query.set("overdueMilestones", "1");
  if (filters.staleDays) query.set("stale", String(filters.staleDays));
  if (filters.noUpdateSince) query.set("noUpdateSince", filters.noUpdateSince);
  if (filters.targetFrom) query.set("targetFrom", filters.targetFrom);
  if (filters.targetTo) query.set("targetTo", filters.targetTo);
  if (filters.sort && filters.sort !== "updated") query.set("sort", filters.sort);
  if (filters.sort && filters.dir && filters.dir !== DEFAULT_DIR[filters.sort]) query.set("dir", filters.dir);
  if (filters.pageSize && filters.pageSize !== PAGE_SIZES[0]) query.set("size", String(filters.pageSize));
  if (filters.page && filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Whether any filter narrows the list (sorting and paging do not). */
/** How many filters narrow the list (all the statuses ticked count as one): what "Filters (n active)" says. */
export function activeFilterCount(filters: CommitmentFilters): number {
  return [
    filters.q,
    filters.statuses.length,
    filters.categories.length,
    filters.parties.length,
    filters.meeting,
    filters.reaffirmed,
    filters.overdue,
    filters.overdueMilestones,
    filters.staleDays,
    filters.noUpdateSince,
    filters.targetFrom,
    filters.targetTo,
  ].filter(Boolean).length;
}

export function isFiltered(filters: CommitmentFilters): boolean {
  return activeFilterCount(filters) > 0;
}

/** The filters that come from the dashboard's figures, in words, for the line above the list. */
export function describeDueFilters(filters: CommitmentFilters, formatDay: (iso: string) => string): string[] {
  const words: string[] = [];
  if (filters.overdue) words.push("overdue (target date passed, not fulfilled)");
  if (filters.overdueMilestones) words.push("with an overdue milestone (due date passed, not done)");
  if (filters.staleDays) words.push(`stale (open, last update took effect more than ${filters.staleDays} days ago)`);
  if (filters.noUpdateSince) words.push(`no update since ${formatDay(filters.noUpdateSince)}`);
  if (filters.targetFrom && filters.targetTo)
    words.push(`target between ${formatDay(filters.targetFrom)} and ${formatDay(filters.targetTo)}`);
  else if (filters.targetFrom) words.push(`target on or after ${formatDay(filters.targetFrom)}`);
  else if (filters.targetTo) words.push(`target on or before ${formatDay(filters.targetTo)}`);
  return words;
}

/** Splits a search into words; each must appear (accents and case ignored). */
export function searchTerms(q: string): string[] {
  return q
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 8);
}
