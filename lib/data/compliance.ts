import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { compliancePercent } from "@/lib/domain/compliance";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import type { DashboardParams } from "@/lib/validation/dashboard-params";
import { commitmentFilterSql } from "./commitment-queries";
import { asOfRowsSql } from "./dashboard-rollup";

// Compliance by party (lib/domain/compliance.ts), from each party's own assessments: today from
// commitment_parties, on a past day from the period of that party's history that contains it
// (party_periods). The dashboard's filters choose the commitments; the party filter also chooses the
// party. Only assessed parties count (n is how many commitments a party was assessed on).

export type ComplianceFigure = { n: number; scoreSum: number; fulfilled: number; partial: number; none: number; percent: number | null };
export type PartyCompliance = ComplianceFigure & { party: string };
export type Compliance = {
  byParty: PartyCompliance[];
  byPartyCategory: (ComplianceFigure & { party: string; category: string })[];
  categories: string[];
};

/** The score of a status column: the database's ct_compliance_score, the same mapping as COMPLIANCE_SCORES (a test compares them). */
export function scoreSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ct_compliance_score(${column})`;
}

/**
 * The statement: one row per party and category with n, the score sum and the count of each score.
 * Without a meeting filter it reads no commitment: today from the roll-up party_score_counts (at most
 * parties × categories × 3 rows), on a past date from the dated roll-up party_score_deltas (at most
 * parties × categories × 3 × (years + 11 + 31) rows). A meeting filter reads that meeting's
 * commitments and their party periods (an index range).
 */
export function complianceSql(params: DashboardParams): Prisma.Sql {
  const party = params.party ? Prisma.sql`AND p.name = ${params.party}` : Prisma.empty;
  const totals = Prisma.sql`
    p.name AS party, x.category, sum(x.n)::int AS n, sum(x.score * x.n)::int AS "scoreSum",
    (sum(x.n) FILTER (WHERE x.score = 1))::int AS fulfilled,
    (sum(x.n) FILTER (WHERE x.score = 0))::int AS partial,
    (sum(x.n) FILTER (WHERE x.score = -1))::int AS none`;
  const group = Prisma.sql`GROUP BY 1, 2 HAVING sum(x.n) > 0`;
  if (!params.meeting) {
    const category = params.category ? Prisma.sql`AND x.category = ${params.category}` : Prisma.empty;
    // A past date sums the dated roll-up (asOfRowsSql): three contiguous ranges of its index, each from its nearer end.
    const scored = params.past
      ? Prisma.sql`SELECT d.party_id, d.category, d.score, sum(d.delta)::int AS n FROM (${asOfRowsSql(
          params.asOf,
          (condition, delta) => Prisma.sql`SELECT party_id, category, score, ${delta} AS delta FROM party_score_deltas WHERE ${condition}`,
        )}) d GROUP BY 1, 2, 3`
      : Prisma.sql`SELECT party_id, category, score, n FROM party_score_counts`;
    return Prisma.sql`
      SELECT ${totals}
      FROM (${scored}) x JOIN parties p ON p.id = x.party_id
      WHERE x.score IS NOT NULL ${category} ${party}
      ${group}`;
  }
  const where = commitmentFilterSql({
    q: "",
    statuses: [],
    categories: params.category ? [params.category] : [],
    parties: params.party ? [params.party] : [],
    meeting: params.meeting,
  });
  const states = params.past
    ? Prisma.sql`SELECT pp.commitment_id, pp.party_id, pp.status FROM party_periods pp
        WHERE daterange(pp.valid_from, pp.valid_to, '[)') @> ${params.asOf}::date`
    : Prisma.sql`SELECT cp.commitment_id, cp.party_id, cp.status FROM commitment_parties cp`;
  return Prisma.sql`
    SELECT ${totals}
    FROM (SELECT s.party_id, c.category, ${scoreSql(Prisma.sql`s.status`)} AS score, 1 AS n
          FROM (${states}) s JOIN commitments c ON c.id = s.commitment_id WHERE ${where}) x
    JOIN parties p ON p.id = x.party_id
    WHERE x.score IS NOT NULL ${party}
    ${group}`;
}

function figure(rows: Omit<ComplianceFigure, "percent">[]): ComplianceFigure {
  const sum = (key: keyof Omit<ComplianceFigure, "percent">) => rows.reduce((total, row) => total + row[key], 0);
  const n = sum("n");
  const scoreSum = sum("scoreSum");
  return { n, scoreSum, fulfilled: sum("fulfilled"), partial: sum("partial"), none: sum("none"), percent: compliancePercent(scoreSum, n) };
}

/** Compliance by party and by party × category for the dashboard's filters and date. */
export async function getCompliance(actor: Actor | null, params: DashboardParams): Promise<Compliance> {
  assertCan(actor, "commitment:read");
  type Row = { party: string; category: string; n: number; scoreSum: number; fulfilled: number; partial: number; none: number };
  const rows = await db.$queryRaw<Row[]>(complianceSql(params));
  const parties = [...new Set(rows.map((r) => r.party))];
  const byParty = parties
    .map((party) => ({ party, ...figure(rows.filter((r) => r.party === party)) }))
    .sort((a, b) => b.n - a.n || a.party.localeCompare(b.party));
  const categories = [...new Set(rows.map((r) => r.category))].sort((a, b) => a.localeCompare(b));
  return {
    byParty,
    byPartyCategory: rows.map(({ party, category, ...rest }) => ({ party, category, ...figure([rest]) })),
    categories,
  };
}

/** One commitment of a meeting with each party's own status and latest rationale: "who is delivering". */
export type DeliveryRow = {
  id: string;
  title: string;
  status: CommitmentStatusValue;
  parties: Record<string, { status: CommitmentStatusValue; rationale: string | null; effectiveOn: string | null }>;
};

export type MeetingDelivery = {
  meeting: { id: string; slug: string; title: string; heldOn: Date };
  /** The parties in the meeting's commitments, by name, with the short name the columns use ("TR"). */
  parties: { name: string; shortName: string }[];
  rows: DeliveryRow[];
};

/** Every commitment of a meeting, each party's status beside it (the latest assessment's rationale as its note); null for an unknown meeting. */
export async function getMeetingDelivery(actor: Actor | null, slug: string): Promise<MeetingDelivery | null> {
  assertCan(actor, "commitment:read");
  const meeting = await db.meeting.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, heldOn: true } });
  if (!meeting) return null;
  type Row = {
    id: string;
    title: string;
    status: CommitmentStatusValue;
    party: string;
    shortName: string | null;
    partyStatus: CommitmentStatusValue;
    rationale: string | null;
    effectiveOn: string | null;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.id, c.title, c.status, p.name AS party, p.short_name AS "shortName", cp.status AS "partyStatus", la.rationale,
           to_char(cp.status_effective_on, 'YYYY-MM-DD') AS "effectiveOn"
    FROM commitments c
    JOIN commitment_parties cp ON cp.commitment_id = c.id
    JOIN parties p ON p.id = cp.party_id
    LEFT JOIN LATERAL (
      SELECT pa.rationale FROM party_assessments pa
      WHERE pa.commitment_id = cp.commitment_id AND pa.party_id = cp.party_id
      ORDER BY pa.effective_on DESC, pa.recorded_at DESC LIMIT 1) la ON TRUE
    WHERE c.meeting_id = ${meeting.id}::uuid
    ORDER BY c.title, p.name`;
  const byId = new Map<string, DeliveryRow>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, title: row.title, status: row.status, parties: {} };
    entry.parties[row.party] = { status: row.partyStatus, rationale: row.rationale, effectiveOn: row.effectiveOn };
    byId.set(row.id, entry);
  }
  const parties = new Map(rows.map((r) => [r.party, r.shortName ?? r.party]));
  return {
    meeting,
    parties: [...parties.entries()].map(([name, shortName]) => ({ name, shortName })).sort((a, b) => a.name.localeCompare(b.name)),
    rows: [...byId.values()],
  };
}
