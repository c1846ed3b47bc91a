import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { isCommitmentCategory } from "@/lib/domain/categories";
import { COMMITMENT_STATUSES } from "@/lib/domain/status";
import { latestTodayOnEarth } from "@/lib/domain/target-date";
import { commitmentFiltersToQuery, type CommitmentFilters } from "./commitment-filters";
import { firstParam, type SearchParams } from "./search-params";

export const DEFAULT_STALE_DAYS = 90;
export const UPCOMING_DAYS = 90;

export type DashboardBucket = "week" | "month";

/**
 * How the series over time is bucketed: as asked, or (the default) by week while the history shown
 * spans at most AUTO_WEEKS_UP_TO_DAYS days, by month past that: a weekly series over four years is
 * two hundred steps of a few pixels each, and a fifth more page to draw them.
 */
export type DashboardBucketChoice = DashboardBucket | "auto";
export const AUTO_WEEKS_UP_TO_DAYS = 731;

export type DashboardParams = {
  meeting: string | null;
  category: string | null;
  party: string | null;
  /** The day the dashboard describes (YYYY-MM-DD). */
  asOf: string;
  /** True when the analyst asked for a past date: the page must say it shows the past. */
  past: boolean;
  bucket: DashboardBucketChoice;
  staleDays: number;
  /** What was asked for but could not be honoured, in words for the page. */
  notices: string[];
};

function bucketChoice(value: string | null): DashboardBucketChoice {
  return value === "week" || value === "month" ? value : "auto";
}

function defaultStaleDays(): number {
  const configured = Number(process.env.STALE_AFTER_DAYS);
  return Number.isInteger(configured) && configured >= 7 && configured <= 730 ? configured : DEFAULT_STALE_DAYS;
}

/** How many filters narrow the dashboard (a past date counts; the bucket and the stale days only change how it is drawn). */
export function activeDashboardFilterCount(params: DashboardParams): number {
  return [params.meeting, params.category, params.party, params.past].filter(Boolean).length;
}

/**
 * Reads the dashboard's filters and options from the URL. "Today" is the latest date anywhere on
 * Earth, the same bound status updates are held to, so the current view includes every update.
 */
export function parseDashboardParams(params: SearchParams, now: Date = new Date()): DashboardParams {
  const today = latestTodayOnEarth(now);
  const notices: string[] = [];
  const category = firstParam(params, "category");
  if (category && !isCommitmentCategory(category)) notices.push(`There is no category called “${category}”; showing all categories.`);

  let asOf = today;
  let past = false;
  const asked = firstParam(params, "asOf");
  if (asked) {
    if (!parseCalendarDay(asked)) notices.push(`“${asked}” is not a date (use YYYY-MM-DD); showing today.`);
    else if (asked >= today) past = false;
    else {
      asOf = asked;
      past = true;
    }
  }

  const staleParam = firstParam(params, "stale");
  let staleDays = defaultStaleDays();
  if (staleParam) {
    const n = Number(staleParam);
    if (Number.isInteger(n) && n >= 7 && n <= 730) staleDays = n;
    else notices.push(`The stale threshold must be a whole number of days from 7 to 730; using ${staleDays}.`);
  }

  return {
    meeting: firstParam(params, "meeting"),
    category: category && isCommitmentCategory(category) ? category : null,
    party: firstParam(params, "party"),
    asOf,
    past,
    bucket: bucketChoice(firstParam(params, "bucket")),
    staleDays,
    notices,
  };
}

/** The dashboard URL for a set of parameters, leaving out defaults. */
export function dashboardQuery(params: Partial<DashboardParams>): string {
  const query = new URLSearchParams();
  if (params.meeting) query.set("meeting", params.meeting);
  if (params.category) query.set("category", params.category);
  if (params.party) query.set("party", params.party);
  if (params.past && params.asOf) query.set("asOf", params.asOf);
  if (params.bucket && params.bucket !== "auto") query.set("bucket", params.bucket);
  if (params.staleDays && params.staleDays !== defaultStaleDays()) query.set("stale", String(params.staleDays));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * The commitments list showing exactly the commitments a figure, chart segment or list of the
 * dashboard counts: the dashboard's filters plus `extra`. Null for a past date (the list shows today).
 */
export function dashboardListHref(params: DashboardParams, extra: Partial<CommitmentFilters> = {}): string | null {
  if (params.past) return null;
  return `/commitments${commitmentFiltersToQuery({
    categories: params.category ? [params.category] : [],
    parties: params.party ? [params.party] : [],
    meeting: params.meeting,
    ...extra,
  })}`;
}

/** The list filters behind the dashboard's three due lists, by the same rules (lib/data/commitment-queries.ts). */
export function dueListFilters(params: DashboardParams): Record<"overdue" | "stale" | "upcoming", Partial<CommitmentFilters>> {
  const until = new Date(`${params.asOf}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + UPCOMING_DAYS);
  return {
    overdue: { overdue: true, sort: "target", dir: "asc" },
    stale: { staleDays: params.staleDays, sort: "updated", dir: "asc" },
    upcoming: {
      targetFrom: params.asOf,
      targetTo: until.toISOString().slice(0, 10),
      statuses: COMMITMENT_STATUSES.filter((s) => s !== "FULFILLED"),
      sort: "target",
      dir: "asc",
    },
  };
}
