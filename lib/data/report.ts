import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { COMMITMENT_STATUSES, statusLabel, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatDay, formatTarget, type TargetPrecisionValue } from "@/lib/domain/target-date";
import {
  REPORT_MAX_COMMITMENTS,
  type ImplementationReport,
  type ReportCommitment,
  type ReportSection,
  type ReportStatusMove,
} from "@/lib/domain/report";
import type { ReportParams } from "@/lib/validation/report-params";
import { getCompliance } from "./compliance";
import { SNAPSHOT_COLUMNS, resolveDashboardFilters, snapshotSql } from "./dashboard";
import { overdueSql } from "./commitment-queries";
import { ValidationError } from "./errors";

// The implementation report's content, for every format (lib/domain/report.ts). The commitments and
// their statuses on the as-of date come from the dashboard's own snapshot (snapshotSql) and overdue
// rule, so the report's figures are the dashboard's for the same filters and date; compliance is the
// dashboard's getCompliance. Then three reads for the commitments in the report: their parties'
// statuses on that date, and their history up to it.

export class ReportTooLargeError extends ValidationError {}

/** The "changes since" day when none was asked for: the previous issued report's as-of date for the same meeting, else the meeting's date, else the earliest meeting in the report. */
async function defaultSince(params: ReportParams, where: Prisma.Sql): Promise<string> {
  if (params.meeting) {
    const rows = await db.$queryRaw<{ since: string | null }[]>`
      SELECT coalesce(
        (SELECT to_char(max(r.as_of), 'YYYY-MM-DD') FROM issued_reports r WHERE r.meeting_id = m.id AND r.as_of < ${params.asOf}::date),
        to_char(m.held_on, 'YYYY-MM-DD')) AS since
      FROM meetings m WHERE m.slug = ${params.meeting}`;
    const since = rows[0]?.since;
    if (since) return since <= params.asOf ? since : params.asOf;
  }
  const rows = await db.$queryRaw<{ since: string | null }[]>`
    SELECT to_char(min(m.held_on), 'YYYY-MM-DD') AS since FROM commitments c JOIN meetings m ON m.id = c.meeting_id WHERE ${where}`;
  const since = rows[0]?.since;
  return since && since <= params.asOf ? since : params.asOf;
}

/** What the report covers, in words. */
async function describeScope(params: ReportParams): Promise<{ scope: string; meetingTitle: string | null }> {
  const parts: string[] = [];
  let meetingTitle: string | null = null;
  if (params.meeting) {
    const meeting = await db.meeting.findUnique({ where: { slug: params.meeting }, select: { title: true, heldOn: true, location: true } });
    meetingTitle = meeting?.title ?? null;
    parts.push(
      meeting
        ? `${meeting.title} (${[meeting.location, formatDay(meeting.heldOn)].filter(Boolean).join(", ")})`
        : `Meeting “${params.meeting}” (not found)`,
    );
  }
  if (params.category) parts.push(`Category: ${params.category}`);
  if (params.party) parts.push(`Party: ${params.party}`);
  return { scope: parts.length ? parts.join(" · ") : "All commitments on file", meetingTitle };
}

type SnapshotRow = {
  id: string;
  title: string;
  category: string;
  status: CommitmentStatusValue;
  targetDate: Date | null;
  targetPrecision: TargetPrecisionValue;
  overdue: boolean;
  sourceQuote: string;
  sourceStart: number | null;
  meetingSlug: string;
  meetingTitle: string;
};

type HistoryRow = ReportStatusMove & { commitmentId: string };

/** The rows' values under their keys, in the rows' order (appending, not copying: a report holds up to 5,000 commitments). */
function groupBy<Row, Value>(rows: Row[], key: (row: Row) => string, value: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

function sortSections(sections: Map<string, ReportCommitment[]>): ReportSection[] {
  const order = (category: string) => {
    const index = (COMMITMENT_CATEGORIES as readonly string[]).indexOf(category);
    return index === -1 ? COMMITMENT_CATEGORIES.length : index;
  };
  return [...sections.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([category, commitments]) => ({ category, commitments }));
}

export type ReportScope = { scope: string; since: string; total: number };

type ScopeOptions = { maxCommitments?: number };

/**
 * What a report for the parameters would cover, without drawing it: its scope in words, its "changes
 * since" day and how many commitments it holds. Refuses, with a message saying what to do, a report of
 * more than REPORT_MAX_COMMITMENTS. The report page asks this; the report itself is drawn separately.
 */
export async function getReportScope(actor: Actor | null, params: ReportParams, options: ScopeOptions = {}): Promise<ReportScope> {
  assertCan(actor, "commitment:read");
  return (await resolveReport(params, options)).scope;
}

async function resolveReport(params: ReportParams, options: ScopeOptions) {
  const { scope } = await describeScope(params);
  const resolved = await resolveDashboardFilters(params);
  const where = resolved?.where ?? Prisma.sql`FALSE`;
  const since = params.since ?? (await defaultSince(params, where));
  const counted = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${snapshotSql(params, where)}) s`;
  const total = counted[0]?.n ?? 0;
  const limit = options.maxCommitments ?? REPORT_MAX_COMMITMENTS;
  if (total > limit) {
    throw new ReportTooLargeError(
      `This report would cover ${total.toLocaleString("en-GB")} commitments; a report holds at most ${limit.toLocaleString("en-GB")}. Choose a meeting, a category or a party to narrow it.`,
    );
  }
  return { resolved, where, scope: { scope, since, total } };
}

/**
 * The report for the parameters, as the actor may see it (every role reads every commitment today).
 * Refuses a report of more than REPORT_MAX_COMMITMENTS (see getReportScope).
 */
export async function getImplementationReport(
  actor: Actor | null,
  params: ReportParams,
  options: { baseUrl: string; now?: Date } & ScopeOptions,
): Promise<ImplementationReport> {
  assertCan(actor, "commitment:read");
  const now = options.now ?? new Date();
  const base = options.baseUrl.replace(/\/$/, "");
  const {
    resolved,
    where,
    scope: { scope, since },
  } = await resolveReport(params, options);

  const rows = await db.$queryRaw<SnapshotRow[]>`
    WITH s AS (${snapshotSql(params, where)})
    SELECT s.id, s.title, s.category, s.status, s.target_date AS "targetDate", s.target_precision AS "targetPrecision",
           ${overdueSql(SNAPSHOT_COLUMNS, params.asOf)} AS overdue,
           c.source_quote AS "sourceQuote", c.source_start AS "sourceStart", m.slug AS "meetingSlug", m.title AS "meetingTitle"
    FROM s JOIN commitments c ON c.id = s.id JOIN meetings m ON m.id = c.meeting_id
    ORDER BY m.held_on, m.title, c.source_start NULLS LAST, s.title, s.id`;
  const ids = rows.map((row) => row.id);

  const [partyRows, historyRows, compliance] = await Promise.all([
    db.$queryRaw<{ commitmentId: string; name: string; status: CommitmentStatusValue | null }[]>`
      SELECT cp.commitment_id AS "commitmentId", p.name, pp.status
      FROM commitment_parties cp
      JOIN parties p ON p.id = cp.party_id
      LEFT JOIN party_periods pp ON pp.commitment_id = cp.commitment_id AND pp.party_id = cp.party_id
        AND daterange(pp.valid_from, pp.valid_to, '[)') @> ${params.asOf}::date
      WHERE cp.commitment_id = ANY(${ids}::uuid[])
      ORDER BY p.name`,
    db.$queryRaw<HistoryRow[]>`
      SELECT su.commitment_id AS "commitmentId", to_char(su.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
             su.from_status AS "from", su.to_status AS "to", su.progress, u.name AS author,
             su.rationale, su.evidence_urls AS "evidenceUrls", su.obstacles, su.next_step AS "nextStep"
      FROM status_updates su LEFT JOIN users u ON u.id = su.author_id
      WHERE su.commitment_id = ANY(${ids}::uuid[]) AND su.effective_on <= ${params.asOf}::date
      ORDER BY su.effective_on, su.recorded_at`,
    resolved ? getCompliance(actor, params) : null,
  ]);

  const partiesOf = groupBy(partyRows, (row) => row.commitmentId, (row) => ({ name: row.name, status: row.status }));
  const historyOf = groupBy(historyRows, (row) => row.commitmentId, ({ commitmentId: _, ...move }) => move);

  const byStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<CommitmentStatusValue, number>;
  let overdue = 0;
  const sections = new Map<string, ReportCommitment[]>();
  for (const row of rows) {
    const history = historyOf.get(row.id) ?? [];
    const latest = history.at(-1) ?? null;
    byStatus[row.status] += 1;
    if (row.overdue) overdue += 1;
    const commitment: ReportCommitment = {
      id: row.id,
      title: row.title,
      url: `${base}/commitments/${row.id}`,
      meetingTitle: row.meetingTitle,
      sourceQuote: row.sourceQuote,
      sourceUrl: `${base}/meetings/${row.meetingSlug}${row.sourceStart !== null ? `#source-${row.sourceStart}` : ""}`,
      parties: partiesOf.get(row.id) ?? [],
      status: row.status,
      progress: latest?.progress ?? 0,
      target: row.targetPrecision === "NONE" || (!row.targetDate && row.targetPrecision !== "UPCOMING") ? null : formatTarget(row.targetPrecision, row.targetDate),
      overdue: row.overdue,
      latest,
      changes: history.filter((move) => move.effectiveOn > since),
      history,
    };
    const section = sections.get(row.category);
    if (section) section.push(commitment);
    else sections.set(row.category, [commitment]);
  }

  return {
    title: "Implementation report",
    scope,
    asOf: params.asOf,
    since,
    generatedBy: actor.name,
    generatedAt: now.toISOString(),
    summary: {
      total: rows.length,
      byStatus: COMMITMENT_STATUSES.map((status) => ({ status, label: statusLabel(status), count: byStatus[status] })),
      overdue,
      fulfilledPercent: rows.length ? (100 * byStatus.FULFILLED) / rows.length : null,
      compliance: (compliance?.byParty ?? []).map(({ party, n, fulfilled, partial, none, percent }) => ({ party, n, fulfilled, partial, none, percent })),
    },
    sections: sortSections(sections),
  };
}

/** The file name for a report's download: "implementation-report-<scope>-<as-of>.<ext>". */
export function reportFileName(params: Pick<ReportParams, "meeting" | "asOf">, extension: "pdf" | "docx"): string {
  return `implementation-report-${params.meeting ?? "all"}-${params.asOf}.${extension}`;
}

