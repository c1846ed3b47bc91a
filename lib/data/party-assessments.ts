import "server-only";
import { isUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { CommitmentStatusValue, StatusMove } from "@/lib/domain/status";
import { formatDay } from "@/lib/domain/target-date";
import type { PartyAssessmentInput } from "@/lib/validation/party-assessment";
import { isUuid } from "@/lib/validation/fields";
import type { HistoryCursor } from "@/lib/validation/history-cursor";
import { recordAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { countNewer, historyPage, olderThan, PARTY_HISTORY_PAGE_SIZE, type HistoryPage } from "./history-window";

// Each party to a commitment assessed on its own: the party's current state lives on its
// commitment_parties row (with its own version), its history in party_assessments (append-only), and
// both are written with the audit event in one transaction, with the guarantees of a status update.

/** A party's state as a conflicting save found it. */
export type PartyState = {
  status: CommitmentStatusValue;
  progress: number;
  statusEffectiveOn: Date | null;
  responsibleBody: string | null;
  version: number;
  lastAuthor: string | null;
};

async function partyState(commitmentId: string, partyId: string): Promise<PartyState> {
  const row = await db.commitmentParty.findUniqueOrThrow({
    where: { commitmentId_partyId: { commitmentId, partyId } },
    select: {
      status: true,
      progress: true,
      statusEffectiveOn: true,
      responsibleBody: true,
      version: true,
      assessments: { orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }], take: 1, select: { author: { select: { name: true } } } },
    },
  });
  const { assessments, ...state } = row;
  return { ...state, lastAuthor: assessments[0]?.author?.name ?? null };
}

/**
 * Records one party's assessment on a commitment. Refused, writing nothing: for a party that is not
 * a party to the commitment (ValidationError), for a date before the meeting or before the party's
 * current assessment took effect (ValidationError), and when the party was assessed since
 * `input.version` (ConflictError carrying the newer state). A form submitted again after its answer
 * was lost is acknowledged, not recorded twice.
 */
export async function assessParty(
  actor: Actor | null,
  input: PartyAssessmentInput,
): Promise<{ assessmentId: string; version: number; replayed: boolean }> {
  assertCan(actor, "commitment:assess-party");
  const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
  const replay = async () => {
    if (!input.requestId) return null;
    const recorded = await db.partyAssessment.findUnique({
      where: { clientRequestId: input.requestId },
      select: { id: true, commitmentId: true, partyId: true, commitmentParty: { select: { version: true } } },
    });
    if (!recorded) return null;
    if (recorded.commitmentId !== input.commitmentId || recorded.partyId !== input.partyId)
      throw new ValidationError("Reload the page: this form was already used for another assessment.");
    return { assessmentId: recorded.id, version: recorded.commitmentParty.version, replayed: true };
  };
  return db
    .$transaction(async (tx) => {
      // One statement for the party's state and its meeting's date (a nested select would be three).
      const [before] = await tx.$queryRaw<
        {
          status: CommitmentStatusValue;
          progress: number;
          statusEffectiveOn: Date | null;
          responsibleBody: string | null;
          version: number;
          heldOn: Date;
        }[]
      >`
        SELECT cp.status, cp.progress, cp.status_effective_on AS "statusEffectiveOn", cp.responsible_body AS "responsibleBody",
               cp.version, m.held_on AS "heldOn"
        FROM commitment_parties cp JOIN commitments c ON c.id = cp.commitment_id JOIN meetings m ON m.id = c.meeting_id
        WHERE cp.commitment_id = ${input.commitmentId}::uuid AND cp.party_id = ${input.partyId}::uuid`;
      if (!before) {
        const commitment = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } });
        if (!commitment) throw new NotFoundError("The commitment");
        const party = await tx.party.findUnique({ where: { id: input.partyId }, select: { name: true } });
        const message = party
          ? `${party.name} is not a party to this commitment: only its parties can be assessed. Nothing was saved.`
          : "That party does not exist. Nothing was saved.";
        throw new ValidationError(message, { partyId: [message] });
      }
      const heldOn = before.heldOn;
      if (effectiveOn < heldOn) {
        throw new ValidationError("An assessment takes effect on or after the meeting.", {
          effectiveOn: [`The meeting was held on ${formatDay(heldOn)}; an assessment cannot take effect earlier.`],
        });
      }
      if (before.version === input.version && before.statusEffectiveOn && effectiveOn < before.statusEffectiveOn) {
        throw new ValidationError("Assessments are recorded in the order they took effect.", {
          effectiveOn: [`This party's current assessment took effect on ${formatDay(before.statusEffectiveOn)}; a new one cannot take effect earlier.`],
        });
      }
      // As for a status update, the version in the WHERE clause is the guard: of two saves from one
      // version, the second waits for the first's row lock, then matches nothing.
      const { count } = await tx.commitmentParty.updateMany({
        where: { commitmentId: input.commitmentId, partyId: input.partyId, version: input.version },
        data: {
          status: input.status,
          progress: input.progress,
          statusEffectiveOn: effectiveOn,
          responsibleBody: input.responsibleBody,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new ConflictError("conflict", null);
      const assessment = await tx.partyAssessment.create({
        data: {
          commitmentId: input.commitmentId,
          partyId: input.partyId,
          fromStatus: before.status,
          toStatus: input.status,
          fromProgress: before.progress,
          progress: input.progress,
          effectiveOn,
          rationale: input.rationale,
          evidenceUrls: input.evidenceUrls,
          responsibleBody: input.responsibleBody,
          authorId: actor.id,
          clientRequestId: input.requestId,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "commitment.party-assessment",
        entityType: "commitment",
        entityId: input.commitmentId,
        before: { status: before.status, progress: before.progress, responsibleBody: before.responsibleBody, version: before.version },
        after: {
          partyId: input.partyId,
          status: input.status,
          progress: input.progress,
          responsibleBody: input.responsibleBody,
          effectiveOn: input.effectiveOn,
          version: before.version + 1,
          assessmentId: assessment.id,
        },
      });
      return { assessmentId: assessment.id, version: before.version + 1, replayed: false };
    })
    .catch(async (error) => {
      if (error instanceof ConflictError || isUniqueViolation(error)) {
        const recorded = await replay();
        if (recorded) return recorded;
      }
      if (error instanceof ConflictError) {
        throw new ConflictError(
          "Someone else assessed this party after you opened the page. Nothing was overwritten: review the newer assessment below, then save again if yours still applies.",
          await partyState(input.commitmentId, input.partyId),
        );
      }
      throw error;
    });
}

/**
 * The parties that would leave a commitment and have assessments of their own, by name: an edit
 * that removes them is refused (their history would lose its commitment).
 */
export async function assessedPartiesAmong(tx: Prisma.TransactionClient, commitmentId: string, partyIds: string[]): Promise<string[]> {
  if (!partyIds.length) return [];
  const rows = await tx.commitmentParty.findMany({
    where: { commitmentId, partyId: { in: partyIds }, assessments: { some: {} } },
    select: { party: { select: { name: true } } },
    orderBy: { party: { name: "asc" } },
  });
  return rows.map((row) => row.party.name);
}

/** An assessment as a party's history shows it. */
export type PartyHistoryEntry = StatusMove & {
  responsibleBody: string | null;
  author: { name: string; email: string } | null;
};

type PartyHistoryRow = Omit<PartyHistoryEntry, "author"> & { authorName: string | null; authorEmail: string | null };

/**
 * One page of each party's own history on a commitment, newest first, by party id: the newest
 * `pageSize` assessments of every party, except `page.partyId`'s, which start after `page.cursor`.
 */
export async function listPartyHistories(
  actor: Actor | null,
  commitmentId: string,
  page: { partyId: string | null; cursor: HistoryCursor | null } = { partyId: null, cursor: null },
  pageSize = PARTY_HISTORY_PAGE_SIZE,
): Promise<Map<string, HistoryPage<PartyHistoryEntry>>> {
  assertCan(actor, "commitment:read");
  const histories = new Map<string, HistoryPage<PartyHistoryEntry>>();
  if (!isUuid(commitmentId)) return histories;
  const parties = await db.commitmentParty.findMany({ where: { commitmentId }, select: { partyId: true } });
  if (!parties.length) return histories;
  // One branch per party (a commitment has a handful), each a walk down the party's history index.
  const windows = parties.map(
    ({ partyId }) => Prisma.sql`(
      SELECT pa.party_id AS "partyId", pa.id, pa.from_status AS "fromStatus", pa.to_status AS "toStatus", pa.from_progress AS "fromProgress",
             pa.progress, pa.effective_on AS "effectiveOn", pa.recorded_at AS "recordedAt", pa.rationale, pa.evidence_urls AS "evidenceUrls",
             pa.responsible_body AS "responsibleBody", u.name AS "authorName", u.email AS "authorEmail"
      FROM party_assessments pa LEFT JOIN users u ON u.id = pa.author_id
      WHERE pa.commitment_id = ${commitmentId}::uuid AND pa.party_id = ${partyId}::uuid ${olderThan("pa", partyId === page.partyId ? page.cursor : null)}
      ORDER BY pa.effective_on DESC, pa.recorded_at DESC, pa.id DESC
      LIMIT ${pageSize + 1})`,
  );
  const paged = page.partyId && page.cursor ? page : null;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<(PartyHistoryRow & { partyId: string })[]>`${Prisma.join(windows, " UNION ALL ")}`,
    db.$queryRaw<{ partyId: string; total: number; before: number }[]>`
      SELECT pa.party_id AS "partyId", count(*)::int AS total,
             ${paged ? countNewer("pa", paged.cursor, Prisma.sql`pa.party_id = ${paged.partyId}::uuid`) : Prisma.sql`0`}::int AS before
      FROM party_assessments pa WHERE pa.commitment_id = ${commitmentId}::uuid GROUP BY pa.party_id`,
  ]);
  for (const { partyId } of parties) {
    const entries = rows
      .filter((row) => row.partyId === partyId)
      .map(({ authorName, authorEmail, partyId: _partyId, ...row }) => ({
        ...row,
        author: authorName === null ? null : { name: authorName, email: authorEmail ?? "" },
      }));
    const count = counts.find((c) => c.partyId === partyId);
    histories.set(partyId, historyPage(entries, pageSize, count?.total ?? 0, count?.before ?? 0));
  }
  return histories;
}
