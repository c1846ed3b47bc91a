import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import { dashboardListHref, dueListFilters, type DashboardParams } from "@/lib/validation/dashboard-params";

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : "—";
}

type Figure = { label: string; value: string; detail: React.ReactNode; href: string | null; testId: string };

/**
 * The figures an analyst reads first, each saying exactly what it counts; each opens the list of
 * exactly those commitments (today's view only: the list shows commitments as they are now).
 */
export function HeadlineFigures({ dashboard, params }: { dashboard: Dashboard; params: DashboardParams }) {
  const { byStatus, tracked } = dashboard;
  const byStatuses = (statuses: CommitmentStatusValue[]) => dashboardListHref(params, { statuses });
  const due = dueListFilters(params);
  const partly = byStatuses(["PARTIALLY_FULFILLED"]);
  const figures: Figure[] = [
    {
      label: "Commitments tracked",
      value: String(tracked),
      detail: "matching the filters",
      href: byStatuses([]),
      testId: "figure-tracked",
    },
    {
      label: "Fulfilled",
      value: percent(byStatus.FULFILLED, tracked),
      detail: (
        <>
          {byStatus.FULFILLED} fully ·{" "}
          {partly ? (
            <Link href={partly} className="text-slate-700">
              partly {percent(byStatus.PARTIALLY_FULFILLED, tracked)} ({byStatus.PARTIALLY_FULFILLED})
            </Link>
          ) : (
            `partly ${percent(byStatus.PARTIALLY_FULFILLED, tracked)} (${byStatus.PARTIALLY_FULFILLED})`
          )}
        </>
      ),
      href: byStatuses(["FULFILLED"]),
      testId: "figure-fulfilled",
    },
    {
      label: "In progress",
      value: String(byStatus.IN_PROGRESS),
      detail: percent(byStatus.IN_PROGRESS, tracked) + " of tracked",
      href: byStatuses(["IN_PROGRESS"]),
      testId: "figure-in-progress",
    },
    {
      label: "Stalled or broken",
      value: String(byStatus.STALLED + byStatus.BROKEN),
      detail: `${byStatus.STALLED} stalled, ${byStatus.BROKEN} broken`,
      href: byStatuses(["STALLED", "BROKEN"]),
      testId: "figure-stalled-broken",
    },
    {
      label: "Overdue",
      value: String(dashboard.overdueCount),
      detail: "target passed, not fulfilled",
      href: dashboardListHref(params, due.overdue) ?? "#overdue",
      testId: "figure-overdue",
    },
    {
      label: "Stale",
      value: String(dashboard.staleCount),
      detail: `open, no update for ${params.staleDays} days`,
      href: dashboardListHref(params, due.stale) ?? "#stale",
      testId: "figure-stale",
    },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
      {figures.map((f) => (
        <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={f.testId}>
          <dt className="text-sm text-slate-600">{f.label}</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">
            {f.href ? (
              <Link href={f.href} className="text-slate-900" aria-label={`${f.label}: ${f.value}, open the list`}>
                {f.value}
              </Link>
            ) : (
              f.value
            )}
          </dd>
          <dd className="mt-1 text-xs text-slate-600">{f.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
