import Link from "next/link";
import { BurnUpChart } from "@/components/charts/burn-up-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { StatusBarsChart, type StatusGroup } from "@/components/charts/status-bars-chart";
import { StatusBreakdownChart } from "@/components/charts/status-breakdown-chart";
import { StatusOverTimeChart } from "@/components/charts/status-over-time-chart";
import { barsShown } from "@/lib/domain/chart-series";
import { formatPeriod } from "@/lib/domain/target-date";
import { EmptyState } from "@/components/ui/empty-state";
import { can, type Actor } from "@/lib/auth/permissions";
import { getDashboard } from "@/lib/data/dashboard";
import { getCompliance } from "@/lib/data/compliance";
import { ComplianceSection } from "./compliance-section";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { dashboardListHref, dueListFilters, type DashboardParams } from "@/lib/validation/dashboard-params";
import { HeadlineFigures } from "./headline-figures";
import { OverdueList, RecentUpdates, StaleList, UpcomingList } from "./commitment-lists";

const STATUS_LABELS = COMMITMENT_STATUSES.map((s) => STATUS_INFO[s].label);

type GroupLinks = Record<string, Partial<Record<CommitmentStatusValue, string>>>;

function groupTable(caption: string, first: string, groups: StatusGroup[], links?: GroupLinks) {
  return {
    caption,
    columns: [first, ...STATUS_LABELS, "Total"],
    rows: groups.map((g) => [g.name, ...COMMITMENT_STATUSES.map((s) => g.counts[s]), g.total]),
    links: links && groups.map((g) => [null, ...COMMITMENT_STATUSES.map((s) => (g.counts[s] ? (links[g.name]?.[s] ?? null) : null)), null]),
  };
}

/**
 * For each group of a breakdown and each status, the list of exactly the commitments in that
 * segment. A party other than the dashboard's own party filter cannot be added to it (the list's
 * parties are either-or), so those segments have no link.
 */
function groupLinks(params: DashboardParams, groups: StatusGroup[], dimension: "category" | "party"): GroupLinks {
  const links: GroupLinks = {};
  for (const g of groups) {
    if (dimension === "party" && params.party && params.party !== g.name) continue;
    const extra = dimension === "category" ? { categories: [g.name] } : { parties: [g.name] };
    links[g.name] = {};
    for (const status of COMMITMENT_STATUSES) {
      const href = dashboardListHref(params, { ...extra, statuses: [status] });
      if (href) links[g.name][status] = href;
    }
  }
  return links;
}

/** The part of the dashboard that waits for the database; the page streams it in behind a skeleton. */
export async function DashboardContent({ user, params }: { user: Actor; params: DashboardParams }) {
  const [dashboard, compliance] = await Promise.all([getDashboard(user, params), getCompliance(user, params)]);
  const filtered = params.meeting || params.category || params.party;
  if (dashboard.tracked === 0) {
    return filtered ? (
      <EmptyState title="No commitments match these filters">
        Choose another meeting, category or party, or <Link href="/">reset the filters</Link>.
      </EmptyState>
    ) : params.past ? (
      <EmptyState title={`No commitment had been logged by ${params.asOf}`}>
        Pick a later date, or <Link href="/">go back to today</Link>.
      </EmptyState>
    ) : (
      <EmptyState title="No commitments yet">
        {can(user, "commitment:create") ? (
          <>
            Start by <Link href="/commitments/new">logging the first pledge</Link> of a meeting; the figures and charts fill in as you
            record status updates.
          </>
        ) : (
          <>Nothing has been logged yet. Once analysts log pledges and record their status, the figures and charts appear here.</>
        )}
      </EmptyState>
    );
  }

  const due = dueListFilters(params);
  const statusLinks = Object.fromEntries(
    COMMITMENT_STATUSES.flatMap((s) => {
      const href = dashboardListHref(params, { statuses: [s] });
      return href ? [[s, href]] : [];
    }),
  ) as Partial<Record<CommitmentStatusValue, string>>;
  const categoryLinks = groupLinks(params, dashboard.byCategory, "category");
  const partyLinks = groupLinks(params, dashboard.byParty, "party");
  const unit = dashboard.unit;
  const periodLabel = unit === "week" ? "Week starting" : "Month";
  const noHistory = dashboard.recent.length === 0;
  const partyBars = barsShown(dashboard.byParty);
  return (
    <div className="space-y-6">
      <HeadlineFigures dashboard={dashboard} params={params} />
      {noHistory ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700">
          No status has been updated yet: every commitment is as it was logged, so the charts over time are flat. They move as analysts
          record updates.
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="chart-status"
          title="Where the commitments stand"
          description={`Current status of the ${dashboard.tracked} commitments${params.past ? ` on ${params.asOf}` : ""}.`}
          table={{
            caption: "Commitments by status",
            columns: ["Status", "Commitments"],
            rows: COMMITMENT_STATUSES.map((s) => [STATUS_INFO[s].label, dashboard.byStatus[s]]),
            links: COMMITMENT_STATUSES.map((s) => [null, statusLinks[s] ?? null]),
          }}
        >
          <StatusBreakdownChart counts={dashboard.byStatus} hrefs={statusLinks} />
        </ChartCard>
        <ChartCard
          id="chart-burn-up"
          title="Delivery against the total (burn-up)"
          description="Commitments tracked, and how many were fulfilled, at the end of each period."
          table={{
            caption: "Tracked and fulfilled commitments over time",
            columns: [periodLabel, "Tracked", "Fulfilled or partially", "Fulfilled"],
            rows: dashboard.overTime.map((p) => [
              formatPeriod(p.bucket, unit),
              p.total,
              p.counts.FULFILLED + p.counts.PARTIALLY_FULFILLED,
              p.counts.FULFILLED,
            ]),
          }}
        >
          <BurnUpChart points={dashboard.overTime} unit={unit} />
        </ChartCard>
      </div>
      <ChartCard
        id="chart-over-time"
        title="Status over time"
        description={`How many commitments were in each status at the end of each ${unit}, from the recorded history (by the date each update took effect).${
          params.bucket === "auto" && unit === "month"
            ? " By month: the history shown spans more than two years (choose “Week” above to see weeks)."
            : ""
        }`}
        table={{
          caption: "Commitments in each status over time",
          columns: [periodLabel, ...STATUS_LABELS, "Total"],
          rows: dashboard.overTime.map((p) => [formatPeriod(p.bucket, unit), ...COMMITMENT_STATUSES.map((s) => p.counts[s]), p.total]),
        }}
      >
        <StatusOverTimeChart points={dashboard.overTime} unit={unit} />
      </ChartCard>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="chart-category"
          title="Status by category"
          table={groupTable("Commitments by category and status", "Category", dashboard.byCategory, categoryLinks)}
        >
          <StatusBarsChart groups={dashboard.byCategory} axisLabel="Category" hrefs={categoryLinks} />
        </ChartCard>
        <ChartCard
          id="chart-party"
          title="Status by party"
          description={
            partyBars.more
              ? `A commitment counts once for each of its parties. The ${partyBars.shown.length} parties with the most commitments are drawn; the table below holds all ${dashboard.byParty.length}.`
              : "A commitment counts once for each of its parties."
          }
          table={groupTable("Commitments by party and status", "Party", dashboard.byParty, partyLinks)}
        >
          <StatusBarsChart groups={partyBars.shown} axisLabel="Party" hrefs={partyLinks} />
        </ChartCard>
      </div>
      <ComplianceSection compliance={compliance} asOf={params.past ? params.asOf : null} />
      <div className="grid items-start gap-4 lg:grid-cols-2 print:break-before-page">
        <OverdueList items={dashboard.overdue} count={dashboard.overdueCount} seeAll={dashboardListHref(params, due.overdue)} />
        <StaleList
          items={dashboard.stale}
          count={dashboard.staleCount}
          days={params.staleDays}
          seeAll={dashboardListHref(params, due.stale)}
        />
        <UpcomingList items={dashboard.upcoming} count={dashboard.upcomingCount} seeAll={dashboardListHref(params, due.upcoming)} />
        <RecentUpdates items={dashboard.recent} seeAll={dashboardListHref(params, { sort: "updated", dir: "desc" })} />
      </div>
    </div>
  );
}

export function DashboardSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading the dashboard…</span>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="h-72 animate-pulse rounded-lg bg-slate-100" />
        <div className="h-72 animate-pulse rounded-lg bg-slate-100" />
      </div>
      <div className="h-80 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
