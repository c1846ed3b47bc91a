import Link from "next/link";
import type { DashboardCommitment, DashboardUpdate } from "@/lib/data/dashboard";
import { formatDay, formatTarget } from "@/lib/domain/target-date";
import { STATUS_INFO } from "@/lib/domain/status";
import { OVERDUE_MILESTONE_RULE } from "@/lib/domain/milestones";
import { StatusBadge } from "@/components/ui/status-badge";

const day = (iso: string) => formatDay(new Date(`${iso}T00:00:00Z`));

function ListCard({
  id,
  title,
  count,
  empty,
  seeAll,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  empty: string;
  /** The commitments list with exactly these commitments (null on a past date). */
  seeAll?: string | null;
  children: React.ReactNode[];
}) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="scroll-mt-20 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
        {count !== undefined ? <span className="ml-1 font-normal text-slate-600">({count})</span> : null}
      </h2>
      {children.length ? (
        <ul className="mt-2 divide-y divide-slate-100">{children}</ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      )}
      {count !== undefined && count > children.length ? (
        <p className="mt-2 text-xs text-slate-600">Showing the first {children.length}.</p>
      ) : null}
      {seeAll && children.length ? (
        <p className="mt-2 text-sm">
          <Link href={seeAll} data-testid={`${id}-see-all`}>
            {count !== undefined ? `See all ${count}` : "See all"} in the list
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function CommitmentItem({ c, detail }: { c: DashboardCommitment; detail: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
      <span>
        <Link href={`/commitments/${c.id}`}>{c.title}</Link>
        <span className="block text-xs text-slate-600">{detail}</span>
        {c.overdueMilestones ? (
          <Link
            href={`/commitments/${c.id}#milestones`}
            className="block text-xs font-medium text-amber-900"
            data-testid="overdue-milestones-mark"
            title={OVERDUE_MILESTONE_RULE}
          >
            Has overdue milestones<span className="sr-only">: {c.title}</span>
          </Link>
        ) : null}
      </span>
      <StatusBadge status={c.status} />
    </li>
  );
}

type ListProps = { items: DashboardCommitment[]; count: number; seeAll: string | null };

export function OverdueList({ items, count, seeAll }: ListProps) {
  return (
    <ListCard id="overdue" title="Overdue" count={count} empty="Nothing is overdue." seeAll={seeAll}>
      {items.map((c) => (
        <CommitmentItem
          key={c.id}
          c={c}
          detail={`Target ${formatTarget(c.targetPrecision, c.targetDate ? new Date(`${c.targetDate}T00:00:00Z`) : null)}`}
        />
      ))}
    </ListCard>
  );
}

export function StaleList({ items, count, days, seeAll }: ListProps & { days: number }) {
  return (
    <ListCard
      id="stale"
      title={`Stale (no update for ${days} days)`}
      count={count}
      empty="Every open commitment has a recent update."
      seeAll={seeAll}
    >
      {items.map((c) => (
        <CommitmentItem key={c.id} c={c} detail={`Last update took effect ${day(c.lastOn)}`} />
      ))}
    </ListCard>
  );
}

export function UpcomingList({ items, count, seeAll }: ListProps) {
  return (
    <ListCard
      id="upcoming"
      title="Target dates in the next 90 days"
      count={count}
      empty="No target date falls in the next 90 days."
      seeAll={seeAll}
    >
      {items.map((c) => (
        <CommitmentItem
          key={c.id}
          c={c}
          detail={`Target ${formatTarget(c.targetPrecision, c.targetDate ? new Date(`${c.targetDate}T00:00:00Z`) : null)}`}
        />
      ))}
    </ListCard>
  );
}

export function RecentUpdates({ items, seeAll }: { items: DashboardUpdate[]; seeAll: string | null }) {
  return (
    <ListCard
      id="recent"
      title="Recent status updates"
      empty="No status has been updated yet: every commitment is as it was logged."
      seeAll={seeAll}
    >
      {items.map((u) => (
        <li key={u.id} className="py-2 text-sm">
          <Link href={`/commitments/${u.commitmentId}`}>{u.title}</Link>
          <span className="block text-xs text-slate-600">
            {STATUS_INFO[u.fromStatus].label} → {STATUS_INFO[u.toStatus].label} ({u.progress}%) · {u.author ?? "Unknown analyst"} ·{" "}
            {day(u.effectiveOn)}
          </span>
        </li>
      ))}
    </ListCard>
  );
}
