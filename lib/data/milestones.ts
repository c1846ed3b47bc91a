import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { formatDay, isoDate, type TargetPrecisionValue } from "@/lib/domain/target-date";
import type { MilestoneCreateInput, MilestoneDeleteInput, MilestoneEditInput } from "@/lib/validation/milestone";
import { recordAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";

// A commitment's milestones: added, edited (marked done) with an optimistic-concurrency version, and
// deleted, each with its audit event in the same transaction. The responsible party, when named, is
// one of the commitment's parties (a foreign key on the commitment and party says so too).

export type MilestoneRow = {
  id: string;
  title: string;
  dueDate: Date | null;
  duePrecision: TargetPrecisionValue;
  doneOn: Date | null;
  evidenceUrl: string | null;
  responsibleParty: { id: string; name: string } | null;
  version: number;
};

/** A commitment's milestones, the soonest due first (those without a date last). */
export async function listMilestones(actor: Actor | null, commitmentId: string): Promise<MilestoneRow[]> {
  assertCan(actor, "commitment:read");
  const rows = await db.milestone.findMany({
    where: { commitmentId },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      dueDate: true,
      duePrecision: true,
      doneOn: true,
      evidenceUrl: true,
      version: true,
      responsibleParty: { select: { party: { select: { id: true, name: true } } } },
    },
  });
  return rows.map(({ responsibleParty, ...row }) => ({ ...row, responsibleParty: responsibleParty?.party ?? null }));
}

type Fields = Omit<MilestoneCreateInput, "commitmentId">;

/** What an audit event keeps of a milestone: readable fields, the due date as typed would read. */
function auditable(fields: Pick<MilestoneRow, "title" | "duePrecision" | "dueDate" | "doneOn" | "evidenceUrl"> & { responsiblePartyId: string | null }) {
  return {
    title: fields.title,
    duePrecision: fields.duePrecision,
    dueDate: fields.dueDate && isoDate(fields.dueDate),
    doneOn: fields.doneOn && isoDate(fields.doneOn),
    evidenceUrl: fields.evidenceUrl,
    responsiblePartyId: fields.responsiblePartyId,
  };
}

/**
 * Checks what needs the database: the commitment exists, the responsible party is one of its parties,
 * and a milestone is not done before the meeting. Throws NotFoundError or ValidationError.
 */
async function checkAgainstCommitment(tx: Prisma.TransactionClient, commitmentId: string, fields: Fields) {
  const commitment = await tx.commitment.findUnique({
    where: { id: commitmentId },
    select: { meeting: { select: { heldOn: true } }, parties: { select: { partyId: true } } },
  });
  if (!commitment) throw new NotFoundError("The commitment");
  if (fields.responsiblePartyId && !commitment.parties.some((p) => p.partyId === fields.responsiblePartyId)) {
    const party = await tx.party.findUnique({ where: { id: fields.responsiblePartyId }, select: { name: true } });
    const message = party
      ? `${party.name} is not a party to this commitment: only one of its parties can be responsible for a milestone. Nothing was saved.`
      : "That party does not exist. Nothing was saved.";
    throw new ValidationError(message, { responsiblePartyId: [message] });
  }
  const doneOn = fields.doneOn ? new Date(`${fields.doneOn}T00:00:00Z`) : null;
  if (doneOn && doneOn < commitment.meeting.heldOn) {
    throw new ValidationError("A milestone is done on or after the meeting.", {
      doneOn: [`The meeting was held on ${formatDay(commitment.meeting.heldOn)}; a milestone of its pledge cannot be done earlier.`],
    });
  }
  return { doneOn };
}

function data(fields: Fields, doneOn: Date | null) {
  return {
    title: fields.title,
    dueDate: fields.dueDate,
    duePrecision: fields.duePrecision,
    doneOn,
    evidenceUrl: fields.evidenceUrl,
    responsiblePartyId: fields.responsiblePartyId,
  };
}

/** Adds a milestone to a commitment; refused, writing nothing, for a party not on the commitment or a day before the meeting. */
export async function addMilestone(actor: Actor | null, input: MilestoneCreateInput): Promise<{ id: string }> {
  assertCan(actor, "commitment:milestones");
  return db.$transaction(async (tx) => {
    const { commitmentId, ...fields } = input;
    const { doneOn } = await checkAgainstCommitment(tx, commitmentId, fields);
    const milestone = await tx.milestone.create({
      data: { commitmentId, ...data(fields, doneOn), createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "commitment.milestone-add",
      entityType: "commitment",
      entityId: commitmentId,
      after: { milestoneId: milestone.id, ...auditable({ ...fields, doneOn }) },
    });
    return milestone;
  });
}

const CURRENT_SELECT = {
  title: true,
  dueDate: true,
  duePrecision: true,
  doneOn: true,
  evidenceUrl: true,
  responsiblePartyId: true,
  version: true,
} as const;

/** A milestone as a conflicting save found it. */
export type MilestoneState = { title: string; dueDate: Date | null; duePrecision: TargetPrecisionValue; doneOn: Date | null; version: number };

/**
 * A conflict found inside a transaction carries the milestone as it is now, read after that transaction
 * (inside it, the row read first may predate the save that won).
 */
function conflictWithCurrentState(id: string) {
  return async (error: unknown): Promise<never> => {
    if (!(error instanceof ConflictError)) throw error;
    const current = await db.milestone.findUnique({ where: { id }, select: { title: true, dueDate: true, duePrecision: true, doneOn: true, version: true } });
    if (!current) throw new NotFoundError("The milestone");
    throw new ConflictError<MilestoneState>(error.message, current);
  };
}

const CONFLICT_MESSAGE =
  "Someone else changed this milestone after you opened the page. Nothing was overwritten: reload the page to see their change, then edit again.";

/** Edits a milestone (marks it done, changes its fields), refusing when it was saved since `input.version`. */
export async function updateMilestone(actor: Actor | null, input: MilestoneEditInput): Promise<{ id: string; version: number }> {
  assertCan(actor, "commitment:milestones");
  return db.$transaction(async (tx) => {
    const { id, version, commitmentId, ...fields } = input;
    const before = await tx.milestone.findFirst({ where: { id, commitmentId }, select: CURRENT_SELECT });
    if (!before) throw new NotFoundError("The milestone");
    const { doneOn } = await checkAgainstCommitment(tx, commitmentId, fields);
    // The version in the WHERE clause is the guard: of two saves from one version, the second waits
    // for the first's row lock, then matches nothing.
    const { count } = await tx.milestone.updateMany({
      where: { id, commitmentId, version },
      data: { ...data(fields, doneOn), version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE, null);
    await recordAudit(tx, actor, {
      action: "commitment.milestone-edit",
      entityType: "commitment",
      entityId: commitmentId,
      before: { milestoneId: id, ...auditable(before), version: before.version },
      after: { milestoneId: id, ...auditable({ ...fields, doneOn }), version: before.version + 1 },
    });
    return { id, version: before.version + 1 };
  }).catch(conflictWithCurrentState(input.id));
}

/** Deletes a milestone (the audit event keeps what it was), refusing when it was saved since `input.version`. */
export async function deleteMilestone(actor: Actor | null, input: MilestoneDeleteInput): Promise<{ commitmentId: string }> {
  assertCan(actor, "commitment:milestones");
  return db.$transaction(async (tx) => {
    const before = await tx.milestone.findFirst({ where: { id: input.id, commitmentId: input.commitmentId }, select: CURRENT_SELECT });
    if (!before) throw new NotFoundError("The milestone");
    const { count } = await tx.milestone.deleteMany({ where: { id: input.id, commitmentId: input.commitmentId, version: input.version } });
    if (count !== 1)
      throw new ConflictError(
        "Someone else changed this milestone after you opened the page. Nothing was deleted: reload the page to see their change first.",
        null,
      );
    await recordAudit(tx, actor, {
      action: "commitment.milestone-delete",
      entityType: "commitment",
      entityId: input.commitmentId,
      before: { milestoneId: input.id, ...auditable(before), version: before.version },
    });
    return { commitmentId: input.commitmentId };
  }).catch(conflictWithCurrentState(input.id));
}

/**
 * The parties that would leave a commitment and are responsible for one of its milestones, by name:
 * an edit that removes them is refused (the milestone would name a party the pledge no longer has).
 */
export async function responsiblePartiesAmong(tx: Prisma.TransactionClient, commitmentId: string, partyIds: string[]): Promise<string[]> {
  if (!partyIds.length) return [];
  const rows = await tx.commitmentParty.findMany({
    where: { commitmentId, partyId: { in: partyIds }, milestones: { some: {} } },
    select: { party: { select: { name: true } } },
    orderBy: { party: { name: "asc" } },
  });
  return rows.map((row) => row.party.name);
}
