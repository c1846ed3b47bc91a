import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { formatDayText } from "@/lib/domain/target-date";
import { parseDashboardParams, type DashboardParams } from "./dashboard-params";

// The implementation report's parameters: the dashboard's filters and "as of" date (so a report
// drawn from the dashboard shows the dashboard's figures), plus "changes since": the report lists
// status moves dated after that day, up to and including the as-of date.

export type ReportParams = DashboardParams & {
  /** YYYY-MM-DD, or null for the default (the meeting's date or the previous issued report's as-of date). */
  since: string | null;
};

type SearchParams = Record<string, string | string[] | undefined>;

export function parseReportParams(params: SearchParams, now: Date = new Date()): ReportParams {
  const dashboard = parseDashboardParams(params, now);
  const raw = params.since;
  const asked = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  let since: string | null = null;
  if (asked) {
    if (!parseCalendarDay(asked))
      dashboard.notices.push(`“${asked.slice(0, 40)}” is not a date (use YYYY-MM-DD); changes are listed since the default date.`);
    else if (asked > dashboard.asOf)
      dashboard.notices.push(`“Changes since” cannot be after the as-of date (${formatDayText(dashboard.asOf)}); using the default date.`);
    else since = asked;
  }
  return { ...dashboard, since };
}

/** The report's URL query for a set of parameters, leaving out defaults. */
export function reportQuery(params: Pick<ReportParams, "meeting" | "category" | "party" | "asOf" | "past" | "since">): string {
  const query = new URLSearchParams();
  if (params.meeting) query.set("meeting", params.meeting);
  if (params.category) query.set("category", params.category);
  if (params.party) query.set("party", params.party);
  if (params.past) query.set("asOf", params.asOf);
  if (params.since) query.set("since", params.since);
  const text = query.toString();
  return text ? `?${text}` : "";
}
