import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/domain/status";
import type { TargetPrecisionValue } from "@/lib/domain/target-date";
import type { DashboardBucket, DashboardParams } from "@/lib/validation/dashboard-params";
import { commitmentFilterSql, hasOverdueMilestonesSql, overdueSql, staleSql, upcomingSql, type DueColumns } from "./commitment-queries";
import {
  chosenSeriesSql,
  ROLLUP_STALE_DAYS,
  type RollupKeys,
  rollupBreakdownSql,
  rollupDueSql,
  rollupOverTimeSql,
  rollupTotalsSql,
  statusSeriesSql,
} from "./dashboard-rollup";

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
  /** How the series over time is bucketed: as asked, or as the span chose (DashboardBucketChoice). */
  unit: DashboardBucket;
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

export type ResolvedFilters = {
  where: Prisma.Sql;
  /** The status_deltas roll-up that can answer the history path's time series, if one can. */
  rollup: { dimension: "all" | "meeting" | "category" | "party"; key: string } | null;
  /** The dashboard_deltas filter values: the category and the party's id, '' for any. */
  categoryKey: string;
  partyKey: string;
  meeting: boolean;
};

/**
 * Where the dashboard's figures come from: "rollup" reads dashboard_deltas (lib/data/dashboard-rollup.ts),
 * whose size does not grow with the number of commitments; "history" computes them from the
 * commitments and their status periods. A meeting filter always reads the meeting's own commitments
 * (history): a meeting holds tens or hundreds, not the whole table.
 */
export type DashboardSource = "rollup" | "history";

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
  let meetingId: string | null = null;
  let partyId: string | null = null;
  if (params.meeting) {
    const meeting = await db.meeting.findUnique({ where: { slug: params.meeting }, select: { id: true } });
    if (!meeting) return null;
    meetingId = meeting.id;
  }
  if (params.party) {
    const party = await db.party.findUnique({ where: { name: params.party }, select: { id: true } });
    if (!party) return null;
    partyId = party.id;
  }
  // The history path's time series reads status_deltas when one filter or none is set.
  const chosen = [params.meeting, params.category, params.party].filter(Boolean).length;
  let rollup: ResolvedFilters["rollup"] = null;
  if (chosen === 0) rollup = { dimension: "all", key: "" };
  else if (params.category && chosen === 1) rollup = { dimension: "category", key: params.category };
  else if (meetingId && chosen === 1) rollup = { dimension: "meeting", key: meetingId };
  else if (partyId && chosen === 1) rollup = { dimension: "party", key: partyId };
  return { where, rollup, categoryKey: params.category ?? "", partyKey: partyId ?? "", meeting: Boolean(meetingId) };
}

function overTimeSql(params: DashboardParams, resolved: ResolvedFilters): Prisma.Sql {
  const deltas = resolved.rollup
    ? Prisma.sql`SELECT day, status, delta FROM status_deltas
        WHERE dimension = ${resolved.rollup.dimension} AND key = ${resolved.rollup.key} AND day <= ${params.asOf}::date`
    : Prisma.sql`SELECT d.day, d.status, d.delta FROM ct_status_update_deltas d
        JOIN commitments c ON c.id = d.commitment_id
        WHERE ${resolved.where} AND d.day <= ${params.asOf}::date`;
  return chosenSeriesSql(params, Prisma.sql`SELECT min(day) AS day FROM (${deltas}) d`, (bucket) =>
    statusSeriesSql({ asOf: params.asOf, bucket }, deltas),
  );
}

/** The source the dashboard reads for these filters (see DashboardSource): a meeting filter always reads the history. */
export function dashboardSource(resolved: ResolvedFilters, requested: DashboardSource = "rollup"): DashboardSource {
  return resolved.meeting ? "history" : requested;
}

/**
 * The three statements behind the dashboard, run side by side (exported so that the benchmark can
 * time the same SQL directly): the snapshot on asOf (breakdowns, overdue/stale/upcoming figures and
 * lists), the time series, and the latest updates; from the roll-up or from the history.
 */
export function dashboardQueries(
  params: DashboardParams,
  resolved: ResolvedFilters,
  source: DashboardSource = dashboardSource(resolved),
  fewCommitments: number = FEW_COMMITMENTS,
) {
  return source === "rollup" ? rollupDashboardQueries(params, resolved, fewCommitments) : historyDashboardQueries(params, resolved);
}

/**
 * The dashboard computed from the commitments and their status periods: the snapshot on asOf, the
 * time series (from the status_deltas roll-up where one filter or none is set), and the latest
 * updates. The unfiltered view of today reads its breakdowns from status_counts.
 */
export function historyDashboardQueries(params: DashboardParams, resolved: ResolvedFilters) {
  const overdue = overdueSql(SNAPSHOT_COLUMNS, params.asOf);
  const stale = staleSql(SNAPSHOT_COLUMNS, params.asOf, params.staleDays);
  const upcoming = upcomingSql(SNAPSHOT_COLUMNS, params.asOf);
  // Breakdowns by category and by party (the total by status is their category sum). Under a party
  // filter the party breakdown is that party's alone, as the roll-up gives it (it keeps no pairs of parties).
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
      FROM (SELECT cp.party_id, s.status, count(*)::int AS n FROM snap s JOIN commitment_parties cp ON cp.commitment_id = s.id
            ${resolved.partyKey ? Prisma.sql`WHERE cp.party_id = ${resolved.partyKey}::uuid` : Prisma.empty} GROUP BY 1, 2) g
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
             ${listColumnsSql(snapshotLists(params, Prisma.sql`snap`))}`,
    overTime: overTimeSql(params, resolved),
    recent: recentSql(params, resolved),
  };
}

// The latest updates: status moves (not first assessments) on or before asOf, newest first (by the day
// they took effect, then the time they were recorded, then the id, so that ties come out the same on
// every route).
const RECENT_FIELDS = Prisma.sql`su.id, su.commitment_id AS "commitmentId", c.title, su.from_status AS "fromStatus", su.to_status AS "toStatus",
             su.progress, to_char(su.effective_on, 'YYYY-MM-DD') AS "effectiveOn", u.name AS author`;
const NEWEST_FIRST = Prisma.sql`su.effective_on DESC, su.recorded_at DESC, su.id DESC`;
const movesBy = (asOf: string) => Prisma.sql`su.effective_on <= ${asOf}::date AND su.from_status IS NOT NULL`;

/** The latest updates, walking every update newest first (status_updates_effective_on_recorded_at_id_idx) until ten pass the filters. */
function recentSql(params: DashboardParams, resolved: ResolvedFilters, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
      SELECT ${RECENT_FIELDS}${extra}
      FROM status_updates su
      JOIN commitments c ON c.id = su.commitment_id
      LEFT JOIN users u ON u.id = su.author_id
      WHERE ${resolved.where} AND ${movesBy(params.asOf)}
      ORDER BY ${NEWEST_FIRST}
      LIMIT ${LIST_LIMIT}`;
}

/**
 * The latest updates of a few commitments (`few_ids`): each one's latest move by its own history's
 * index, the ten commitments whose latest moves are newest, and the ten newest moves of those ten. Any
 * of the ten newest moves overall is one of those: a commitment outside them has ten others whose
 * latest moves are newer than all of its own.
 */
function fewRecentSql(params: DashboardParams, extra: Prisma.Sql): Prisma.Sql {
  const moves = movesBy(params.asOf);
  return Prisma.sql`
      SELECT ${RECENT_FIELDS}${extra}
      FROM (SELECT f.id FROM few_ids f
            CROSS JOIN LATERAL (SELECT su.effective_on, su.recorded_at, su.id FROM status_updates su
                                WHERE su.commitment_id = f.id AND ${moves} ORDER BY ${NEWEST_FIRST} LIMIT 1) latest
            ORDER BY latest.effective_on DESC, latest.recorded_at DESC, latest.id DESC LIMIT ${LIST_LIMIT}) t
      CROSS JOIN LATERAL (SELECT * FROM status_updates su
                          WHERE su.commitment_id = t.id AND ${moves} ORDER BY ${NEWEST_FIRST} LIMIT ${LIST_LIMIT}) su
      JOIN commitments c ON c.id = su.commitment_id
      LEFT JOIN users u ON u.id = su.author_id
      ORDER BY ${NEWEST_FIRST}
      LIMIT ${LIST_LIMIT}`;
}

/**
 * A filter value with at most this many commitments (now, by the roll-up) has its
 * overdue, stale and upcoming lists read from its own commitments: their ids from the category's and
 * the party's indexes, then their rows (and, for a past day, each one's status on it), sorted. A
 * larger one walks the indexes in the lists' order until ten pass the filters. Two filters together
 * (one party's commitments in one category: about 400 of the benchmark's 100,000) would otherwise
 * walk thousands of rows that fail them; one filter passes one row in twelve to fifty, and looking up
 * all of its thousands of commitments would cost more than the walk. The latest updates take the same
 * route (fewRecentSql): each few commitment's latest move from its own history, not every update
 * walked until ten pass.
 */
export const FEW_COMMITMENTS = 2000;

/**
 * The ids of the commitments of a roll-up filter value (category x party), from their indexes: a
 * category's and a party's sets intersected, not each commitment of one checked for the other.
 */
function filterValueIdsSql(keys: RollupKeys): Prisma.Sql {
  const byCategory = Prisma.sql`SELECT id FROM commitments WHERE category = ${keys.category}`;
  const byParty = Prisma.sql`SELECT commitment_id AS id FROM commitment_parties WHERE party_id = ${keys.party}::uuid`;
  if (keys.category && keys.party) return Prisma.sql`${byCategory} INTERSECT ${byParty}`;
  if (keys.party) return byParty;
  if (keys.category) return byCategory;
  return Prisma.sql`SELECT id FROM commitments`;
}

/**
 * Whether the filter value has at most `fewCommitments` commitments now (its yearly roll-up rows of
 * every year: a few dozen rows). Now, not on the day shown: the route reads every commitment the
 * filter value has now, and a day when it had few may be long before it had many.
 */
function fewCommitmentsSql(keys: RollupKeys, fewCommitments: number): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(sum(delta), 0) <= ${fewCommitments}::int FROM dashboard_deltas
      WHERE grain = 'y' AND category = ${keys.category}::text AND party = ${keys.party}::text AND measure = ANY(${[...COMMITMENT_STATUSES]}::text[]))`;
}

/**
 * The CTEs both statements of the few-commitments route start from: `size` (whether the filter value
 * is few, by fewCommitmentsSql) and `few_ids` (its commitments' ids, read only if the route runs).
 */
function fewCtesSql(keys: RollupKeys, fewCommitments: number): Prisma.Sql {
  return Prisma.sql`size AS (SELECT ${fewCommitmentsSql(keys, fewCommitments)} AS small),
      few_ids AS MATERIALIZED (${filterValueIdsSql(keys)})`;
}

/** A list of at most LIST_LIMIT commitments of a snapshot (`snap`, or another CTE of its columns) meeting a condition, as JSON. */
function snapshotList(snap: Prisma.Sql, condition: Prisma.Sql, order: Prisma.Sql, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT s.id, s.title, s.status, to_char(s.target_date, 'YYYY-MM-DD') AS "targetDate", s.target_precision AS "targetPrecision",
             to_char(s.last_on, 'YYYY-MM-DD') AS "lastOn"${extra}
      FROM ${snap} s WHERE ${condition} ORDER BY ${order} LIMIT ${LIST_LIMIT}) x)`;
}

type Lists = { overdue: Prisma.Sql; stale: Prisma.Sql; upcoming: Prisma.Sql };

/** The overdue, stale and upcoming lists of a snapshot (`snap`, or a CTE of its columns), each in the order its index gives. */
function snapshotLists(params: DashboardParams, snap: Prisma.Sql): Lists {
  // Milestones keep no history of being done, so only today's overdue list says which have overdue ones.
  const milestoneFlag = params.past
    ? Prisma.empty
    : Prisma.sql`, ${hasOverdueMilestonesSql(params.asOf, Prisma.sql`s.id`)} AS "overdueMilestones"`;
  return {
    overdue: snapshotList(snap, overdueSql(SNAPSHOT_COLUMNS, params.asOf), Prisma.sql`s.target_date, s.title`, milestoneFlag),
    stale: snapshotList(snap, staleSql(SNAPSHOT_COLUMNS, params.asOf, params.staleDays), Prisma.sql`s.last_on, s.title`),
    upcoming: snapshotList(snap, upcomingSql(SNAPSHOT_COLUMNS, params.asOf), Prisma.sql`s.target_date, s.title`),
  };
}

/** The lists as the snapshot statement's columns overdue, stale and upcoming. */
function listColumnsSql(lists: Lists): Prisma.Sql {
  return Prisma.sql`${lists.overdue} AS overdue, ${lists.stale} AS stale, ${lists.upcoming} AS upcoming`;
}

/**
 * The dashboard from the dashboard_deltas roll-up (lib/data/dashboard-rollup.ts) for the figures,
 * breakdowns and time series; the lists read indexes that return their first rows in order, or,
 * for a few commitments (FEW_COMMITMENTS), look each one up.
 */
export function rollupDashboardQueries(params: DashboardParams, resolved: ResolvedFilters, fewCommitments: number = FEW_COMMITMENTS) {
  if (resolved.meeting) throw new Error("The roll-up keeps no meetings: a meeting filter reads the history (dashboardSource).");
  const keys = { category: resolved.categoryKey, party: resolved.partyKey };
  const asOf = Prisma.sql`${params.asOf}::date`;
  // Another stale threshold than the roll-up's is counted from the history (a scan).
  const staleCount =
    params.staleDays === ROLLUP_STALE_DAYS
      ? null
      : Prisma.sql`(SELECT count(*) FROM snap s WHERE ${staleSql(SNAPSHOT_COLUMNS, params.asOf, params.staleDays)})::int`;
  // A commitment's status period on a past day (status_periods_commitment_id_valid_from_idx).
  const statusOn = Prisma.sql`
      JOIN LATERAL (SELECT p.status, p.valid_from FROM status_periods p
                    WHERE p.commitment_id = c.id AND p.valid_from <= ${asOf} AND (p.valid_to IS NULL OR p.valid_to > ${asOf})
                    ORDER BY p.valid_from DESC LIMIT 1) sp ON TRUE`;
  let walked: Lists;
  if (!params.past) {
    // Today: the commitments' own columns, each list in the order of an index (target date, last update).
    walked = snapshotLists(params, Prisma.sql`snap`);
  } else {
    // A past day: the overdue and upcoming lists walk the target-date index and look up each
    // commitment's status on the day; the stale list walks the status periods that contain the day,
    // oldest start first (a nearest-neighbour scan of status_periods_during_from_idx).
    const onTheDay: DueColumns = { targetDate: Prisma.sql`c.target_date`, status: Prisma.sql`sp.status`, lastOn: Prisma.sql`sp.valid_from` };
    const fields = Prisma.sql`c.id, c.title, sp.status, to_char(c.target_date, 'YYYY-MM-DD') AS "targetDate", c.target_precision AS "targetPrecision",
             to_char(sp.valid_from, 'YYYY-MM-DD') AS "lastOn"`;
    const byTarget = (condition: Prisma.Sql) => Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT ${fields} FROM commitments c ${statusOn}
      WHERE ${resolved.where} AND ${condition}
      ORDER BY c.target_date, c.title LIMIT ${LIST_LIMIT}) x)`;
    walked = {
      overdue: byTarget(overdueSql(onTheDay, params.asOf)),
      stale: Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (
        SELECT ${fields} FROM status_periods sp JOIN commitments c ON c.id = sp.commitment_id
        WHERE daterange(sp.valid_from, sp.valid_to, '[)') @> ${asOf} AND ${staleSql(onTheDay, params.asOf, params.staleDays)}
          AND ${resolved.where}
        ORDER BY sp.valid_from <-> date '0001-01-01', c.title LIMIT ${LIST_LIMIT}) x)`,
      upcoming: byTarget(upcomingSql(onTheDay, params.asOf)),
    };
  }
  // A few commitments (FEW_COMMITMENTS): the snapshot of each, then the lists sorted from it. Only
  // the branch chosen runs (each is a subquery of a CASE), and `few` only when read.
  const few = snapshotLists(params, Prisma.sql`few`);
  const chosen = (list: keyof Lists) => Prisma.sql`CASE WHEN (SELECT small FROM size) THEN ${few[list]} ELSE ${walked[list]} END`;
  // few_ids is the filter value's commitments, which are what resolved.where selects on this route (a
  // category and a party, never a meeting): the condition is not applied to them a second time.
  const fewWhere = Prisma.sql`c.id IN (SELECT id FROM few_ids)`;
  // On a past day each one's status is looked up by its own index, not found among all the periods of that day.
  const fewSnapshot = params.past
    ? Prisma.sql`SELECT c.id, c.title, c.category, c.target_date, c.target_precision, sp.status, sp.valid_from AS last_on
        FROM commitments c ${statusOn} WHERE ${fewWhere}`
    : snapshotSql(params, fewWhere);
  const sortKeys = Prisma.sql`, su.effective_on AS day, su.recorded_at AS at`;
  return {
    snapshot: Prisma.sql`
      WITH totals AS (${rollupTotalsSql(params.asOf, keys, params.past)}),
      snap AS NOT MATERIALIZED (${snapshotSql(params, resolved.where)}),
      ${fewCtesSql(keys, fewCommitments)},
      few AS MATERIALIZED (${fewSnapshot})
      SELECT (SELECT coalesce(json_agg(b), '[]'::json) FROM (${rollupBreakdownSql(keys)}) b) AS breakdown,
             (SELECT row_to_json(d) FROM (${rollupDueSql(keys, staleCount)}) d) AS due,
             ${listColumnsSql({ overdue: chosen("overdue"), stale: chosen("stale"), upcoming: chosen("upcoming") })}`,
    overTime: rollupOverTimeSql(params, keys),
    // Walked, or for a few commitments read from their own histories: only the branch chosen runs.
    recent: Prisma.sql`
      WITH ${fewCtesSql(keys, fewCommitments)}
      SELECT r.id, r."commitmentId", r.title, r."fromStatus", r."toStatus", r.progress, r."effectiveOn", r.author
      FROM (SELECT * FROM (${fewRecentSql(params, sortKeys)}) x WHERE (SELECT small FROM size)
            UNION ALL
            SELECT * FROM (${recentSql(params, resolved, sortKeys)}) x WHERE NOT (SELECT small FROM size)) r
      ORDER BY r.day DESC, r.at DESC, r.id DESC`,
  };
}

/** Everything the dashboard shows, computed in PostgreSQL (see dashboardQueries). */
export async function getDashboard(
  actor: Actor | null,
  params: DashboardParams,
  // `fewCommitments` lets the tests read the lists both ways (see FEW_COMMITMENTS).
  options: { source?: DashboardSource; fewCommitments?: number } = {},
): Promise<Dashboard> {
  assertCan(actor, "commitment:read");
  // The unit of an empty series: the one asked for, else weeks (the automatic choice's for a short span).
  const unitIfEmpty: DashboardBucket = params.bucket === "auto" ? "week" : params.bucket;
  const resolved = await resolveDashboardFilters(params);
  if (!resolved) {
    return {
      tracked: 0,
      byStatus: emptyCounts(),
      overdueCount: 0,
      staleCount: 0,
      upcomingCount: 0,
      unit: unitIfEmpty,
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
  // `source` lets the tests compare both; a meeting filter reads the history either way (dashboardSource).
  const queries = dashboardQueries(params, resolved, dashboardSource(resolved, options.source), options.fewCommitments);
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
    db.$queryRaw<{ bucket: string; status: CommitmentStatusValue; n: number; unit: DashboardBucket }[]>(queries.overTime),
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
    unit: overTimeRows[0]?.unit ?? unitIfEmpty,
    overTime: [...overTime.entries()].map(([bucket, c]) => ({ bucket, counts: c, total: Object.values(c).reduce((a, b) => a + b, 0) })),
    byCategory: groupCounts(byCategory),
    byParty: groupCounts(breakdown.filter((row) => row.dimension === "party")),
    overdue,
    stale,
    upcoming,
    recent,
  };
}
