import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import { latestTodayOnEarth, type TargetPrecisionValue } from "@/lib/domain/target-date";
import { searchTerms, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { UPCOMING_DAYS } from "@/lib/validation/dashboard-params";

// The SQL that selects commitments by the list's filters: one WHERE clause for the list, the
// dashboard, the exports and lineage search (which must all agree), and the list's own statements,
// which the benchmark also runs directly as its baseline. Builders only: nothing here runs a query.

export type CommitmentListRow = {
  id: string;
  title: string;
  category: string;
  status: CommitmentStatusValue;
  progress: number;
  targetDate: Date | null;
  targetPrecision: TargetPrecisionValue;
  /** The latest status update: the day it took effect, and when it was recorded. */
  statusEffectiveOn: Date;
  lastUpdatedAt: Date;
  meetingSlug: string;
  meetingTitle: string;
  meetingHeldOn: Date;
  parties: string[];
  /** The parties' short names ("TR"), or their names where they have none, in the order of `parties`. */
  partyShortNames: string[];
  /** What the search also reads, for the passage that shows why a commitment matched. */
  description: string | null;
  sourceQuote: string;
  /** The version the list showed: what a status update from the list is checked against. */
  version: number;
};

export type CommitmentPage = { rows: CommitmentListRow[]; total: number; page: number; pageSize: number; pageCount: number };

const SORT_SQL: Record<CommitmentFilters["sort"], { asc: Prisma.Sql; desc: Prisma.Sql }> = {
  // The latest status update: the day it took effect, then when it was recorded (the same rule as the dashboard's lists).
  updated: {
    asc: Prisma.sql`c.status_effective_on ASC, c.last_updated_at ASC`,
    desc: Prisma.sql`c.status_effective_on DESC, c.last_updated_at DESC`,
  },
  title: { asc: Prisma.sql`c.title ASC`, desc: Prisma.sql`c.title DESC` },
  target: { asc: Prisma.sql`c.target_date ASC NULLS LAST`, desc: Prisma.sql`c.target_date DESC NULLS LAST` },
  status: { asc: Prisma.sql`c.status ASC`, desc: Prisma.sql`c.status DESC` },
  progress: { asc: Prisma.sql`c.progress ASC`, desc: Prisma.sql`c.progress DESC` },
  meeting: { asc: Prisma.sql`m.held_on ASC`, desc: Prisma.sql`m.held_on DESC` },
};

/** A term for LIKE, its wildcards and escape character taken literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Statuses that are over: a commitment in one of them is never stale. */
export const CLOSED_STATUSES: CommitmentStatusValue[] = ["FULFILLED", "BROKEN"];

/** Columns of a commitment as the rules below read them: the table's own, or a snapshot's on a past day. */
export type DueColumns = { targetDate: Prisma.Sql; status: Prisma.Sql; lastOn: Prisma.Sql };
export const COMMITMENT_DUE_COLUMNS: DueColumns = {
  targetDate: Prisma.sql`c.target_date`,
  status: Prisma.sql`c.status`,
  lastOn: Prisma.sql`c.status_effective_on`,
};

/** Overdue on a day: its target date has passed and it is not fulfilled. The one rule for the dashboard and the list. */
export function overdueSql(columns: DueColumns, asOf: string): Prisma.Sql {
  return Prisma.sql`${columns.targetDate} < ${asOf}::date AND ${columns.status} <> 'FULFILLED'`;
}

/** Upcoming on a day: a target date within UPCOMING_DAYS from it, and not fulfilled. The one rule for the dashboard's figure and lists. */
export function upcomingSql(columns: DueColumns, asOf: string): Prisma.Sql {
  return Prisma.sql`${columns.targetDate} >= ${asOf}::date AND ${columns.targetDate} <= ${asOf}::date + ${UPCOMING_DAYS}::int AND ${columns.status} <> 'FULFILLED'`;
}

/**
 * A milestone (`m`) overdue on a day: its due date has passed and it is not done. The SQL twin of
 * isMilestoneOverdue (lib/domain/milestones.ts); the partial index on open milestones' due dates serves it.
 */
export function overdueMilestoneSql(asOf: string): Prisma.Sql {
  return Prisma.sql`m.due_date < ${asOf}::date AND m.done_on IS NULL`;
}

/** A commitment (`c`, or the id column given) with at least one milestone overdue on a day. */
export function hasOverdueMilestonesSql(asOf: string, commitmentId: Prisma.Sql = Prisma.sql`c.id`): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM milestones m WHERE m.commitment_id = ${commitmentId} AND ${overdueMilestoneSql(asOf)})`;
}

/** Stale on a day: open, and its last status update took effect more than `days` days before. */
export function staleSql(columns: DueColumns, asOf: string, days: number): Prisma.Sql {
  return Prisma.sql`${columns.lastOn} < ${asOf}::date - ${days}::int AND ${columns.status}::text <> ALL(${CLOSED_STATUSES})`;
}

type FilterFields = Pick<CommitmentFilters, "q" | "statuses" | "categories" | "parties" | "meeting"> &
  Partial<Pick<CommitmentFilters, "reaffirmed" | "overdue" | "overdueMilestones" | "staleDays" | "noUpdateSince" | "targetFrom" | "targetTo">>;

/**
 * The WHERE clause (over commitments `c`) for a set of list filters; shared by the list and the
 * dashboard, which must agree with it. "Today" for overdue and stale is the dashboard's today.
 */
export function commitmentFilterSql(filters: FilterFields, today: string = latestTodayOnEarth()): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.overdue) conditions.push(overdueSql(COMMITMENT_DUE_COLUMNS, today));
  if (filters.overdueMilestones) conditions.push(hasOverdueMilestonesSql(today));
  if (filters.staleDays) conditions.push(staleSql(COMMITMENT_DUE_COLUMNS, today, filters.staleDays));
  if (filters.noUpdateSince) conditions.push(Prisma.sql`c.status_effective_on < ${filters.noUpdateSince}::date`);
  if (filters.targetFrom) conditions.push(Prisma.sql`c.target_date >= ${filters.targetFrom}::date`);
  if (filters.targetTo) conditions.push(Prisma.sql`c.target_date <= ${filters.targetTo}::date`);
  if (filters.reaffirmed)
    // Reaffirmations along the chain: a later pledge reaffirming one that reaffirmed this counts too.
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM commitment_links l0 WHERE l0.to_id = c.id AND l0.kind IN ('REAFFIRMS', 'RESTATES'))
      AND (WITH RECURSIVE later(id) AS (
             SELECT l.from_id FROM commitment_links l WHERE l.to_id = c.id AND l.kind IN ('REAFFIRMS', 'RESTATES')
             UNION
             SELECT l.from_id FROM commitment_links l JOIN later ON l.to_id = later.id WHERE l.kind IN ('REAFFIRMS', 'RESTATES'))
           SELECT count(*) FROM later) >= ${filters.reaffirmed}`);
  if (filters.statuses.length)
    conditions.push(Prisma.sql`c.status = ANY(CAST(${filters.statuses} AS "CommitmentStatus"[]))`);
  if (filters.categories.length) conditions.push(Prisma.sql`c.category = ANY(${filters.categories})`);
  if (filters.meeting) conditions.push(Prisma.sql`c.meeting_id = (SELECT id FROM meetings WHERE slug = ${filters.meeting})`);
  if (filters.parties.length)
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id
      WHERE cp.commitment_id = c.id AND p.name = ANY(${filters.parties}))`);
  for (const term of searchTerms(filters.q)) {
    // search_text is the stored, folded title + description + quote, with a trigram index.
    conditions.push(Prisma.sql`c.search_text LIKE '%' || ct_fold(${escapeLike(term)}) || '%'`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The list's two statements (one page of rows, the total), for the data layer and the benchmark's direct baseline. */
export function commitmentListQueries(filters: CommitmentFilters): { rows: Prisma.Sql; count: Prisma.Sql } {
  const where = commitmentFilterSql(filters);
  const order = SORT_SQL[filters.sort][filters.dir];
  const offset = (filters.page - 1) * filters.pageSize;
  return {
    // The page's ids first (sorting and skipping touch only the columns needed for that), then the
    // details of just those rows: on page 500 the parties are looked up for 25 rows, not 12,500.
    rows: Prisma.sql`
      WITH page AS (
        SELECT c.id FROM commitments c JOIN meetings m ON m.id = c.meeting_id
        WHERE ${where}
        ORDER BY ${order}, c.id
        LIMIT ${filters.pageSize} OFFSET ${offset})
      SELECT c.id, c.title, c.category, c.status::text AS status, c.progress,
             c.target_date AS "targetDate", c.target_precision::text AS "targetPrecision",
             c.status_effective_on AS "statusEffectiveOn", c.last_updated_at AS "lastUpdatedAt",
             m.slug AS "meetingSlug", m.title AS "meetingTitle", m.held_on AS "meetingHeldOn",
             COALESCE(pa.names, '{}') AS parties, COALESCE(pa.short_names, '{}') AS "partyShortNames",
             c.description, c.source_quote AS "sourceQuote", c.version
      FROM page JOIN commitments c ON c.id = page.id JOIN meetings m ON m.id = c.meeting_id
      LEFT JOIN LATERAL (
        SELECT array_agg(p.name ORDER BY p.name) AS names, array_agg(COALESCE(p.short_name, p.name) ORDER BY p.name) AS short_names
        FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.commitment_id = c.id) pa ON TRUE
      ORDER BY ${order}, c.id`,
    count: Prisma.sql`SELECT count(*) AS total FROM commitments c WHERE ${where}`,
  };
}

/** Whether any commitment's search text contains the term: the search's own test for one word. */
export function searchTermFoundSql(term: string): Prisma.Sql {
  return Prisma.sql`SELECT EXISTS (SELECT 1 FROM commitments c WHERE c.search_text LIKE '%' || ct_fold(${escapeLike(term)}) || '%') AS found`;
}

/**
 * The word of the commitments' (folded) search text closest in spelling to a term, by trigram
 * similarity, with one text it occurs in as written (to show it with its accents and capitals). The
 * trigram index finds the candidates: commitments whose text has a stretch similar to the term
 * (`<%`, pg_trgm's word similarity), at most 100, so a search of any size costs a few milliseconds.
 * A word less than 0.35 similar is no suggestion ('kazakstan' and 'kazakhstan' are 0.62).
 */
export function similarWordSql(term: string): Prisma.Sql {
  return Prisma.sql`
    WITH candidates AS (
      SELECT c.search_text, c.title || ' ' || coalesce(c.description, '') || ' ' || c.source_quote AS text
      FROM commitments c WHERE ct_fold(${term}) <% c.search_text
      LIMIT 100)
    SELECT w.word, min(candidates.text) AS text
    FROM candidates, regexp_split_to_table(candidates.search_text, '[^[:alnum:]]+') AS w(word)
    WHERE length(w.word) >= 3 AND similarity(w.word, ct_fold(${term})) >= 0.35
    GROUP BY w.word
    ORDER BY similarity(w.word, ct_fold(${term})) DESC, count(*) DESC, w.word
    LIMIT 1`;
}

/**
 * What the commitment page reads about the commitment itself (the benchmark runs the same select
 * beside plain SQL); its histories are read a page at a time (listStatusHistory, listPartyHistories).
 */
export const commitmentDetailSelect = {
  id: true,
  title: true,
  description: true,
  category: true,
  sourceQuote: true,
  sourceStart: true,
  sourceEnd: true,
  targetDate: true,
  targetPrecision: true,
  status: true,
  progress: true,
  statusEffectiveOn: true,
  lastUpdatedAt: true,
  version: true,
  createdAt: true,
  meeting: { select: { id: true, slug: true, title: true, heldOn: true, location: true } },
  parties: {
    orderBy: { party: { name: "asc" } },
    select: {
      party: { select: { id: true, name: true } },
      status: true,
      progress: true,
      statusEffectiveOn: true,
      responsibleBody: true,
      version: true,
    },
  },
} satisfies Prisma.CommitmentSelect;
