import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import {
  commitmentRecord,
  indicatorRecord,
  milestoneRecords,
  type CommitmentExportRow,
  type HistoryExportRow,
  type IndicatorRecord,
  type MilestoneData,
  type PartyStatusRecord,
} from "@/lib/domain/commitment-exchange";
import { planImportRows, type ImportPlan, type PlannedRow, type StoredCommitment } from "@/lib/domain/import-plan";
import { isoDate } from "@/lib/domain/target-date";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { readImportFile, type ImportIssue, type ImportRow } from "@/lib/validation/commitment-import";
import { commitmentFilterSql } from "./commitment-queries";
import { recordAudit, recordAudits } from "./audit";
import { ConflictError } from "./errors";

type Tx = Prisma.TransactionClient;
type ExportFilters = Pick<
  CommitmentFilters,
  "q" | "statuses" | "categories" | "parties" | "meeting" | "reaffirmed" | "overdue" | "staleDays" | "noUpdateSince" | "targetFrom" | "targetTo"
>;

/** Each party's own state on commitment `c` as a JSON array (the export's party_statuses, and what an import compares). */
function partyStatesSql(condition: Prisma.Sql, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('party', p.name, 'status', cp.status, 'progress', cp.progress,
             'effective_on', to_char(cp.status_effective_on, 'YYYY-MM-DD'), 'responsible_body', cp.responsible_body ${extra}) ORDER BY p.name)
    FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.commitment_id = c.id ${condition}), '[]'::json)`;
}

/**
 * Commitment `c`'s milestones as a JSON array (the export's milestones, and what an import compares):
 * due dates as stored (the period's last day), the responsible party by name. commitmentRecord puts
 * them in the export's order and form.
 */
function milestonesSql(extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('title', ms.title, 'due_precision', ms.due_precision, 'due_date', to_char(ms.due_date, 'YYYY-MM-DD'),
             'done_on', to_char(ms.done_on, 'YYYY-MM-DD'), 'evidence_url', ms.evidence_url, 'responsible_party', p.name ${extra})
             ORDER BY ms.due_date NULLS LAST, ms.title, ms.id)
    FROM milestones ms LEFT JOIN parties p ON p.id = ms.responsible_party_id WHERE ms.commitment_id = c.id), '[]'::json)`;
}

/**
 * Commitment `c`'s indicator as a JSON object, or null: decimals as NUMERIC's exact text ("5.600000",
 * made canonical by indicatorRecord), its measurements in the order they were measured, then recorded.
 */
function indicatorSql(extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`(
    SELECT json_build_object('name', i.name, 'unit', i.unit, 'direction', i.direction, 'baseline_value', i.baseline_value::text,
             'baseline_on', to_char(i.baseline_on, 'YYYY-MM-DD'), 'target_value', i.target_value::text, 'target_on', to_char(i.target_on, 'YYYY-MM-DD'),
             'measurements', COALESCE((
               SELECT json_agg(json_build_object('value', im.value::text, 'measured_on', to_char(im.measured_on, 'YYYY-MM-DD'),
                        'source_url', im.source_url, 'note', im.note) ORDER BY im.measured_on, im.recorded_at, im.id)
               FROM indicator_measurements im WHERE im.indicator_id = i.id), '[]'::json) ${extra})
    FROM indicators i WHERE i.commitment_id = c.id)`;
}

/**
 * Commitment `c`'s latest status update (the one that set its current status) as `latest`, for its
 * obstacles and next step: the export's, and what an import compares.
 */
const CURRENT_STATUS_UPDATE_JOIN = Prisma.sql`LEFT JOIN LATERAL (
      SELECT su.obstacles, su.next_step FROM status_updates su WHERE su.commitment_id = c.id
      ORDER BY su.effective_on DESC, su.recorded_at DESC, su.id DESC LIMIT 1) latest ON TRUE`;

function exportSelect(filters: ExportFilters, afterId: string | null, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, m.slug AS "meetingSlug", m.title AS "meetingTitle", m.kind AS "meetingKind", m.held_on AS "meetingHeldOn",
           c.title, c.description, c.category,
           COALESCE((SELECT array_agg(p.name ORDER BY p.name) FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id
                     WHERE cp.commitment_id = c.id), '{}') AS parties,
           c.status::text AS status, c.progress, c.status_effective_on AS "statusEffectiveOn",
           latest.obstacles, latest.next_step AS "nextStep",
           c.target_precision::text AS "targetPrecision", c.target_date AS "targetDate",
           c.source_quote AS "sourceQuote", c.source_start AS "sourceStart", c.source_end AS "sourceEnd",
           ${partyStatesSql(Prisma.sql`AND cp.status_effective_on IS NOT NULL`)} AS "partyStatuses",
           ${milestonesSql()} AS milestones, ${indicatorSql()} AS indicator
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id ${CURRENT_STATUS_UPDATE_JOIN}
    WHERE ${commitmentFilterSql(filters)} ${afterId ? Prisma.sql`AND c.id > ${afterId}::uuid` : Prisma.empty}
    ORDER BY c.id LIMIT ${limit}`;
}

/**
 * The commitments matching the list's filters, in batches ordered by id (keyset: each batch is one
 * index range, so a 100,000-row export never holds more than a batch).
 */
export async function* commitmentExportBatches(actor: Actor | null, filters: ExportFilters, batchSize = 1000): AsyncGenerator<CommitmentExportRow[]> {
  assertCan(actor, "commitment:export");
  let afterId: string | null = null;
  for (;;) {
    const rows: CommitmentExportRow[] = await db.$queryRaw<CommitmentExportRow[]>(exportSelect(filters, afterId, batchSize));
    if (!rows.length) return;
    yield rows;
    afterId = rows[rows.length - 1].id;
  }
}

/** The full status history of the commitments matching the filters, commitment by commitment, oldest update first. */
export async function* historyExportBatches(actor: Actor | null, filters: ExportFilters, commitmentsPerBatch = 500): AsyncGenerator<HistoryExportRow[]> {
  assertCan(actor, "commitment:export");
  let afterId: string | null = null;
  for (;;) {
    const ids: { id: string }[] = await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM commitments c WHERE ${commitmentFilterSql(filters)} ${afterId ? Prisma.sql`AND c.id > ${afterId}::uuid` : Prisma.empty}
      ORDER BY c.id LIMIT ${commitmentsPerBatch}`;
    if (!ids.length) return;
    const rows = await db.$queryRaw<HistoryExportRow[]>`
      SELECT su.id, su.commitment_id AS "commitmentId", c.title AS "commitmentTitle", m.slug AS "meetingSlug",
             su.effective_on AS "effectiveOn", su.recorded_at AS "recordedAt", su.from_status::text AS "fromStatus",
             su.to_status::text AS "toStatus", su.from_progress AS "fromProgress", su.progress, su.rationale,
             su.obstacles, su.next_step AS "nextStep", su.evidence_urls AS "evidenceUrls", u.email AS "authorEmail"
      FROM status_updates su JOIN commitments c ON c.id = su.commitment_id JOIN meetings m ON m.id = c.meeting_id
      LEFT JOIN users u ON u.id = su.author_id
      WHERE su.commitment_id = ANY(${ids.map((r) => r.id)}::uuid[])
      ORDER BY su.commitment_id, su.effective_on, su.recorded_at, su.id`;
    yield rows;
    afterId = ids[ids.length - 1].id;
  }
}

export type { ImportPlan };

export type ImportSummary = {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  newMeetings: string[];
  newParties: string[];
  /** Rows whose quote offsets were left out (their meeting has no readout to check them against). */
  offsetsDropped: number[];
  /** Rows without offsets whose quote was found in their meeting's readout. */
  offsetsFound: number[];
  issues: ImportIssue[];
  issueCount: number;
};

const MAX_ISSUES_SHOWN = 500;

/** Reads what the file's rows refer to (meetings, parties, the commitments they name), then plans; writes nothing. */
async function planImport(tx: Tx, rows: ImportRow[], issues: ImportIssue[]): Promise<ImportPlan> {
  if (!rows.length) return planImportRows([], { meetings: new Map(), parties: new Map(), commitments: [] }, issues);
  const slugs = [...new Set(rows.map((r) => r.meeting.slug))];
  const meetings = await tx.meeting.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, heldOn: true, sourceText: true } });
  const names = [...new Set(rows.flatMap((r) => r.parties))];
  const parties = await tx.party.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
  const commitments = await tx.$queryRaw<StoredCommitment[]>`
    SELECT c.id, c.meeting_id AS "meetingId", m.slug AS "meetingSlug", c.title, c.description, c.category,
           COALESCE((SELECT array_agg(p.name ORDER BY p.name) FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.commitment_id = c.id), '{}') AS parties,
           c.status::text AS status, c.progress, c.status_effective_on AS "statusEffectiveOn", c.target_precision::text AS "targetPrecision",
           latest.obstacles, latest.next_step AS "nextStep",
           c.target_date AS "targetDate", c.source_quote AS "sourceQuote", c.source_start AS "sourceStart", c.source_end AS "sourceEnd", c.version,
           ${partyStatesSql(Prisma.empty, Prisma.sql`, 'version', cp.version`)} AS "partyStates",
           ${milestonesSql(Prisma.sql`, 'id', ms.id, 'version', ms.version`)} AS milestones,
           ${indicatorSql(Prisma.sql`, 'id', i.id, 'version', i.version`)} AS indicator
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id ${CURRENT_STATUS_UPDATE_JOIN}
    WHERE c.id = ANY(${ids}::uuid[])
       OR (m.slug, c.title) IN (SELECT * FROM unnest(${rows.map((r) => r.meeting.slug)}::text[], ${rows.map((r) => r.title)}::text[]))`;
  // The stored indicator's decimals in the canonical text the file's are read into, so that they compare.
  for (const c of commitments) if (c.indicator) c.indicator = { ...indicatorRecord(c.indicator)!, id: c.indicator.id, version: c.indicator.version };
  return planImportRows(rows, { meetings: new Map(meetings.map((m) => [m.slug, m])), parties: new Map(parties.map((p) => [p.name, p.id])), commitments }, issues);
}

function summarize(plan: ImportPlan, total: number): ImportSummary {
  const sorted = [...plan.issues].sort((a, b) => a.row - b.row);
  return {
    rows: total,
    creates: plan.rows.filter((r) => r.action === "create").length,
    updates: plan.rows.filter((r) => r.action === "update").length,
    unchanged: plan.rows.filter((r) => r.action === "unchanged").length,
    newMeetings: plan.newMeetings.map((m) => m.slug),
    newParties: plan.newParties.map((p) => p.name),
    offsetsDropped: plan.offsetsDropped,
    offsetsFound: plan.offsetsFound,
    issues: sorted.slice(0, MAX_ISSUES_SHOWN),
    issueCount: sorted.length,
  };
}

/**
 * What importing a file would do, with every problem by row and column: a header problem does not
 * hide the rows' own problems, and the rows that can be read are planned too. Writes nothing.
 */
export async function previewImport(actor: Actor | null, text: string): Promise<ImportSummary> {
  assertCan(actor, "commitment:import");
  const parsed = readImportFile(text);
  const plan = await planImport(db, parsed.rows, [...parsed.issues]);
  return summarize(plan, parsed.total);
}

export class ImportRejectedError extends Error {
  constructor(readonly summary: ImportSummary) {
    super(`The file has ${summary.issueCount} problem${summary.issueCount === 1 ? "" : "s"}; nothing was imported.`);
  }
}

const IMPORT_RATIONALE = "Imported from a file.";

/**
 * Imports a file: checks every row again inside one transaction and writes all rows or none.
 * Rows identical to what is stored change nothing, so importing the same file twice is harmless.
 */
export async function importCommitments(actor: Actor | null, text: string, fileName: string): Promise<ImportSummary> {
  assertCan(actor, "commitment:import");
  const parsed = readImportFile(text);
  if (parsed.issues.length) {
    const summary = summarize({ issues: parsed.issues, rows: [], newMeetings: [], newParties: [], offsetsDropped: [], offsetsFound: [] }, parsed.total);
    throw new ImportRejectedError(summary);
  }
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planImport(tx, parsed.rows, []);
        const summary = summarize(plan, parsed.rows.length);
        if (plan.issues.length) throw new ImportRejectedError(summary);
        // A file that matches what is stored writes nothing at all, not even its audit summary.
        if (!summary.creates && !summary.updates) return summary;
        await writePlan(tx, actor, plan);
        await recordAudit(tx, actor, {
          action: "commitment.import",
          entityType: "import",
          after: { fileName, rows: summary.rows, creates: summary.creates, updates: summary.updates, unchanged: summary.unchanged, newMeetings: summary.newMeetings, newParties: summary.newParties },
        });
        return summary;
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError("Someone created a meeting, party or commitment with the same name while the file was importing. Nothing was imported; import it again.", null);
    throw error;
  }
}

const CHUNK = 1000;
async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

/** What an imported row sets on a commitment besides its status. */
function describingColumns(r: PlannedRow) {
  return {
    meetingId: r.meetingId,
    title: r.title,
    description: r.description,
    category: r.category,
    sourceQuote: r.sourceQuote,
    sourceStart: r.sourceStart,
    sourceEnd: r.sourceEnd,
    targetDate: r.targetDate,
    targetPrecision: r.targetPrecision,
  };
}

async function writePlan(tx: Tx, actor: Actor, plan: ImportPlan) {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  await inChunks(plan.newMeetings, (chunk) => tx.meeting.createMany({ data: chunk.map((m) => ({ ...m, heldOn: day(m.heldOn) })) }));
  await inChunks(plan.newParties, (chunk) => tx.party.createMany({ data: chunk.map((p) => ({ ...p, kind: "STATE" as const })) }));
  const partyIds = new Map((await tx.party.findMany({ where: { name: { in: [...new Set(plan.rows.flatMap((r) => r.parties))] } }, select: { id: true, name: true } })).map((p) => [p.name, p.id]));

  const creates = plan.rows.filter((r) => r.action === "create");
  const now = new Date();
  await inChunks(creates, (chunk) =>
    tx.commitment.createMany({
      data: chunk.map((r) => ({
        id: r.commitmentId,
        ...describingColumns(r),
        status: r.status,
        progress: r.progress,
        statusEffectiveOn: day(r.statusEffectiveOn),
        lastUpdatedAt: now,
        createdById: actor.id,
      })),
    }),
  );
  await inChunks(
    creates.flatMap((r) => r.parties.map((name) => ({ commitmentId: r.commitmentId, partyId: partyIds.get(name)! }))),
    (chunk) => tx.commitmentParty.createMany({ data: chunk }),
  );
  // History: "not yet assessed" from the meeting, then the imported status where it differs. Two
  // statements, so each commitment's rows take effect in order. The last row is the current status's:
  // it carries the row's obstacles and next step.
  const assessedLater = (r: PlannedRow) => r.status !== "NOT_YET_ASSESSED" || r.statusEffectiveOn !== r.meeting.heldOn;
  await inChunks(creates, (chunk) =>
    tx.statusUpdate.createMany({
      data: chunk.map((r) => ({
        commitmentId: r.commitmentId,
        toStatus: "NOT_YET_ASSESSED" as const,
        progress: 0,
        effectiveOn: day(assessedLater(r) ? r.meeting.heldOn : r.statusEffectiveOn),
        // A millisecond before the imported status, so that on the same day the order is unambiguous.
        recordedAt: new Date(now.getTime() - 1),
        rationale: IMPORT_RATIONALE,
        ...(assessedLater(r) ? {} : { obstacles: r.obstacles, nextStep: r.nextStep }),
        evidenceUrls: [],
        authorId: actor.id,
      })),
    }),
  );
  await inChunks(creates.filter(assessedLater), (chunk) =>
    tx.statusUpdate.createMany({
      data: chunk.map((r) => importedStatusUpdate(r, { status: "NOT_YET_ASSESSED", progress: 0 }, actor, now)),
    }),
  );
  await inChunks(creates, (chunk) =>
    recordAudits(
      tx,
      actor,
      chunk.map((r) => ({ action: "commitment.create", entityType: "commitment", entityId: r.commitmentId, after: { via: "import", ...importedRecord(r) } })),
    ),
  );

  // Updates: everything else first, the commitments' own rows last, so that an analyst's save of one
  // of them waits (on its row lock) only for the last few statements, not for the whole import.
  const updates = plan.rows.filter((row) => row.action === "update");
  // Only the parties that change: a party that stays keeps its own state and assessments (the plan
  // refused removing an assessed one).
  const partiesChanged = updates.filter((r) => r.partiesChanged);
  const removed = partiesChanged.flatMap((r) =>
    r.existing!.parties.filter((name) => !r.parties.includes(name)).map((name) => ({ commitmentId: r.commitmentId, name })),
  );
  const removedPartyIds = new Map(
    (await tx.party.findMany({ where: { name: { in: [...new Set(removed.map((x) => x.name))] } }, select: { id: true, name: true } })).map((p) => [p.name, p.id]),
  );
  await inChunks(
    partiesChanged.flatMap((r) =>
      r.parties.filter((name) => !r.existing!.parties.includes(name)).map((name) => ({ commitmentId: r.commitmentId, partyId: partyIds.get(name)! })),
    ),
    (chunk) => tx.commitmentParty.createMany({ data: chunk }),
  );
  await writePartyStatuses(tx, actor, [...creates, ...updates], partyIds, now);
  // Milestones before the parties leave: one the file moves to another party no longer holds the one leaving.
  await writeMilestones(tx, actor, [...creates, ...updates], partyIds, now);
  await writeIndicators(tx, actor, [...creates, ...updates], now);
  await inChunks(removed, (chunk) =>
    tx.commitmentParty.deleteMany({ where: { OR: chunk.map((x) => ({ commitmentId: x.commitmentId, partyId: removedPartyIds.get(x.name)! })) } }),
  );
  await inChunks(
    updates.filter((r) => r.statusChanged),
    (chunk) =>
      tx.statusUpdate.createMany({
        data: chunk.map((r) => importedStatusUpdate(r, { status: r.existing!.status as PlannedRow["status"], progress: r.existing!.progress }, actor, now)),
      }),
  );
  await inChunks(updates, (chunk) =>
    recordAudits(
      tx,
      actor,
      chunk.map((r) => {
        const { version: _version, partyStates, milestones, indicator, ...described } = r.existing!;
        return {
          action: "commitment.edit",
          entityType: "commitment",
          entityId: r.commitmentId,
          before: {
            ...described,
            partyStatuses: assessedStates(partyStates),
            milestones: milestoneRecords(milestones.map(milestoneData)),
            indicator: indicatorRecord(indicator && indicatorData(indicator)),
          },
          after: { via: "import", ...importedRecord(r) },
        };
      }),
    ),
  );
  await inChunks(updates, (chunk) => updateCommitmentsInBulk(tx, chunk, now));
}

/**
 * The parties' own statuses a file records: one assessment per changed party (from its stored state,
 * as the file's import rationale), then each party's state, guarded by the version the plan read.
 */
async function writePartyStatuses(tx: Tx, actor: Actor, rows: PlannedRow[], partyIds: Map<string, string>, now: Date) {
  const changes = rows.flatMap((r) => r.partyChanges.map((change) => ({ commitmentId: r.commitmentId, title: r.title, partyId: partyIds.get(change.party)!, ...change })));
  if (!changes.length) return;
  await inChunks(changes, (chunk) =>
    tx.partyAssessment.createMany({
      data: chunk.map((c) => ({
        commitmentId: c.commitmentId,
        partyId: c.partyId,
        fromStatus: c.from.status as PlannedRow["status"],
        toStatus: c.status,
        fromProgress: c.from.progress,
        progress: c.progress,
        effectiveOn: new Date(`${c.effective_on}T00:00:00Z`),
        recordedAt: now,
        rationale: IMPORT_RATIONALE,
        evidenceUrls: [],
        responsibleBody: c.responsible_body,
        authorId: actor.id,
      })),
    }),
  );
  await inChunks(changes, async (chunk) => {
    const column = <T,>(pick: (c: (typeof chunk)[number]) => T) => chunk.map(pick);
    const updated = await tx.$queryRaw<{ n: number }[]>`
      WITH u AS (
        UPDATE commitment_parties cp SET status = u.status::"CommitmentStatus", progress = u.progress, status_effective_on = u.effective_on,
               responsible_body = u.responsible_body, version = cp.version + 1
        FROM unnest(${column((c) => c.commitmentId)}::uuid[], ${column((c) => c.partyId)}::uuid[], ${column((c) => c.version)}::int[],
                    ${column((c) => c.status)}::text[], ${column((c) => c.progress)}::int[], ${column((c) => c.effective_on)}::date[],
                    ${column((c) => c.responsible_body)}::text[]) AS u(commitment_id, party_id, version, status, progress, effective_on, responsible_body)
        WHERE cp.commitment_id = u.commitment_id AND cp.party_id = u.party_id AND (u.version IS NULL OR cp.version = u.version)
        RETURNING 1)
      SELECT count(*)::int AS n FROM u`;
    if (updated[0].n !== chunk.length)
      throw new ConflictError("Someone assessed a party of one of these commitments while the file was importing. Nothing was imported; export again or import again.", null);
  });
}

/**
 * The milestones a file adds or changes. Added ones are created; changed ones are updated only if they
 * still have the version the plan read (the guard: a save in between stops the import, writing nothing).
 */
async function writeMilestones(tx: Tx, actor: Actor, rows: PlannedRow[], partyIds: Map<string, string>, now: Date) {
  const changes = rows.flatMap((r) => r.milestoneChanges.map((m) => ({ commitmentId: r.commitmentId, ...m })));
  const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const partyId = (name: string | null) => (name === null ? null : partyIds.get(name)!);
  await inChunks(
    changes.filter((m) => m.id === null),
    (chunk) =>
      tx.milestone.createMany({
        data: chunk.map((m) => ({
          commitmentId: m.commitmentId,
          title: m.title,
          duePrecision: m.due_precision,
          dueDate: day(m.due_date),
          doneOn: day(m.done_on),
          evidenceUrl: m.evidence_url,
          responsiblePartyId: partyId(m.responsible_party),
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        })),
      }),
  );
  await inChunks(
    changes.filter((m) => m.id !== null),
    async (chunk) => {
      const column = <T,>(pick: (m: (typeof chunk)[number]) => T) => chunk.map(pick);
      const updated = await tx.$queryRaw<{ n: number }[]>`
        WITH u AS (
          UPDATE milestones ms SET title = u.title, due_precision = u.due_precision::"TargetPrecision", due_date = u.due_date, done_on = u.done_on,
                 evidence_url = u.evidence_url, responsible_party_id = u.party_id, version = ms.version + 1, updated_at = ${now}
          FROM unnest(${column((m) => m.id)}::uuid[], ${column((m) => m.version)}::int[], ${column((m) => m.title)}::text[],
                      ${column((m) => m.due_precision)}::text[], ${column((m) => m.due_date)}::date[], ${column((m) => m.done_on)}::date[],
                      ${column((m) => m.evidence_url)}::text[], ${column((m) => partyId(m.responsible_party))}::uuid[])
               AS u(id, version, title, due_precision, due_date, done_on, evidence_url, party_id)
          WHERE ms.id = u.id AND ms.version = u.version
          RETURNING 1)
        SELECT count(*)::int AS n FROM u`;
      if (updated[0].n !== chunk.length)
        throw new ConflictError("Someone changed a milestone of one of these commitments while the file was importing. Nothing was imported; export again or import again.", null);
    },
  );
}

const INDICATOR_CONFLICT =
  "Someone set the indicator of one of these commitments while the file was importing. Nothing was imported; export again or import again.";

/**
 * The indicators a file creates or changes (each guarded: a new one must still be missing, a changed
 * one must still have the version the plan read), then the measurements it appends. Appended
 * measurements are recorded a millisecond apart in the file's order, so that two on one day keep it.
 */
async function writeIndicators(tx: Tx, actor: Actor, rows: PlannedRow[], now: Date) {
  const changes = rows.flatMap((r) => (r.indicatorChange ? [{ commitmentId: r.commitmentId, ...r.indicatorChange }] : []));
  if (!changes.length) return;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  await inChunks(
    changes.filter((c) => c.version === null),
    async (chunk) => {
      const { count } = await tx.indicator.createMany({
        data: chunk.map((c) => ({
          id: c.id,
          commitmentId: c.commitmentId,
          name: c.fields.name,
          unit: c.fields.unit,
          direction: c.fields.direction,
          baselineValue: c.fields.baseline_value,
          baselineOn: day(c.fields.baseline_on),
          targetValue: c.fields.target_value,
          targetOn: day(c.fields.target_on),
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        })),
        skipDuplicates: true,
      });
      if (count !== chunk.length) throw new ConflictError(INDICATOR_CONFLICT, null);
    },
  );
  await inChunks(
    changes.filter((c) => c.version !== null && c.fieldsChanged),
    async (chunk) => {
      const column = <T,>(pick: (c: (typeof chunk)[number]) => T) => chunk.map(pick);
      const updated = await tx.$queryRaw<{ n: number }[]>`
        WITH u AS (
          UPDATE indicators i SET name = u.name, unit = u.unit, direction = u.direction::"IndicatorDirection", baseline_value = u.baseline_value,
                 baseline_on = u.baseline_on, target_value = u.target_value, target_on = u.target_on, version = i.version + 1, updated_at = ${now}
          FROM unnest(${column((c) => c.id)}::uuid[], ${column((c) => c.version)}::int[], ${column((c) => c.fields.name)}::text[],
                      ${column((c) => c.fields.unit)}::text[], ${column((c) => c.fields.direction)}::text[], ${column((c) => c.fields.baseline_value)}::numeric[],
                      ${column((c) => c.fields.baseline_on)}::date[], ${column((c) => c.fields.target_value)}::numeric[], ${column((c) => c.fields.target_on)}::date[])
               AS u(id, version, name, unit, direction, baseline_value, baseline_on, target_value, target_on)
          WHERE i.id = u.id AND i.version = u.version
          RETURNING 1)
        SELECT count(*)::int AS n FROM u`;
      if (updated[0].n !== chunk.length) throw new ConflictError(INDICATOR_CONFLICT, null);
    },
  );
  const measurements = changes.flatMap((c) => c.newMeasurements.map((m) => ({ indicatorId: c.id, ...m })));
  await inChunks(
    measurements.map((m, i) => ({ ...m, recordedAt: new Date(now.getTime() - (measurements.length - i)) })),
    (chunk) =>
      tx.indicatorMeasurement.createMany({
        data: chunk.map((m) => ({
          indicatorId: m.indicatorId,
          value: m.value,
          measuredOn: day(m.measured_on),
          sourceUrl: m.source_url,
          note: m.note,
          recordedAt: m.recordedAt,
          authorId: actor.id,
        })),
      }),
  );
}

/** The history row of an imported status, moving from `from`. */
function importedStatusUpdate(r: PlannedRow, from: { status: PlannedRow["status"]; progress: number }, actor: Actor, now: Date) {
  return {
    commitmentId: r.commitmentId,
    fromStatus: from.status,
    toStatus: r.status,
    fromProgress: from.progress,
    progress: r.progress,
    effectiveOn: new Date(`${r.statusEffectiveOn}T00:00:00Z`),
    recordedAt: now,
    rationale: IMPORT_RATIONALE,
    obstacles: r.obstacles,
    nextStep: r.nextStep,
    evidenceUrls: [],
    authorId: actor.id,
  };
}

/**
 * Updates up to a chunk of commitments in one statement, each only if it still has the version the
 * plan read (the guard: an analyst's save in between wins, and the import stops, writing nothing).
 */
async function updateCommitmentsInBulk(tx: Tx, rows: PlannedRow[], now: Date) {
  const column = <T,>(pick: (r: PlannedRow) => T) => rows.map(pick);
  const updated = await tx.$queryRaw<{ id: string }[]>`
    UPDATE commitments c SET
      meeting_id = u.meeting_id, title = u.title, description = u.description, category = u.category,
      source_quote = u.source_quote, source_start = u.source_start, source_end = u.source_end,
      target_date = u.target_date, target_precision = u.target_precision::"TargetPrecision",
      status = CASE WHEN u.status_changed THEN u.status::"CommitmentStatus" ELSE c.status END,
      progress = CASE WHEN u.status_changed THEN u.progress ELSE c.progress END,
      status_effective_on = CASE WHEN u.status_changed THEN u.effective_on ELSE c.status_effective_on END,
      last_updated_at = CASE WHEN u.status_changed THEN ${now} ELSE c.last_updated_at END,
      version = c.version + 1, updated_at = ${now}
    FROM unnest(
      ${column((r) => r.commitmentId)}::uuid[], ${column((r) => r.existing!.version)}::int[], ${column((r) => r.meetingId)}::uuid[],
      ${column((r) => r.title)}::text[], ${column((r) => r.description)}::text[], ${column((r) => r.category)}::text[],
      ${column((r) => r.sourceQuote)}::text[], ${column((r) => r.sourceStart)}::int[], ${column((r) => r.sourceEnd)}::int[],
      ${column((r) => (r.targetDate ? isoDate(r.targetDate) : null))}::date[], ${column((r) => r.targetPrecision)}::text[],
      ${column((r) => r.statusChanged)}::boolean[], ${column((r) => r.status)}::text[], ${column((r) => r.progress)}::int[],
      ${column((r) => r.statusEffectiveOn)}::date[]
    ) AS u(id, version, meeting_id, title, description, category, source_quote, source_start, source_end, target_date,
           target_precision, status_changed, status, progress, effective_on)
    WHERE c.id = u.id AND c.version = u.version
    RETURNING c.id`;
  if (updated.length !== rows.length) {
    const done = new Set(updated.map((u) => u.id));
    const moved = rows.find((r) => !done.has(r.commitmentId))!;
    throw new ConflictError(`Someone saved "${moved.existing!.title}" while the file was importing. Nothing was imported; export again or import again.`, null);
  }
}

function importedRecord(r: PlannedRow) {
  return commitmentRecord({
    id: r.commitmentId,
    meetingSlug: r.meeting.slug,
    meetingTitle: r.meeting.title,
    meetingKind: r.meeting.kind,
    meetingHeldOn: new Date(`${r.meeting.heldOn}T00:00:00Z`),
    title: r.title,
    description: r.description,
    category: r.category,
    parties: r.parties,
    status: r.status,
    progress: r.progress,
    statusEffectiveOn: new Date(`${r.statusEffectiveOn}T00:00:00Z`),
    obstacles: r.obstacles,
    nextStep: r.nextStep,
    targetPrecision: r.targetPrecision,
    targetDate: r.targetDate,
    sourceQuote: r.sourceQuote,
    sourceStart: r.sourceStart,
    sourceEnd: r.sourceEnd,
    partyStatuses: r.partyStatuses ?? assessedStates(r.existing?.partyStates ?? []),
    milestones: milestonesAfter(r),
    indicator: indicatorAfter(r),
  });
}

const milestoneData = ({ id: _id, version: _version, ...m }: { id: string | null; version: number | null } & MilestoneData): MilestoneData => m;
const indicatorData = ({ id: _id, version: _version, ...indicator }: NonNullable<StoredCommitment["indicator"]>): IndicatorRecord => indicator;

/** A row's commitment's milestones once imported: the stored ones (as the file changes them), then the added ones. */
function milestonesAfter(r: PlannedRow): MilestoneData[] {
  const changed = new Map(r.milestoneChanges.flatMap((m) => (m.id ? [[m.id, m] as const] : [])));
  return [
    ...(r.existing?.milestones ?? []).map((m) => milestoneData(changed.get(m.id) ?? m)),
    ...r.milestoneChanges.filter((m) => m.id === null).map(milestoneData),
  ];
}

/** A row's commitment's indicator once imported: its fields as the file has them, the appended measurements after the stored ones. */
function indicatorAfter(r: PlannedRow): IndicatorRecord | null {
  const stored = r.existing?.indicator ? indicatorData(r.existing.indicator) : null;
  const change = r.indicatorChange;
  if (!change) return stored;
  return { ...change.fields, measurements: [...(stored?.measurements ?? []), ...change.newMeasurements] };
}

/** The stored parties' states as the export writes them: only the parties assessed on their own. */
function assessedStates(states: StoredCommitment["partyStates"]): PartyStatusRecord[] {
  return states.flatMap((s) =>
    s.effective_on === null
      ? []
      : [{ party: s.party, status: s.status as PartyStatusRecord["status"], progress: s.progress, effective_on: s.effective_on, responsible_body: s.responsible_body }],
  );
}
