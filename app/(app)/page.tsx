import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DashboardContent, DashboardSkeleton } from "@/components/dashboard/dashboard-content";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { FiltersFold } from "@/components/ui/filters-fold";
import { SaveViewForm } from "@/components/views/saved-view-forms";
import { requireUser } from "@/lib/auth/session";
import { findMeetingChoice } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { formatDay, latestTodayOnEarth } from "@/lib/domain/target-date";
import { activeDashboardFilterCount, dashboardQuery, parseDashboardParams } from "@/lib/validation/dashboard-params";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = parseDashboardParams(await searchParams);
  const [parties, found] = await Promise.all([listParties(user), params.meeting ? findMeetingChoice(user, params.meeting) : null]);
  // An unknown slug stays in the filter as it was typed, as the select kept it.
  const meeting = params.meeting ? (found ?? { slug: params.meeting, title: params.meeting }) : null;
  const scope = [meeting?.title, params.category, params.party].filter(Boolean).join(" · ");

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <p className="text-sm text-slate-600">{scope ? `Filtered to ${scope}.` : "All meetings, categories and parties."}</p>
      </div>
      {params.past ? (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="as-of-banner"
        >
          <span>
            <strong>You are looking at the past:</strong> the dashboard as it stood on {formatDay(new Date(`${params.asOf}T00:00:00Z`))},
            from the history recorded up to that day.
          </span>
          <Link href={`/${dashboardQuery({ ...params, past: false })}`}>Back to today</Link>
        </div>
      ) : null}
      {params.notices.map((notice) => (
        <p key={notice} role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {notice}
        </p>
      ))}
      <FiltersFold active={activeDashboardFilterCount(params)}>
        <DashboardFilters params={params} parties={parties} meeting={meeting} today={latestTodayOnEarth().slice(0, 10)} />
      </FiltersFold>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <SaveViewForm page="dashboard" query={dashboardQuery(params)} />
        <Link
          href={`/reports/implementation${dashboardQuery({ meeting: params.meeting, category: params.category, party: params.party, asOf: params.asOf, past: params.past })}`}
          data-testid="implementation-report-link"
        >
          Implementation report for this view
        </Link>
      </div>
      <Suspense key={JSON.stringify(params)} fallback={<DashboardSkeleton />}>
        <DashboardContent user={user} params={params} />
      </Suspense>
    </div>
  );
}
