import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { commitmentRecord, type CommitmentExportRow, type HistoryExportRow } from "@/lib/domain/commitment-exchange";
import { locateQuote } from "@/lib/domain/source-quote";
import { isoDate, latestTodayOnEarth } from "@/lib/domain/target-date";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { readImportFile, type ImportIssue, type ImportRow } from "@/lib/validation/commitment-import";
import { commitmentFilterSql } from "./commitments";
import { recordAudit, recordAudits } from "./audit";
import { ConflictError } from "./errors";

type Tx = Prisma.TransactionClient;
type ExportFilters = Pick<CommitmentFilters, "q" | "statuses" | "categories" | "parties" | "meeting" | "reaffirmed">;

function exportSelect(filters: ExportFilters, afterId: string | null, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, m.slug AS "meetingSlug", m.title AS "meetingTitle", m.kind AS "meetingKind", m.held_on AS "meetingHeldOn",
           c.title, c.description, c.category,
           COALESCE((SELECT array_agg(p.name ORDER BY p.name) FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id
                     WHERE cp.commitment_id = c.id), '{}') AS parties,
           c.status::text AS status, c.progress, c.status_effective_on AS "statusEffectiveOn",
           c.target_precision::text AS "targetPrecision", c.target_date AS "targetDate",
           c.source_quote AS "sourceQuote", c.source_start AS "sourceStart", c.source_end AS "sourceEnd"
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id
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
             su.evidence_urls AS "evidenceUrls", u.email AS "authorEmail"
      FROM status_updates su JOIN commitments c ON c.id = su.commitment_id JOIN meetings m ON m.id = c.meeting_id
      LEFT JOIN users u ON u.id = su.author_id
      WHERE su.commitment_id = ANY(${ids.map((r) => r.id)}::uuid[])
      ORDER BY su.commitment_id, su.effective_on, su.recorded_at, su.id`;
    yield rows;
    afterId = ids[ids.length - 1].id;
  }
}

type Existing = {
  id: string;
  meetingId: string;
  meetingSlug: string;
  title: string;
  description: string | null;
  category: string;
  parties: string[];
  status: string;
  progress: number;
  statusEffectiveOn: Date;
  targetPrecision: string;
  targetDate: Date | null;
  sourceQuote: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  version: number;
};

type PlannedRow = ImportRow & {
  action: "create" | "update" | "unchanged";
  commitmentId: string;
  meetingId: string;
  existing: Existing | null;
  statusChanged: boolean;
  partiesChanged: boolean;
  sourceStart: number | null;
  sourceEnd: number | null;
};

export type ImportPlan = {
  issues: ImportIssue[];
  rows: PlannedRow[];
  newMeetings: { id: string; slug: string; title: string; kind: string; heldOn: string }[];
  newParties: { id: string; name: string }[];
};

export type ImportSummary = {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  newMeetings: string[];
  newParties: string[];
  issues: ImportIssue[];
  issueCount: number;
};

const MAX_ISSUES_SHOWN = 500;

/** Checks every row against the database and decides what each would do; writes nothing. */
async function planImport(tx: Tx, rows: ImportRow[], issues: ImportIssue[]): Promise<ImportPlan> {
  const issue = (row: ImportRow, column: string, message: string) => issues.push({ row: row.row, line: row.line, column, message });

  // Within the file: one row per commitment.
  const seenIds = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  for (const row of rows) {
    if (row.id) {
      if (seenIds.has(row.id)) issue(row, "id", `The same id is on row ${seenIds.get(row.id)}.`);
      seenIds.set(row.id, row.row);
    }
    const key = `${row.meeting.slug}\u0000${row.title}`;
    if (seenTitles.has(key)) issue(row, "title", `Row ${seenTitles.get(key)} has the same meeting and title.`);
    seenTitles.set(key, row.row);
  }

  const slugs = [...new Set(rows.map((r) => r.meeting.slug))];
  const meetings = new Map(
    (await tx.meeting.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, heldOn: true, sourceText: true } })).map((m) => [m.slug, m]),
  );
  const newMeetings = new Map<string, ImportPlan["newMeetings"][number] & { row: number }>();
  for (const row of rows) {
    const existing = meetings.get(row.meeting.slug);
    if (existing) {
      if (isoDate(existing.heldOn) !== row.meeting.heldOn)
        issue(row, "meeting_held_on", `The meeting "${row.meeting.slug}" was held on ${isoDate(existing.heldOn)}, not ${row.meeting.heldOn}.`);
      continue;
    }
    const planned = newMeetings.get(row.meeting.slug);
    if (!planned) newMeetings.set(row.meeting.slug, { id: randomUUID(), slug: row.meeting.slug, title: row.meeting.title, kind: row.meeting.kind, heldOn: row.meeting.heldOn, row: row.row });
    else if (planned.title !== row.meeting.title || planned.kind !== row.meeting.kind || planned.heldOn !== row.meeting.heldOn)
      issue(row, "meeting_slug", `Row ${planned.row} describes the new meeting "${row.meeting.slug}" differently (title, kind or date).`);
  }

  const names = [...new Set(rows.flatMap((r) => r.parties))];
  const parties = new Map((await tx.party.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map((p) => [p.name, p.id]));
  const newParties = names.filter((n) => !parties.has(n)).map((name) => ({ id: randomUUID(), name }));
  for (const p of newParties) parties.set(p.name, p.id);

  const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
  const existingRows = await tx.$queryRaw<Existing[]>`
    SELECT c.id, c.meeting_id AS "meetingId", m.slug AS "meetingSlug", c.title, c.description, c.category,
           COALESCE((SELECT array_agg(p.name ORDER BY p.name) FROM commitment_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.commitment_id = c.id), '{}') AS parties,
           c.status::text AS status, c.progress, c.status_effective_on AS "statusEffectiveOn", c.target_precision::text AS "targetPrecision",
           c.target_date AS "targetDate", c.source_quote AS "sourceQuote", c.source_start AS "sourceStart", c.source_end AS "sourceEnd", c.version
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id
    WHERE c.id = ANY(${ids}::uuid[])
       OR (m.slug, c.title) IN (SELECT * FROM unnest(${rows.map((r) => r.meeting.slug)}::text[], ${rows.map((r) => r.title)}::text[]))`;
  const byId = new Map(existingRows.map((e) => [e.id, e]));
  const byTitle = new Map(existingRows.map((e) => [`${e.meetingSlug}\u0000${e.title}`, e]));
  const today = latestTodayOnEarth();

  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const meeting = meetings.get(row.meeting.slug);
    const meetingId = meeting?.id ?? newMeetings.get(row.meeting.slug)!.id;
    const titleOwner = byTitle.get(`${row.meeting.slug}\u0000${row.title}`);
    const existing = row.id ? (byId.get(row.id) ?? null) : (titleOwner ?? null);
    const commitmentId = existing?.id ?? row.id ?? randomUUID();
    if (titleOwner && titleOwner.id !== commitmentId) issue(row, "title", `The meeting "${row.meeting.slug}" already has another commitment with this title.`);
    if (row.statusEffectiveOn > today) issue(row, "status_effective_on", "status_effective_on is in the future.");

    // The file's offsets say where the quote was; against a readout, `locateQuote`'s rule decides where
    // it is. A meeting without a readout (one this import creates: exports carry no readouts) keeps
    // the file's offsets as they are, so that an export imported elsewhere exports the same again.
    const span = meeting?.sourceText
      ? locateQuote(meeting.sourceText, row.sourceQuote, row.sourceStart ?? existing?.sourceStart)
      : row.sourceStart !== null
        ? { start: row.sourceStart, end: row.sourceEnd! }
        : null;
    const [sourceStart, sourceEnd] = span ? [span.start, span.end] : [null, null];

    const rowParties = [...row.parties].sort();
    const statusChanged = !!existing && (existing.status !== row.status || existing.progress !== row.progress || isoDate(existing.statusEffectiveOn) !== row.statusEffectiveOn);
    if (existing && statusChanged && row.statusEffectiveOn < isoDate(existing.statusEffectiveOn))
      issue(row, "status_effective_on", `The current status took effect on ${isoDate(existing.statusEffectiveOn)}; an imported status cannot take effect earlier.`);
    const partiesChanged = !!existing && existing.parties.join("\u0000") !== rowParties.join("\u0000");
    const describingChanged =
      !!existing &&
      (existing.meetingId !== meetingId ||
        existing.title !== row.title ||
        existing.description !== row.description ||
        existing.category !== row.category ||
        existing.targetPrecision !== row.targetPrecision ||
        (existing.targetDate ? isoDate(existing.targetDate) : null) !== (row.targetDate ? isoDate(row.targetDate) : null) ||
        existing.sourceQuote !== row.sourceQuote ||
        existing.sourceStart !== sourceStart ||
        existing.sourceEnd !== sourceEnd);
    const action = !existing ? "create" : statusChanged || partiesChanged || describingChanged ? "update" : "unchanged";
    planned.push({ ...row, parties: rowParties, action, commitmentId, meetingId, existing, statusChanged, partiesChanged, sourceStart, sourceEnd });
  }
  return { issues, rows: planned, newMeetings: [...newMeetings.values()].map(({ row: _row, ...m }) => m), newParties };
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
    issues: sorted.slice(0, MAX_ISSUES_SHOWN),
    issueCount: sorted.length,
  };
}

function countRows(text: string, parsed: { rows: ImportRow[]; issues: ImportIssue[] }) {
  return parsed.rows.length + new Set(parsed.issues.filter((i) => i.row > 0).map((i) => i.row)).size;
}

/** What importing a file would do, with every problem by row and column. Writes nothing. */
export async function previewImport(actor: Actor | null, text: string): Promise<ImportSummary> {
  assertCan(actor, "commitment:import");
  const parsed = readImportFile(text);
  if (parsed.issues.some((i) => i.row === 0)) return summarize({ issues: parsed.issues, rows: [], newMeetings: [], newParties: [] }, 0);
  const plan = await planImport(db, parsed.rows, [...parsed.issues]);
  return summarize(plan, countRows(text, parsed));
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
    const summary = summarize({ issues: parsed.issues, rows: [], newMeetings: [], newParties: [] }, countRows(text, parsed));
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
  // statements, so each commitment's rows take effect in order.
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
        evidenceUrls: [],
        authorId: actor.id,
      })),
    }),
  );
  await inChunks(creates.filter(assessedLater), (chunk) =>
    tx.statusUpdate.createMany({
      data: chunk.map((r) => ({
        commitmentId: r.commitmentId,
        fromStatus: "NOT_YET_ASSESSED" as const,
        toStatus: r.status,
        fromProgress: 0,
        progress: r.progress,
        effectiveOn: day(r.statusEffectiveOn),
        recordedAt: now,
        rationale: IMPORT_RATIONALE,
        evidenceUrls: [],
        authorId: actor.id,
      })),
    }),
  );
  await inChunks(creates, (chunk) =>
    recordAudits(
      tx,
      actor,
      chunk.map((r) => ({ action: "commitment.create", entityType: "commitment", entityId: r.commitmentId, after: { via: "import", ...importedRecord(r) } })),
    ),
  );

  for (const r of plan.rows.filter((row) => row.action === "update")) {
    const before = r.existing!;
    // The version read in this transaction is the guard: an analyst's save in between wins, and the import stops.
    const { count } = await tx.commitment.updateMany({
      where: { id: r.commitmentId, version: before.version },
      data: {
        ...describingColumns(r),
        ...(r.statusChanged ? { status: r.status, progress: r.progress, statusEffectiveOn: day(r.statusEffectiveOn), lastUpdatedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (count !== 1)
      throw new ConflictError(`Someone saved "${before.title}" while the file was importing. Nothing was imported; export again or import again.`, null);
    if (r.partiesChanged) {
      await tx.commitmentParty.deleteMany({ where: { commitmentId: r.commitmentId } });
      await tx.commitmentParty.createMany({ data: r.parties.map((name) => ({ commitmentId: r.commitmentId, partyId: partyIds.get(name)! })) });
    }
    if (r.statusChanged)
      await tx.statusUpdate.create({
        data: {
          commitmentId: r.commitmentId,
          fromStatus: before.status as PlannedRow["status"],
          toStatus: r.status,
          fromProgress: before.progress,
          progress: r.progress,
          effectiveOn: day(r.statusEffectiveOn),
          rationale: IMPORT_RATIONALE,
          evidenceUrls: [],
          authorId: actor.id,
        },
      });
    const { version: _version, ...described } = before;
    await recordAudit(tx, actor, { action: "commitment.edit", entityType: "commitment", entityId: r.commitmentId, before: described, after: { via: "import", ...importedRecord(r) } });
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
    targetPrecision: r.targetPrecision,
    targetDate: r.targetDate,
    sourceQuote: r.sourceQuote,
    sourceStart: r.sourceStart,
    sourceEnd: r.sourceEnd,
  });
}
