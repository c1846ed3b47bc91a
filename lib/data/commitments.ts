import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/fields";
import { locateQuote } from "@/lib/domain/source-quote";
import type { CommitmentStatusValue, StatusMove } from "@/lib/domain/status";
import type { TargetPrecisionValue } from "@/lib/domain/target-date";
import { formatDay, isoDate } from "@/lib/domain/target-date";
import { foldText } from "@/lib/domain/fold";
import { timelineBucket, type TimelineBucket } from "@/lib/domain/chart-series";
import type { HistoryCursor } from "@/lib/validation/history-cursor";
import { wordAsWritten } from "@/lib/domain/search-snippet";
import { searchTerms, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import type { CommitmentCreateInput, CommitmentEditInput } from "@/lib/validation/commitment";
import type { BulkStatusUpdateInput, StatusUpdateInput } from "@/lib/validation/status-update";
import { auditInsertSql, recordAudit } from "./audit";
import {
  commitmentDetailSelect,
  commitmentListQueries,
  searchTermFoundSql,
  similarWordSql,
  type CommitmentListRow,
  type CommitmentPage,
} from "./commitment-queries";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { countNewer, historyPage, olderThan, STATUS_HISTORY_PAGE_SIZE, type HistoryPage } from "./history-window";
import { responsiblePartiesAmong } from "./milestones";
import { assessedPartiesAmong } from "./party-assessments";

export type { CommitmentListRow, CommitmentPage };

/** One page of commitments matching the list's filters, with the total for pagination. */
export async function listCommitments(actor: Actor | null, filters: CommitmentFilters): Promise<CommitmentPage> {
  assertCan(actor, "commitment:read");
  const queries = commitmentListQueries(filters);
  const [rows, counts] = await Promise.all([db.$queryRaw<CommitmentListRow[]>(queries.rows), db.$queryRaw<{ total: bigint }[]>(queries.count)]);
  const total = Number(counts[0]?.total ?? 0);
  return {
    rows,
    total,
    page: filters.page,
    pageSize: filters.pageSize,
    pageCount: Math.max(1, Math.ceil(total / filters.pageSize)),
  };
}

/**
 * For a search that found nothing: the same search with each word that occurs nowhere (of three
 * letters or more) replaced by the closest word in the commitments' text, if that finds something
 * under the same filters; otherwise null. Runs only when asked, so only on an empty result.
 */
export async function suggestSearch(actor: Actor | null, filters: CommitmentFilters): Promise<{ q: string; total: number } | null> {
  assertCan(actor, "commitment:read");
  const terms = searchTerms(filters.q);
  let changed = false;
  const corrected: string[] = [];
  for (const term of terms) {
    const [{ found }] = await db.$queryRaw<{ found: boolean }[]>(searchTermFoundSql(term));
    const [similar] = found || foldText(term).length < 3 ? [] : await db.$queryRaw<{ word: string; text: string }[]>(similarWordSql(term));
    corrected.push(similar ? wordAsWritten(similar.text, similar.word) : term);
    changed ||= !!similar;
  }
  if (!changed) return null;
  const q = corrected.join(" ");
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>(commitmentListQueries({ ...filters, q, page: 1 }).count);
  return total > 0 ? { q, total: Number(total) } : null;
}

export type CommitmentDetail = Prisma.CommitmentGetPayload<{ select: typeof commitmentDetailSelect }>;

/** A commitment with its meeting and parties (its histories: listStatusHistory, listPartyHistories, getStatusTimeline). */
export async function getCommitment(actor: Actor | null, id: string): Promise<CommitmentDetail | null> {
  assertCan(actor, "commitment:read");
  if (!isUuid(id)) return null;
  return db.commitment.findUnique({ where: { id }, select: commitmentDetailSelect });
}

/** A status update as the commitment's history shows it. */
export type StatusHistoryEntry = StatusMove & {
  obstacles: string | null;
  nextStep: string | null;
  author: { name: string; email: string } | null;
};

type StatusHistoryRow = Omit<StatusHistoryEntry, "author"> & { authorName: string | null; authorEmail: string | null };

/**
 * One page of a commitment's status history, newest first: the `pageSize` updates after `cursor`
 * (the newest without one), how many there are in all and before this page, and the next page's cursor.
 */
export async function listStatusHistory(
  actor: Actor | null,
  commitmentId: string,
  cursor: HistoryCursor | null = null,
  pageSize = STATUS_HISTORY_PAGE_SIZE,
): Promise<HistoryPage<StatusHistoryEntry>> {
  assertCan(actor, "commitment:read");
  if (!isUuid(commitmentId)) return historyPage([], pageSize, 0, 0);
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<StatusHistoryRow[]>`
      SELECT su.id, su.from_status AS "fromStatus", su.to_status AS "toStatus", su.from_progress AS "fromProgress", su.progress,
             su.effective_on AS "effectiveOn", su.recorded_at AS "recordedAt", su.rationale, su.obstacles, su.next_step AS "nextStep",
             su.evidence_urls AS "evidenceUrls", u.name AS "authorName", u.email AS "authorEmail"
      FROM status_updates su LEFT JOIN users u ON u.id = su.author_id
      WHERE su.commitment_id = ${commitmentId}::uuid ${olderThan("su", cursor)}
      ORDER BY su.effective_on DESC, su.recorded_at DESC, su.id DESC
      LIMIT ${pageSize + 1}`,
    db.$queryRaw<{ total: number; before: number }[]>`
      SELECT count(*)::int AS total, ${countNewer("su", cursor)}::int AS before
      FROM status_updates su WHERE su.commitment_id = ${commitmentId}::uuid`,
  ]);
  const entries = rows.map(({ authorName, authorEmail, ...row }) => ({
    ...row,
    author: authorName === null ? null : { name: authorName, email: authorEmail ?? "" },
  }));
  return historyPage(entries, pageSize, counts.total, counts.before);
}

/** What a commitment's timeline draws: its history read as `bucket` says, oldest first, and the number of updates. */
export type StatusTimeline = {
  bucket: TimelineBucket;
  total: number;
  points: { effectiveOn: Date; status: CommitmentStatusValue; progress: number; updates: number }[];
};

/**
 * A commitment's history for its timeline, in at most TIMELINE_MAX_POINTS points: every update of a
 * short history; of a long one, the last update of each day, week, month or year (timelineBucket),
 * with how many updates the period had, grouped in SQL. The last of each period is found by stepping
 * back through the history's index, one probe a period (the newest update before the period's
 * start), and the counts from the index alone: a window over every update sorted all 10,000 of the
 * benchmark's long history, and took nearly three times as long (issue 15).
 */
export async function getStatusTimeline(actor: Actor | null, commitmentId: string): Promise<StatusTimeline> {
  assertCan(actor, "commitment:read");
  if (!isUuid(commitmentId)) return { bucket: "update", total: 0, points: [] };
  const [span] = await db.$queryRaw<{ total: number; days: number | null }[]>`
    SELECT count(*)::int AS total, max(effective_on) - min(effective_on) AS days
    FROM status_updates WHERE commitment_id = ${commitmentId}::uuid`;
  const bucket = timelineBucket(span.total, span.days ?? 0);
  const points =
    bucket === "update"
      ? await db.$queryRaw<StatusTimeline["points"]>`
          SELECT effective_on AS "effectiveOn", to_status AS status, progress, 1 AS updates
          FROM status_updates WHERE commitment_id = ${commitmentId}::uuid
          ORDER BY effective_on, recorded_at, id`
      : await db.$queryRaw<StatusTimeline["points"]>`
          WITH RECURSIVE last_of_period AS (
            (SELECT su.effective_on, su.to_status, su.progress FROM status_updates su
             WHERE su.commitment_id = ${commitmentId}::uuid
             ORDER BY su.effective_on DESC, su.recorded_at DESC, su.id DESC LIMIT 1)
            UNION ALL
            SELECT older.* FROM last_of_period l CROSS JOIN LATERAL (
              SELECT su.effective_on, su.to_status, su.progress FROM status_updates su
              WHERE su.commitment_id = ${commitmentId}::uuid
                AND su.effective_on < date_trunc(${bucket}, l.effective_on::timestamp)::date
              ORDER BY su.effective_on DESC, su.recorded_at DESC, su.id DESC LIMIT 1) older
          ),
          counts AS (
            SELECT date_trunc(${bucket}, effective_on::timestamp) AS period, count(*) AS updates
            FROM status_updates WHERE commitment_id = ${commitmentId}::uuid GROUP BY 1
          )
          SELECT l.effective_on AS "effectiveOn", l.to_status AS status, l.progress, c.updates
          FROM last_of_period l JOIN counts c ON c.period = date_trunc(${bucket}, l.effective_on::timestamp)
          ORDER BY l.effective_on`;
  return { bucket, total: span.total, points: points.map((p) => ({ ...p, updates: Number(p.updates) })) };
}

/** Whether a commitment with this id exists: the pages' 404, decided before their loading state streams. */
export async function commitmentExists(actor: Actor | null, id: string): Promise<boolean> {
  assertCan(actor, "commitment:read");
  if (!isUuid(id)) return false;
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM commitments WHERE id = ${id}::uuid`;
  return rows.length > 0;
}

export type CommitmentState = {
  status: CommitmentStatusValue;
  progress: number;
  statusEffectiveOn: Date;
  lastUpdatedAt: Date;
  version: number;
  lastAuthor: string | null;
};

async function currentState(id: string): Promise<CommitmentState> {
  const row = await db.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      progress: true,
      statusEffectiveOn: true,
      lastUpdatedAt: true,
      version: true,
      statusUpdates: {
        orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
        take: 1,
        select: { author: { select: { name: true } } },
      },
    },
  });
  const { statusUpdates, ...state } = row;
  return { ...state, lastAuthor: statusUpdates[0]?.author?.name ?? null };
}

/** What one status update needs, whether it comes alone or in a batch. */
type StatusUpdateFields = Omit<StatusUpdateInput, "requestId"> & { requestId: string | null };

/** Why a status update was not recorded; nothing was written for it. */
type StatusUpdateRefusal = { kind: "missing" } | { kind: "stale" } | { kind: "too-early"; currentSince: Date };

function tooEarlyMessage(currentSince: Date): string {
  return `The current status took effect on ${formatDay(currentSince)}; a new update cannot take effect earlier.`;
}

/** The row a status update's statement returns: the commitment as it stood, and whether it moved. */
type StatusUpdateRow = { status: CommitmentStatusValue; progress: number; version: number; statusEffectiveOn: Date; moved: boolean };

/**
 * One status update as one statement: the version check, the date order, the current state, the
 * history row and its audit event. Alone it needs no transaction of its own (a statement is atomic),
 * and the rows of the roll-ups that every save moves (status_counts, status_deltas, dashboard_deltas,
 * by their triggers) stay locked only while it runs, not across round trips to the app: under twenty
 * concurrent analysts that wait was most of a save (issue 15). Exported for the benchmark, which
 * times this statement directly. It returns no row when the commitment does not exist.
 */
export function statusUpdateStatement(
  actor: Actor,
  input: StatusUpdateFields,
  batch?: { requestId: string | null; size: number },
): { statement: Prisma.Sql; statusUpdateId: string } {
  const statusUpdateId = randomUUID();
  const audit = auditInsertSql(
    actor,
    {
      action: "commitment.status-update",
      entityType: "commitment",
      entityId: input.commitmentId,
      after: {
        status: input.status,
        progress: input.progress,
        // The version the guard matched, moved on by one.
        version: input.version + 1,
        effectiveOn: input.effectiveOn,
        statusUpdateId,
        ...(batch ? { batch } : {}),
      },
    },
    Prisma.sql`jsonb_build_object('status', before.status, 'progress', before.progress, 'version', before.version)`,
    Prisma.sql`before, history`,
  );
  // "before" is the commitment as it stands. The UPDATE's WHERE clause is the guard: of two saves from
  // the same version, the second waits for the first's row lock, then matches nothing. The history row
  // and the audit event are written only when the commitment moved. Raw SQL: a save is the app's
  // hottest write, and Prisma's query interpreter cost more than the statement.
  const statement = Prisma.sql`
    WITH before AS (
      SELECT status, progress, version, status_effective_on FROM commitments WHERE id = ${input.commitmentId}::uuid
    ), moved AS (
      UPDATE commitments c
      SET status = ${input.status}::"CommitmentStatus", progress = ${input.progress}, status_effective_on = ${input.effectiveOn}::date,
          last_updated_at = now(), updated_at = now(), version = c.version + 1
      FROM before
      WHERE c.id = ${input.commitmentId}::uuid AND c.version = ${input.version} AND before.status_effective_on <= ${input.effectiveOn}::date
      RETURNING c.id
    ), history AS (
      INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, rationale,
                                  obstacles, next_step, evidence_urls, author_id, client_request_id)
      SELECT ${statusUpdateId}::uuid, moved.id, before.status, ${input.status}::"CommitmentStatus", before.progress, ${input.progress},
             ${input.effectiveOn}::date, ${input.rationale}, ${input.obstacles ?? null}, ${input.nextStep ?? null},
             ${input.evidenceUrls}::text[], ${actor.id}::uuid, ${input.requestId}::uuid
      FROM before, moved
      RETURNING id
    ), audit AS (${audit})
    SELECT status, progress, version, status_effective_on AS "statusEffectiveOn", EXISTS (SELECT 1 FROM moved) AS moved FROM before`;
  return { statement, statusUpdateId };
}

/**
 * One status update (statusUpdateStatement), alone or inside a batch's transaction. A refusal writes
 * nothing and is returned, so a batch can name every refused commitment before it rolls back.
 */
async function recordStatusUpdate(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  actor: Actor,
  input: StatusUpdateFields,
  batch?: { requestId: string | null; size: number },
): Promise<{ recorded: { statusUpdateId: string; version: number } } | { refused: StatusUpdateRefusal }> {
  const { statement, statusUpdateId } = statusUpdateStatement(actor, input, batch);
  const [before] = await client.$queryRaw<StatusUpdateRow[]>(statement);
  if (!before) return { refused: { kind: "missing" } };
  if (!before.moved) {
    const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
    if (before.version === input.version && effectiveOn < before.statusEffectiveOn) {
      return { refused: { kind: "too-early", currentSince: before.statusEffectiveOn } };
    }
    return { refused: { kind: "stale" } };
  }
  return { recorded: { statusUpdateId, version: input.version + 1 } };
}

/** A ConflictError or a unique violation: what a resubmitted form meets when its first submission was recorded. */
function mayBeReplay(error: unknown): boolean {
  return error instanceof ConflictError || isUniqueViolation(error);
}

/**
 * Records a status change: the history row, the commitment's current status and the audit event in
 * one statement. Refused with a ConflictError when the commitment was saved since `input.version`.
 */
export async function updateCommitmentStatus(actor: Actor | null, input: StatusUpdateInput): Promise<{ statusUpdateId: string; version: number; replayed: boolean }> {
  assertCan(actor, "commitment:update-status");
  // A form submitted again after its answer was lost (network failure, server crash) finds its
  // update already recorded: it is acknowledged again, not recorded twice. Only a failed save needs
  // to ask — the first save moved the version (a conflict) or holds the request id (a unique
  // violation) — so a normal save pays nothing for it.
  const replay = async () => {
    if (!input.requestId) return null;
    const recorded = await db.statusUpdate.findUnique({ where: { clientRequestId: input.requestId }, select: { id: true, commitmentId: true, commitment: { select: { version: true } } } });
    if (!recorded) return null;
    if (recorded.commitmentId !== input.commitmentId) throw new ValidationError("Reload the page: this form was already used for another commitment.");
    return { statusUpdateId: recorded.id, version: recorded.commitment.version, replayed: true };
  };
  // One statement, so no transaction: see recordStatusUpdate.
  const save = async () => {
    const result = await recordStatusUpdate(db, actor, input);
    if ("recorded" in result) return { ...result.recorded, replayed: false };
    const refusal = result.refused;
    if (refusal.kind === "missing") throw new NotFoundError("The commitment");
    if (refusal.kind === "too-early") {
      throw new ValidationError("Updates are recorded in the order they took effect.", { effectiveOn: [tooEarlyMessage(refusal.currentSince)] });
    }
    throw new ConflictError("conflict", null);
  };
  return save().catch(async (error) => {
    // The same submission again: it finds the version moved (or meets the first one's request id)
    // because the first one recorded it — that is not a conflict with anyone else.
    if (mayBeReplay(error)) {
      const recorded = await replay();
      if (recorded) return recorded;
    }
    if (error instanceof ConflictError) {
      const current = await currentState(input.commitmentId);
      throw new ConflictError(
        "Someone else saved this commitment after you opened it. Nothing was overwritten: review the newer state below, then save again if your update still applies.",
        current,
      );
    }
    throw error;
  });
}

/** A commitment a batch could not record, by title, and why. */
export type BulkStatusConflict = { commitmentId: string; title: string; reason: string };

const BULK_REFUSAL_REASONS: Record<Exclude<StatusUpdateRefusal["kind"], "too-early">, string> = {
  missing: "It no longer exists.",
  stale: "Someone else saved it after you opened the list.",
};

/**
 * The request id of one commitment's row in a batch: derived from the form's id, so a resubmitted
 * batch meets its own rows (a UUID, version 8, as the column holds one id per history row).
 */
function bulkRowRequestId(formId: string, commitmentId: string): string {
  const hex = createHash("sha256").update(`${formId}/${commitmentId}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Records the same status update for several commitments in one transaction, each with its own
 * version check, history row and audit event. If any commitment is refused (saved since, gone, or
 * its current status took effect after the new date), nothing is written and a ConflictError
 * carries every refused commitment by title.
 */
export async function updateCommitmentStatuses(
  actor: Actor | null,
  input: BulkStatusUpdateInput,
): Promise<{ count: number; replayed: boolean }> {
  assertCan(actor, "commitment:update-status");
  const { items, requestId, ...fields } = input;
  const rowRequestId = (commitmentId: string) => (requestId ? bulkRowRequestId(requestId, commitmentId) : null);
  const replay = async () => {
    if (!requestId) return null;
    const recorded = await db.statusUpdate.count({ where: { clientRequestId: { in: items.map((item) => rowRequestId(item.commitmentId)!) } } });
    return recorded === items.length ? { count: items.length, replayed: true } : null;
  };
  return db
    .$transaction(async (tx) => {
      // Every selected row is locked first, in id order, before any history row is written: the
      // roll-up rows the history's triggers update are shared, so a batch that locked its
      // commitments one by one could wait for a single save holding one of them while that save
      // waits for a roll-up row the batch already holds.
      const ids = items.map((item) => item.commitmentId);
      await tx.$queryRaw`SELECT id FROM commitments WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
      const refused: { commitmentId: string; refusal: StatusUpdateRefusal }[] = [];
      for (const item of items) {
        const result = await recordStatusUpdate(
          tx,
          actor,
          // No obstacles or next step: those are one commitment's own, not a batch's.
          { ...fields, ...item, obstacles: null, nextStep: null, requestId: rowRequestId(item.commitmentId) },
          { requestId, size: items.length },
        );
        if ("refused" in result) refused.push({ commitmentId: item.commitmentId, refusal: result.refused });
      }
      if (refused.length) throw new ConflictError("conflict", refused);
      return { count: items.length, replayed: false };
    })
    .catch(async (error) => {
      if (mayBeReplay(error)) {
        const recorded = await replay();
        if (recorded) return recorded;
      }
      if (error instanceof ConflictError) {
        const refused = error.current as { commitmentId: string; refusal: StatusUpdateRefusal }[];
        const titles = new Map(
          (await db.commitment.findMany({ where: { id: { in: refused.map((r) => r.commitmentId) } }, select: { id: true, title: true } })).map(
            (c) => [c.id, c.title],
          ),
        );
        const conflicts: BulkStatusConflict[] = refused.map(({ commitmentId, refusal }) => ({
          commitmentId,
          title: titles.get(commitmentId) ?? "A removed commitment",
          reason: refusal.kind === "too-early" ? tooEarlyMessage(refusal.currentSince) : BULK_REFUSAL_REASONS[refusal.kind],
        }));
        const n = conflicts.length;
        throw new ConflictError(
          `Nothing was recorded: ${n === 1 ? "1 commitment" : `${n} commitments`} of ${items.length} could not take this update. Review ${n === 1 ? "it" : "them"} below, then save again.`,
          conflicts,
        );
      }
      throw error;
    });
}

type CommitmentFieldsInput = CommitmentCreateInput | CommitmentEditInput;

/** Checks the meeting and parties a commitment refers to; returns what the write needs from the meeting. */
async function loadReferences(tx: Prisma.TransactionClient, input: CommitmentFieldsInput) {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { heldOn: true, sourceText: true } });
  if (!meeting) throw new ValidationError("Unknown meeting.", { meetingId: ["That meeting does not exist."] });
  const found = await tx.party.count({ where: { id: { in: input.partyIds } } });
  if (found !== input.partyIds.length) throw new ValidationError("Unknown party.", { partyIds: ["One of the chosen parties does not exist."] });
  return meeting;
}

/**
 * The columns a commitment's form sets. The source span is where the quote sits in the readout
 * (`locateQuote`'s rule, near `knownStart`: where an edited commitment's quote was).
 */
function describingFields(input: CommitmentFieldsInput, sourceText: string | null, knownStart: number | null = null) {
  const span = locateQuote(sourceText, input.sourceQuote, knownStart);
  return {
    meetingId: input.meetingId,
    title: input.title,
    description: input.description,
    category: input.category,
    sourceQuote: input.sourceQuote,
    sourceStart: span?.start ?? null,
    sourceEnd: span?.end ?? null,
    targetDate: input.targetDate,
    targetPrecision: input.targetPrecision,
  };
}

function auditable(input: CommitmentFieldsInput) {
  return { ...input, targetDate: input.targetDate && isoDate(input.targetDate) };
}

/** Turns the (meeting, title) unique violation into a message on the title field. */
async function refusingDuplicateTitles<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ValidationError("Duplicate title.", { title: ["This meeting already has a commitment with this title."] });
    throw error;
  }
}

type NewCommitmentColumns = {
  meetingId: string;
  title: string;
  description?: string | null;
  category: string;
  sourceQuote: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  targetDate: Date | null;
  targetPrecision: TargetPrecisionValue;
};

/**
 * Inserts a commitment, "Not yet assessed" as of its meeting's date, with its parties, its first
 * history row and its audit event, inside the caller's transaction. Every way of logging a pledge
 * (the form, accepted candidates) goes through here.
 */
export async function insertNewCommitment(
  tx: Prisma.TransactionClient,
  actor: Actor,
  columns: NewCommitmentColumns,
  options: { partyIds: string[]; heldOn: Date; rationale: string; audit: Record<string, unknown> },
): Promise<{ id: string }> {
  const commitment = await tx.commitment.create({
    data: {
      ...columns,
      statusEffectiveOn: options.heldOn,
      createdById: actor.id,
      parties: { create: options.partyIds.map((partyId) => ({ partyId })) },
      statusUpdates: {
        create: { toStatus: "NOT_YET_ASSESSED", progress: 0, effectiveOn: options.heldOn, rationale: options.rationale, evidenceUrls: [], authorId: actor.id },
      },
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, { action: "commitment.create", entityType: "commitment", entityId: commitment.id, after: options.audit });
  return commitment;
}

/** Creates a commitment with status "Not yet assessed" and its first history row, as of the meeting date. */
export async function createCommitment(actor: Actor | null, input: CommitmentCreateInput): Promise<{ id: string }> {
  assertCan(actor, "commitment:create");
  return refusingDuplicateTitles(() =>
    db.$transaction(async (tx) => {
      const meeting = await loadReferences(tx, input);
      return insertNewCommitment(tx, actor, describingFields(input, meeting.sourceText), {
        partyIds: input.partyIds,
        heldOn: meeting.heldOn,
        rationale: "Logged from the meeting's readout.",
        audit: auditable(input),
      });
    }),
  );
}

/** Edits what describes a commitment (not its status), refusing when it was saved since `input.version`. */
export async function updateCommitment(actor: Actor | null, input: CommitmentEditInput): Promise<{ id: string }> {
  assertCan(actor, "commitment:edit");
  return refusingDuplicateTitles(() =>
    db.$transaction(async (tx) => {
      const before = await tx.commitment.findUnique({
        where: { id: input.id },
        select: {
          meetingId: true,
          title: true,
          description: true,
          category: true,
          sourceQuote: true,
          sourceStart: true,
          targetDate: true,
          targetPrecision: true,
          version: true,
          parties: { select: { partyId: true } },
        },
      });
      if (!before) throw new NotFoundError("The commitment");
      const meeting = await loadReferences(tx, input);
      const { count } = await tx.commitment.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...describingFields(input, meeting.sourceText, before.meetingId === input.meetingId ? before.sourceStart : null), version: { increment: 1 } },
      });
      if (count !== 1)
        throw new ConflictError(
          "Someone else saved this commitment after you opened it. Nothing was overwritten: reload the page to see their changes, then edit again.",
          null,
        );
      // Only the parties that change: a party that stays keeps its own assessments and state.
      const kept = new Set(before.parties.map((p) => p.partyId));
      const removed = [...kept].filter((partyId) => !input.partyIds.includes(partyId));
      const assessed = await assessedPartiesAmong(tx, input.id, removed);
      if (assessed.length) {
        const message = `${assessed.join(" and ")} ${assessed.length === 1 ? "has its own assessments" : "have their own assessments"} on this commitment, so ${assessed.length === 1 ? "it stays a party" : "they stay parties"}. Nothing was saved.`;
        throw new ValidationError(message, { partyIds: [message] });
      }
      const responsible = await responsiblePartiesAmong(tx, input.id, removed);
      if (responsible.length) {
        const message = `${responsible.join(" and ")} ${responsible.length === 1 ? "is" : "are"} responsible for milestones of this commitment, so ${responsible.length === 1 ? "it stays a party" : "they stay parties"}. Change those milestones first. Nothing was saved.`;
        throw new ValidationError(message, { partyIds: [message] });
      }
      await tx.commitmentParty.deleteMany({ where: { commitmentId: input.id, partyId: { in: removed } } });
      await tx.commitmentParty.createMany({
        data: input.partyIds.filter((partyId) => !kept.has(partyId)).map((partyId) => ({ commitmentId: input.id, partyId })),
      });
      const { parties, sourceStart: _sourceStart, ...beforeFields } = before;
      await recordAudit(tx, actor, {
        action: "commitment.edit",
        entityType: "commitment",
        entityId: input.id,
        before: { ...beforeFields, targetDate: before.targetDate && isoDate(before.targetDate), partyIds: parties.map((p) => p.partyId) },
        after: auditable(input),
      });
      return { id: input.id };
    }),
  );
}
