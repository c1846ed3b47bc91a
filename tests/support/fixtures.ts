import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { updateCommitment, updateCommitmentStatus } from "@/lib/data/commitments";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import { CommitmentEditSchema } from "@/lib/validation/commitment";
import { StatusUpdateSchema } from "@/lib/validation/status-update";
import { seedDemo } from "@/prisma/seed/demo";
import { FINGERPRINT_TABLES, fingerprintSql } from "./fingerprint";

export type Actors = { admin: Actor; analyst: Actor; viewer: Actor };

/** Loads the demo data (without its illustrative history) and returns the three demo accounts as actors. */
export async function seedDemoActors(): Promise<Actors> {
  await seedDemo(db, () => {}, { history: false });
  const users = await db.user.findMany({ select: { id: true, email: true, name: true, role: true } });
  const byRole = (role: Actor["role"]) => {
    const user = users.find((u) => u.role === role)!;
    return { ...user, ip: "127.0.0.1" };
  };
  return { admin: byRole("ADMIN"), analyst: byRole("ANALYST"), viewer: byRole("VIEWER") };
}

export async function commitmentByTitle(pattern: string) {
  return db.commitment.findFirstOrThrow({ where: { title: { contains: pattern } } });
}

/** Records a status update on the commitment whose title contains `title`, from its current version, as the form would send it. */
export async function recordStatus(
  actor: Actor,
  title: string,
  status: CommitmentStatusValue,
  progress: number,
  effectiveOn: string,
  fields: Record<string, string> = {},
) {
  const c = await commitmentByTitle(title);
  return updateCommitmentStatus(
    actor,
    StatusUpdateSchema.parse({
      commitmentId: c.id,
      version: String(c.version),
      status,
      progress: String(progress),
      effectiveOn,
      rationale: `Test update to ${status} on ${effectiveOn}.`,
      ...fields,
    }),
  );
}

/**
 * Edits the commitment whose title contains `title` as its edit form would: its current fields (a
 * target date kept as a day), with `change(current)` on top (category, partyIds, targetPrecision,
 * target…).
 */
export async function editCommitment(
  actor: Actor,
  title: string,
  change: (current: { category: string; partyIds: string[] }) => Record<string, unknown>,
) {
  const c = await db.commitment.findFirstOrThrow({ where: { title: { contains: title } }, include: { parties: true } });
  const current = { category: c.category, partyIds: c.parties.map((p) => p.partyId) };
  return updateCommitment(
    actor,
    CommitmentEditSchema.parse({
      id: c.id,
      version: String(c.version),
      meetingId: c.meetingId,
      title: c.title,
      sourceQuote: c.sourceQuote,
      ...current,
      targetPrecision: c.targetDate ? "DAY" : "NONE",
      target: c.targetDate ? c.targetDate.toISOString().slice(0, 10) : "",
      ...change(current),
    }),
  );
}

/**
 * A fingerprint of everything the app can write: row counts and an md5 of every row, per table.
 * Equal fingerprints mean nothing was written.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of FINGERPRINT_TABLES) {
    const rows = await db.$queryRaw<{ n: number; digest: string | null }[]>(Prisma.raw(fingerprintSql(table)));
    result[table] = `${rows[0].n}:${rows[0].digest}`;
  }
  return result;
}
