import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/domain/status";
import type { TargetPrecisionValue } from "@/lib/domain/target-date";
import { UPCOMING_DAYS, type DashboardParams } from "@/lib/validation/dashboard-params";
import { commitmentFilterSql, hasOverdueMilestonesSql, overdueSql, staleSql, type DueColumns } from "./commitment-queries";

export type StatusCounts = Record<CommitmentStatusValue, number>;

export type DashboardCommitment = {
  id: string;
  title: string;
  status: CommitmentStatusValue;
  targetDate: string | null;
  targetPrecision: TargetPrecisionValue;
  lastOn: string;
  /** In today's overdue list: whether it also has an overdue milestone (lib/domain/milestones.ts). */
  overdueMilestones?: boolean;
};

export type DashboardUpdate = {
  id: string;
  commitmentId: string;
  title: string;
  fromStatus: CommitmentStatusValue;
  toStatus: CommitmentStatusValue;
  progress: number;
  effectiveOn: string;
  author: string | null;
};

export type Dashboard = {
  tracked: number;
  byStatus: StatusCounts;
  overdueCount: number;
  staleCount: number;
  upcomingCount: number;
  overTime: { bucket: string; counts: StatusCounts; total: number }[];
  byCategory: { name: string; counts: StatusCounts; total: number }[];
  byParty: { name: string; counts: StatusCounts; total: number }[];
  overdue: DashboardCommitment[];
  stale: DashboardCommitment[];
  upcoming: DashboardCommitment[];
  recent: DashboardUpdate[];
};

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function groupCounts(rows: { name: string; status: CommitmentStatusValue; n: number }[]) {
  const groups = new Map<string, StatusCounts>();
  for (const row of rows) {
    const counts = groups.get(row.name) ?? emptyCounts();
    counts[row.status] += row.n;
    groups.set(row.name, counts);
  }
  return [...groups.entries()]
    .map(([name, counts]) => ({ name, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

const LIST_LIMIT = 10;
/** The snapshot's columns, for the rules in commitment-queries.ts. */
export const SNAPSHOT_COLUMNS: DueColumns = { targetDate: Prisma.sql`s.target_date`, status: Prisma.sql`s.status`, lastOn: Prisma.sql`s.last_on` };

/**
 * Every commitment matching the filters as it stood on `asOf`: from its own columns when asOf is
 * today, otherwise from the status period (see status_periods) that contains that day.
 */
export function snapshotSql(params: DashboardParams, where: Prisma.Sql): Prisma.Sql {
  if (!params.past) {
    return Prisma.sql`
      SELECT c.id, c.title, c.category, c.target_date, c.target_precision, c.status, c.status_effective_on AS last_on
      FROM commitments c WHERE ${where}`;
  }
  // The expression matches the GiST index status_periods_during_idx.
  return Prisma.sql`
    SELECT c.id, c.title, c.category, c.target_date, c.target_precision, sp.status, sp.valid_from AS last_on
    FROM status_periods sp JOIN commitments c ON c.id = sp.commitment_id
    WHERE daterange(sp.valid_from, sp.valid_to, '[)') @> ${params.asOf}::date AND ${where}`;
}

export type ResolvedFilters = { where: Prisma.Sql; rollup: { dimension: "all" | "meeting" | "category" | "party"; key: string } | null };

/**
 * The SQL filter for the dashboard, and which roll-up (if any) can answer the time series: none or
 * one filter can; several together are answered from the history itself. Null when a filter names
 * nothing that exists (the dashboard is then empty).
 */
export async function resolveDashboardFilters(params: DashboardParams): Promise<ResolvedFilters | null> {
  const where = commitmentFilterSql({
    q: "",
    statuses: [],
    categories: params.category ? [params.category] : [],
    parties: params.party ? [params.party] : [],
    meeting: params.meeting,
  });
  const chosen = [params.meeting, params.category, params.party].filter(Boolean).length;
  if (chosen === 0) return { where, rollup: { dimension: "all", key: "" } };
  if (chosen > 1) return { where, rollup: null };
  if (params.category) return { where, rollup: { dimension: "category", key: params.category } };
  if (params.meeting) {
    const meeting = await db.meeting.findUnique({ where: { slug: params.meeting }, select: { id: true } });
    return meeting ? { where, rollup: { dimension: "meeting", key: meeting.id } } : null;
  }
  const party = await db.party.findUnique({ where: { name: params.party! }, select: { id: true } });
  return party ? { where, rollup: { dimension: "party", key: party.id } } : null;
}

function overTimeSql(params: DashboardParams, resolved: ResolvedFilters): Prisma.Sql {
  const deltas = resolved.rollup
    ? Prisma.sql`SELECT day, status, delta FROM status_deltas
        WHERE dimension = ${resolved.rollup.dimension} AND key = ${resolved.rollup.key} AND day <= ${params.asOf}::date`
    : Prisma.sql`SELECT d.day, d.status, d.delta FROM ct_status_update_deltas d
        JOIN commitments c ON c.id = d.commitment_id
        WHERE ${resolved.where} AND d.day <= ${params.asOf}::date`;
  const step = params.bucket === "week" ? "1 week" : "1 month";
  return Prisma.sql`
    WITH deltas AS (${deltas}),
    per_bucket AS (
      SELECT date_trunc(${params.bucket}, day)::date AS bucket, status, sum(delta)::int AS delta FROM deltas GROUP BY 1, 2),
    buckets AS (
      SELECT generate_series((SELECT min(bucket) FROM per_bucket), date_trunc(${params.bucket}, ${params.asOf}::date)::date, ${step}::interval)::date AS bucket)
    SELECT to_char(b.bucket, 'YYYY-MM-DD') AS bucket, s.status::text AS status,
           (sum(coalesce(p.delta, 0)) OVER (PARTITION BY s.status ORDER BY b.bucket))::int AS n
    FROM buckets b
    CROSS JOIN unnest(enum_range(NULL::"CommitmentStatus")) AS s(status)
    LEFT JOIN per_bucket p ON p.bucket = b.bucket AND p.status = s.status
    ORDER BY b.bucket`;
}

/**
 * The three statements behind the dashboard, run side by side (exported so that the benchmark can
 * time the same SQL directly): the snapshot on asOf (breakdowns, overdue/stale/upcoming figures and
 * lists), the time series (from the status_deltas roll-up where one filter or none is set), and the
 * latest updates. The unfiltered view of today reads its breakdowns from status_counts.
 */
export function dashboardQueries(params: DashboardParams, resolved: ResolvedFilters) {
  const asOf = Prisma.sql`${params.asOf}::date`;
  const overdue = overdueSql(SNAPSHOT_COLUMNS, params.asOf);
  const stale = staleSql(SNAPSHOT_COLUMNS, params.asOf, params.staleDays);
  const upcoming = Prisma.sql`s.target_date >= ${asOf} AND s.target_date <= ${asOf} + ${UPCOMING_DAYS}::int AND s.status <> 'FULFILLED'`;
  // Milestones keep no history of being done, so only today's overdue list says which have overdue ones.
  const milestoneFlag = params.past
    ? Prisma.empty
    : Prisma.sql`, ${hasOverdueMilestonesSql(params.asOf, Prisma.sql`s.id`)} AS "overdueMilestones"`;
  const list = (condition: Prisma.Sql, order: Prisma.Sql, extra: Prisma.Sql = Prisma.empty) => Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT s.id, s.title, s.status, to_char(s.target_date, 'YYYY-MM-DD') AS "targetDate", s.target_precision AS "targetPrecision",
             to_char(s.last_on, 'YYYY-MM-DD') AS "lastOn"${extra}
      FROM snap s WHERE ${condition} ORDER BY ${order} LIMIT ${LIST_LIMIT}) x)`;
  // Breakdowns by category and by party (the total by status is their category sum).
  const breakdown =
    !params.past && resolved.rollup?.dimension === "all"
      ? Prisma.sql`
      SELECT sc.dimension, coalesce(p.name, sc.key) AS name, sc.status::text AS status, sc.n
      FROM status_counts sc LEFT JOIN parties p ON sc.dimension = 'party' AND p.id::text = sc.key
      WHERE sc.dimension IN ('category', 'party') AND sc.n <> 0`
      : Prisma.sql`
      SELECT 'category' AS dimension, s.category AS name, s.status::text AS status, count(*)::int AS n FROM snap s GROUP BY 2, 3
      UNION ALL
      SELECT 'party', p.name, g.status::text, g.n
      FROM (SELECT cp.party_id, s.status, count(*)::int AS n FROM snap s JOIN commitment_parties cp ON cp.commitment_id = s.id GROUP BY 1, 2) g
      JOIN parties p ON p.id = g.party_id`;
  // Today the snapshot is inlined into each part, so each count and list can use an index; in the
  // past it is computed once (one range lookup) and every part reads it.
  const due = params.past
    ? Prisma.sql`
      SELECT (count(*) FILTER (WHERE ${overdue}))::int AS overdue, (count(*) FILTER (WHERE ${stale}))::int AS stale,
             (count(*) FILTER (WHERE ${upcoming}))::int AS upcoming
      FROM snap s`
    : Prisma.sql`
      SELECT (SELECT count(*) FROM snap s WHERE ${overdue})::int AS overdue,
             (SELECT count(*) FROM snap s WHERE ${stale})::int AS stale,
             (SELECT count(*) FROM snap s WHERE ${upcoming})::int AS upcoming`;
  return {
    snapshot: Prisma.sql`
      WITH snap AS ${params.past ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`} (${snapshotSql(params, resolved.where)})
      SELECT (SELECT coalesce(json_agg(b), '[]'::json) FROM (${breakdown}) b) AS breakdown,
             (SELECT row_to_json(d) FROM (${due}) d) AS due,
             ${list(overdue, Prisma.sql`s.target_date, s.title`, milestoneFlag)} AS overdue,
             ${list(stale, Prisma.sql`s.last_on, s.title`)} AS stale,
             ${list(upcoming, Prisma.sql`s.target_date, s.title`)} AS upcoming`,
    overTime: overTimeSql(params, resolved),
    recent: Prisma.sql`
      SELECT su.id, su.commitment_id AS "commitmentId", c.title, su.from_status AS "fromStatus", su.to_status AS "toStatus",
             su.progress, to_char(su.effective_on, 'YYYY-MM-DD') AS "effectiveOn", u.name AS author
      FROM status_updates su
      JOIN commitments c ON c.id = su.commitment_id
      LEFT JOIN users u ON u.id = su.author_id
      WHERE ${resolved.where} AND su.effective_on <= ${asOf} AND su.from_status IS NOT NULL
      ORDER BY su.effective_on DESC, su.recorded_at DESC
      LIMIT ${LIST_LIMIT}`,
  };
}

/** Everything the dashboard shows, computed in PostgreSQL (see dashboardQueries). */
export async function getDashboard(actor: Actor | null, params: DashboardParams): Promise<Dashboard> {
  assertCan(actor, "commitment:read");
  const resolved = await resolveDashboardFilters(params);
  if (!resolved) {
    return {
      tracked: 0,
      byStatus: emptyCounts(),
      overdueCount: 0,
      staleCount: 0,
      upcomingCount: 0,
      overTime: [],
      byCategory: [],
      byParty: [],
      overdue: [],
      stale: [],
      upcoming: [],
      recent: [],
    };
  }
  type Grouped = { dimension: "category" | "party"; name: string; status: CommitmentStatusValue; n: number };
  const queries = dashboardQueries(params, resolved);
  const [snapshotRows, overTimeRows, recent] = await Promise.all([
    db.$queryRaw<
      {
        breakdown: Grouped[];
        due: { overdue: number; stale: number; upcoming: number };
        overdue: DashboardCommitment[];
        stale: DashboardCommitment[];
        upcoming: DashboardCommitment[];
      }[]
    >(queries.snapshot),
    db.$queryRaw<{ bucket: string; status: CommitmentStatusValue; n: number }[]>(queries.overTime),
    db.$queryRaw<DashboardUpdate[]>(queries.recent),
  ]);

  const { breakdown, due, overdue, stale, upcoming } = snapshotRows[0];
  const byCategory = breakdown.filter((row) => row.dimension === "category");
  const byStatus = emptyCounts();
  for (const row of byCategory) byStatus[row.status] += row.n;
  const overTime = new Map<string, StatusCounts>();
  for (const row of overTimeRows) {
    const bucket = overTime.get(row.bucket) ?? emptyCounts();
    bucket[row.status] = row.n;
    overTime.set(row.bucket, bucket);
  }
  return {
    tracked: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    overdueCount: due.overdue,
    staleCount: due.stale,
    upcomingCount: due.upcoming,
    overTime: [...overTime.entries()].map(([bucket, c]) => ({ bucket, counts: c, total: Object.values(c).reduce((a, b) => a + b, 0) })),
    byCategory: groupCounts(byCategory),
    byParty: groupCounts(breakdown.filter((row) => row.dimension === "party")),
    overdue,
    stale,
    upcoming,
    recent,
  };
}
