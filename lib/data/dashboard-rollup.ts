import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { COMMITMENT_STATUSES } from "@/lib/domain/status";
import {
  AUTO_WEEKS_UP_TO_DAYS,
  DEFAULT_STALE_DAYS,
  UPCOMING_DAYS,
  type DashboardBucket,
  type DashboardBucketChoice,
} from "@/lib/validation/dashboard-params";

// The dashboard's figures from dashboard_deltas (migration 20261130000000_dashboard_rollup): for a
// filter value (category x party, '' = any) and a measure (a status, overdue, upcoming, stale), the
// figure on day D is the sum of the yearly rows before D's year, the monthly rows of D's year before
// D's month and the daily rows of D's month up to D, each grain read from its nearer end (asOfRowsSql):
// at most (years + 6 + 16) rows per filter value and measure, whatever the number of commitments.
// Builders only: nothing here runs a query.

/** The thresholds the roll-up was built with (the triggers' SQL): other stale thresholds are counted from the history. */
export const ROLLUP_STALE_DAYS = 90;
export const ROLLUP_UPCOMING_DAYS = 90;
if (ROLLUP_UPCOMING_DAYS !== UPCOMING_DAYS || ROLLUP_STALE_DAYS !== DEFAULT_STALE_DAYS) {
  throw new Error("The dashboard roll-up's thresholds differ from the dashboard's: a new migration must rebuild it.");
}

/** The roll-up's measures besides the statuses: the figures of the due lists. */
const DUE_MEASURES = ["overdue", "upcoming", "stale"];

export type RollupKeys = { category: string; party: string };

/**
 * The rule of the dated roll-ups (dashboard_deltas, party_score_deltas): every change is kept at three
 * grains, so a figure on asOf is the sum of the yearly rows before its year, the monthly rows of its
 * year before its month and the daily rows of its month up to the day. Since a year's row is the sum of
 * its months and a month's the sum of its days, the same figure is also the year's row less the months
 * after, or the month's row less the days after; each grain is summed from the nearer end, so a figure
 * reads at most 6 monthly and 16 daily rows (a day near the end of its month and year reads 1 and 2),
 * not 11 and 31. `rows(condition, delta)` selects one grain's rows meeting `condition` (on the columns
 * `grain` and `day`), each with `delta` (the column or its negation) as its change; the parts are
 * joined with UNION ALL, so each reads its own index range.
 */
export function asOfRowsSql(asOf: string, rows: (condition: Prisma.Sql, delta: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  const [y, m, d] = asOf.split("-").map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const monthsFromEnd = m >= 7; // months after m: 12 - m rows (and the year's own), against m - 1
  const daysFromEnd = daysInMonth - d < d; // days after d: daysInMonth - d rows (and the month's own), against d
  const date = (yy: number, mm: number) => Prisma.sql`${`${String(yy).padStart(4, "0")}-${String(mm).padStart(2, "0")}-01`}::date`;
  const day = Prisma.sql`${asOf}::date`;
  const year = date(y, 1);
  const nextYear = date(y + 1, 1);
  const month = date(y, m);
  const nextMonth = m === 12 ? nextYear : date(y, m + 1);
  const plus = Prisma.sql`delta`;
  const minus = Prisma.sql`-delta`;
  // The month's own row is counted once in all: by the months (through the year's row, or as one of the
  // months up to it) when its days are counted from the end, by its days otherwise.
  const years = rows(Prisma.sql`grain = 'y' AND day < ${monthsFromEnd ? nextYear : year}`, plus);
  const months = monthsFromEnd
    ? rows(Prisma.sql`grain = 'm' AND day ${daysFromEnd ? Prisma.sql`>` : Prisma.sql`>=`} ${month} AND day < ${nextYear}`, minus)
    : rows(Prisma.sql`grain = 'm' AND day >= ${year} AND day ${daysFromEnd ? Prisma.sql`<=` : Prisma.sql`<`} ${month}`, plus);
  const days = daysFromEnd
    ? rows(Prisma.sql`grain = 'd' AND day > ${day} AND day < ${nextMonth}`, minus)
    : rows(Prisma.sql`grain = 'd' AND day >= ${month} AND day <= ${day}`, plus);
  return Prisma.sql`
    ${years}
    UNION ALL
    ${months}
    UNION ALL
    ${days}`;
}

/**
 * The rows of dashboard_deltas of one filter value (its category and party: values, or an outer
 * query's columns) and some measures, meeting `condition` (on `grain` and `day`), with `columns`.
 */
function deltaRowsSql(columns: Prisma.Sql, key: { category: Prisma.Sql; party: Prisma.Sql }, measures: readonly string[], condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${columns} FROM dashboard_deltas
    WHERE category = ${key.category} AND party = ${key.party} AND measure = ANY(${measures}::text[]) AND ${condition}`;
}

/**
 * Every measure on `asOf` for the filter value itself, and the statuses for each category under the
 * party filter (unless a category is chosen) and for each party under the category filter (unless a
 * party is chosen): rows (category, party, party_name, measure, n).
 *
 * Today (`past` false) a status's figure is every change recorded, the yearly rows of every year: the
 * commitments as they stand now, as the list and status_counts count them (the history's route). A
 * status update takes effect no later than today anywhere on Earth (lib/validation/status-update.ts),
 * the dashboard's today; the one status row that can lie ahead is a pledge's first, dated on its
 * meeting when the meeting is logged ahead of its day, and today counts that pledge as logged. The due
 * measures are dated ahead (a target date, 90 days without news) and are read as of the day.
 *
 * Each row carries its party's name (`party_name`) for the breakdown: joined afterwards on the id as
 * text, the planner could loop over the parties for each row (it did on a past day: 4 ms of 20).
 */
export function rollupTotalsSql(asOf: string, keys: RollupKeys, past: boolean): Prisma.Sql {
  const categories = keys.category ? [] : [...COMMITMENT_CATEGORIES];
  const rows = (key: Prisma.Sql, measures: readonly string[]) => (condition: Prisma.Sql, delta: Prisma.Sql) =>
    deltaRowsSql(Prisma.sql`measure, ${delta} AS delta`, { category: Prisma.sql`${key}.category`, party: Prisma.sql`${key}.party` }, measures, condition);
  const statuses = rows(Prisma.sql`k`, COMMITMENT_STATUSES);
  const chosenParty = Prisma.sql`(SELECT name FROM parties WHERE id = nullif(${keys.party}::text, '')::uuid)`;
  return Prisma.sql`
    WITH keys AS (
      SELECT ${keys.category}::text AS category, ${keys.party}::text AS party, ${chosenParty} AS party_name
      UNION SELECT c, ${keys.party}::text, ${chosenParty} FROM unnest(${categories}::text[]) AS c
      UNION SELECT ${keys.category}::text, p.id::text, p.name FROM parties p WHERE ${keys.party}::text = '')
    SELECT k.category, k.party, k.party_name, d.measure, sum(d.delta)::int AS n
    FROM keys k
    CROSS JOIN LATERAL (${past ? asOfRowsSql(asOf, statuses) : statuses(Prisma.sql`grain = 'y'`, Prisma.sql`delta`)}) d
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT self.category, self.party, NULL, d.measure, sum(d.delta)::int
    FROM (SELECT ${keys.category}::text AS category, ${keys.party}::text AS party) self
    CROSS JOIN LATERAL (${asOfRowsSql(asOf, rows(Prisma.sql`self`, DUE_MEASURES))}) d
    GROUP BY 1, 2, 3, 4`;
}

/** Counts by category and by party (rows dimension, name, status, n) from `totals`. */
export function rollupBreakdownSql(keys: RollupKeys): Prisma.Sql {
  return Prisma.sql`
    SELECT 'category' AS dimension, t.category AS name, t.measure AS status, t.n
    FROM totals t WHERE t.party = ${keys.party}::text AND t.category <> '' AND t.measure = ANY(${COMMITMENT_STATUSES}::text[]) AND t.n <> 0
    UNION ALL
    SELECT 'party', t.party_name, t.measure, t.n
    FROM totals t
    WHERE t.category = ${keys.category}::text AND t.party <> '' AND t.measure = ANY(${COMMITMENT_STATUSES}::text[]) AND t.n <> 0`;
}

/** The overdue, upcoming and (with the roll-up's threshold) stale figures from `totals`; `stale` may be replaced. */
export function rollupDueSql(keys: RollupKeys, staleCount: Prisma.Sql | null): Prisma.Sql {
  const measure = (name: string) =>
    Prisma.sql`coalesce((SELECT t.n FROM totals t WHERE t.category = ${keys.category}::text AND t.party = ${keys.party}::text AND t.measure = ${name}), 0)`;
  return Prisma.sql`SELECT ${measure("overdue")} AS overdue, ${staleCount ?? measure("stale")} AS stale, ${measure("upcoming")} AS upcoming`;
}

/**
 * The first day of `day`'s week (Monday, as date_trunc('week') gives it) or month, in date arithmetic:
 * date_trunc works on timestamps with a time zone, and over thousands of rows the casts cost more than
 * reading them. 1 January of the year 1 was a Monday.
 */
export function bucketStartSql(bucket: DashboardBucket, day: Prisma.Sql): Prisma.Sql {
  return bucket === "week"
    ? Prisma.sql`(${day} - (${day} - date '0001-01-01') % 7)`
    : Prisma.sql`(${day} - (extract(day FROM ${day})::int - 1))`;
}

/**
 * The counts by status at the end of each week or month up to asOf (rows bucket, status, n), from a
 * statement of signed changes (day, status, delta): cumulative sums per bucket, every bucket from the
 * first change to asOf's. The one series both the roll-up and the history draw.
 */
export function statusSeriesSql(params: { asOf: string; bucket: DashboardBucket }, deltas: Prisma.Sql): Prisma.Sql {
  const last = bucketStartSql(params.bucket, Prisma.sql`${params.asOf}::date`);
  // Every bucket from the first change's to asOf's: weeks by adding days, months as timestamps
  // without a time zone.
  const buckets =
    params.bucket === "week"
      ? Prisma.sql`SELECT f.first + 7 * i AS bucket FROM f, generate_series(0, (${last} - f.first) / 7) AS i`
      : Prisma.sql`SELECT generate_series(f.first::timestamp, ${last}::timestamp, interval '1 month')::date AS bucket FROM f`;
  return Prisma.sql`
    WITH deltas AS (${deltas}),
    per_bucket AS (
      SELECT ${bucketStartSql(params.bucket, Prisma.sql`day`)} AS bucket, status::text AS status, sum(delta)::int AS delta FROM deltas GROUP BY 1, 2),
    f AS (SELECT min(bucket) AS first FROM per_bucket),
    buckets AS (${buckets})
    SELECT to_char(b.bucket, 'YYYY-MM-DD') AS bucket, s.status::text AS status,
           (sum(coalesce(p.delta, 0)) OVER (PARTITION BY s.status ORDER BY b.bucket))::int AS n
    FROM buckets b
    CROSS JOIN unnest(enum_range(NULL::"CommitmentStatus")) AS s(status)
    LEFT JOIN per_bucket p ON p.bucket = b.bucket AND p.status = s.status::text
    ORDER BY b.bucket`;
}

/**
 * The series by the bucket asked for, or by the span (AUTO_WEEKS_UP_TO_DAYS): by week when the first
 * change shown (`firstDay`, a statement giving one row with the column day) is at most that many days
 * before asOf, by month otherwise. Rows (bucket, status, n, unit), oldest first. Both branches are in
 * the statement but only the chosen one runs: the other's condition is a one-time filter.
 */
export function chosenSeriesSql(
  params: { asOf: string; bucket: DashboardBucketChoice },
  firstDay: Prisma.Sql,
  series: (bucket: DashboardBucket) => Prisma.Sql,
): Prisma.Sql {
  const branch = (bucket: DashboardBucket, condition: Prisma.Sql) =>
    Prisma.sql`SELECT s.bucket, s.status, s.n, ${bucket}::text AS unit FROM (${series(bucket)}) s WHERE ${condition}`;
  if (params.bucket !== "auto") return Prisma.sql`${branch(params.bucket, Prisma.sql`true`)} ORDER BY 1`;
  const weeksFrom = Prisma.sql`${params.asOf}::date - ${AUTO_WEEKS_UP_TO_DAYS}::int`;
  return Prisma.sql`
    WITH series_first AS (${firstDay})
    SELECT * FROM (
      ${branch("week", Prisma.sql`(SELECT day FROM series_first) >= ${weeksFrom}`)}
      UNION ALL
      ${branch("month", Prisma.sql`(SELECT day FROM series_first) < ${weeksFrom}`)}) x
    ORDER BY 1`;
}

/**
 * The series from the filter value's rows: by week, its daily rows up to asOf (at most days x
 * statuses); by month, its monthly rows before asOf's month and the daily rows of that month up to
 * asOf (at most months x statuses and 31 x statuses). Automatic, its first daily row of each status
 * up to asOf decides (one index probe per status).
 */
export function rollupOverTimeSql(params: { asOf: string; bucket: DashboardBucketChoice }, keys: RollupKeys): Prisma.Sql {
  const key = { category: Prisma.sql`${keys.category}::text`, party: Prisma.sql`${keys.party}::text` };
  const rows = (condition: Prisma.Sql) => deltaRowsSql(Prisma.sql`day, measure AS status, delta`, key, COMMITMENT_STATUSES, condition);
  const asOf = Prisma.sql`${params.asOf}::date`;
  const month = bucketStartSql("month", asOf);
  const firstDay = Prisma.sql`SELECT min(f.day) AS day FROM unnest(${COMMITMENT_STATUSES}::text[]) AS m(measure)
    CROSS JOIN LATERAL (SELECT day FROM dashboard_deltas
                        WHERE grain = 'd' AND category = ${key.category} AND party = ${key.party} AND measure = m.measure AND day <= ${asOf}
                        ORDER BY day LIMIT 1) f`;
  return chosenSeriesSql(params, firstDay, (bucket) =>
    bucket === "week"
      ? statusSeriesSql({ asOf: params.asOf, bucket }, rows(Prisma.sql`grain = 'd' AND day <= ${asOf}`))
      : statusSeriesSql(
          { asOf: params.asOf, bucket },
          Prisma.sql`${rows(Prisma.sql`grain = 'm' AND day < ${month}`)}
      UNION ALL
      ${rows(Prisma.sql`grain = 'd' AND day >= ${month} AND day <= ${asOf}`)}`,
        ),
  );
}
