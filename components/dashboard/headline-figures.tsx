import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import { commitmentFiltersToQuery } from "@/lib/validation/commitment-filters";
import type { DashboardParams } from "@/lib/validation/dashboard-params";
import type { CommitmentStatusValue } from "@/lib/domain/status";

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : "—";
}

/** The figures an analyst reads first. Status figures link to the list filtered the same way. */
export function HeadlineFigures({ dashboard, params }: { dashboard: Dashboard; params: DashboardParams }) {
  const { byStatus, tracked } = dashboard;
  const listLink = (statuses: CommitmentStatusValue[]) =>
    params.past
      ? null
      : `/commitments${commitmentFiltersToQuery({
          statuses,
          categories: params.category ? [params.category] : [],
          parties: params.party ? [params.party] : [],
          meeting: params.meeting,
        })}`;
  const figures: { label: string; value: string; detail: string; href: string | null; testId: string }[] = [
    { label: "Commitments tracked", value: String(tracked), detail: "matching the filters", href: listLink([]), testId: "figure-tracked" },
    {
      label: "Fulfilled",
      value: percent(byStatus.FULFILLED + byStatus.PARTIALLY_FULFILLED, tracked),
      detail: `${byStatus.FULFILLED} fully (${percent(byStatus.FULFILLED, tracked)}), ${byStatus.PARTIALLY_FULFILLED} partially (${percent(byStatus.PARTIALLY_FULFILLED, tracked)})`,
      href: listLink(["FULFILLED", "PARTIALLY_FULFILLED"]),
      testId: "figure-fulfilled",
    },
    {
      label: "In progress",
      value: String(byStatus.IN_PROGRESS),
      detail: percent(byStatus.IN_PROGRESS, tracked) + " of tracked",
      href: listLink(["IN_PROGRESS"]),
      testId: "figure-in-progress",
    },
    {
      label: "Stalled or broken",
      value: String(byStatus.STALLED + byStatus.BROKEN),
      detail: `${byStatus.STALLED} stalled, ${byStatus.BROKEN} broken`,
      href: listLink(["STALLED", "BROKEN"]),
      testId: "figure-stalled-broken",
    },
    {
      label: "Overdue",
      value: String(dashboard.overdueCount),
      detail: "target passed, not fulfilled",
      href: "#overdue",
      testId: "figure-overdue",
    },
    {
      label: "Stale",
      value: String(dashboard.staleCount),
      detail: `open, no update for ${params.staleDays} days`,
      href: "#stale",
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
              <Link href={f.href} className="text-slate-900">
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
