import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import { parseTarget } from "@/lib/domain/target-date";
import {
  DEMO_HISTORY,
  DEMO_HISTORY_RATIONALE,
  DEMO_ILLUSTRATIVE_NOTE,
  DEMO_INDICATORS,
  DEMO_MILESTONES,
  DEMO_PARTIES,
  DEMO_PARTY_HISTORY,
  JSPG_COMMITMENTS,
  JSPG_MEETING,
} from "./jspg-8th-meeting";

export const DEMO_PASSWORD = "demo-pass-2026";
export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Ayla Admin", role: "ADMIN" },
  { email: "analyst@example.org", name: "Arman Analyst", role: "ANALYST" },
  { email: "viewer@example.org", name: "Vera Viewer", role: "VIEWER" },
] as const;

const SOURCES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sources");

export function readDemoSource(file: string): string {
  return readFileSync(path.join(SOURCES_DIR, file), "utf8");
}

/**
 * Loads the demo data: accounts, parties, the 8th JSPG meeting and its pledges (with an illustrative
 * history unless `history` is false). Safe to re-run:
 * what exists (matched by email, name, slug, meeting + title) is left as it is.
 */
export async function seedDemo(
  db: PrismaClient,
  log: (line: string) => void = () => {},
  options: { history: boolean } = { history: true },
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: { ...account, passwordHash },
      select: { id: true },
    });
    users[account.role] = user.id;
  }

  const partyIds: Record<string, string> = {};
  for (const party of DEMO_PARTIES) {
    const row = await db.party.upsert({ where: { name: party.name }, update: {}, create: party, select: { id: true } });
    partyIds[party.name] = row.id;
  }

  const sourceText = readDemoSource(JSPG_MEETING.sourceFile);
  const heldOn = new Date(`${JSPG_MEETING.heldOn}T00:00:00Z`);
  const { sourceFile: _file, heldOn: _heldOn, ...meetingFields } = JSPG_MEETING;
  const meeting = await db.meeting.upsert({
    where: { slug: JSPG_MEETING.slug },
    update: {},
    create: { ...meetingFields, heldOn, sourceText },
    select: { id: true },
  });

  let created = 0;
  for (const pledge of JSPG_COMMITMENTS) {
    const exists = await db.commitment.findUnique({
      where: { meetingId_title: { meetingId: meeting.id, title: pledge.title } },
      select: { id: true },
    });
    if (exists) continue;
    const start = sourceText.indexOf(pledge.quote);
    if (start < 0) throw new Error(`Demo pledge "${pledge.title}" quotes text that is not in the readout.`);
    const target = parseTarget(pledge.targetPrecision, pledge.target);
    if (!target.ok) throw new Error(`Demo pledge "${pledge.title}": ${target.message}`);
    await db.$transaction(async (tx) => {
      const commitment = await tx.commitment.create({
        data: {
          meetingId: meeting.id,
          title: pledge.title,
          description: pledge.description ?? null,
          category: pledge.category,
          sourceQuote: pledge.quote,
          sourceStart: start,
          sourceEnd: start + pledge.quote.length,
          targetDate: target.targetDate,
          targetPrecision: pledge.targetPrecision,
          statusEffectiveOn: heldOn,
          createdById: users.ANALYST,
          parties: { create: pledge.parties.map((name) => ({ partyId: partyIds[name] })) },
          statusUpdates: {
            create: {
              toStatus: "NOT_YET_ASSESSED",
              progress: 0,
              effectiveOn: heldOn,
              rationale: "Logged from the meeting's readout.",
              evidenceUrls: [],
              authorId: users.ANALYST,
            },
          },
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          actorId: users.ANALYST,
          action: "commitment.create",
          entityType: "commitment",
          entityId: commitment.id,
          after: { seed: "demo" },
        },
      });
      let previous: { status: CommitmentStatusValue; progress: number } = { status: "NOT_YET_ASSESSED", progress: 0 };
      for (const step of options.history ? (DEMO_HISTORY[pledge.title] ?? []) : []) {
        const effectiveOn = new Date(`${step.effectiveOn}T00:00:00Z`);
        await tx.statusUpdate.create({
          data: {
            commitmentId: commitment.id,
            fromStatus: previous.status,
            toStatus: step.status,
            fromProgress: previous.progress,
            progress: step.progress,
            effectiveOn,
            recordedAt: effectiveOn,
            rationale: DEMO_HISTORY_RATIONALE,
            obstacles: step.obstacles ?? null,
            nextStep: step.nextStep ?? null,
            evidenceUrls: [],
            authorId: users.ANALYST,
          },
        });
        await tx.commitment.update({
          where: { id: commitment.id },
          data: {
            status: step.status,
            progress: step.progress,
            statusEffectiveOn: effectiveOn,
            lastUpdatedAt: effectiveOn,
            version: { increment: 1 },
          },
        });
        previous = step;
      }
      for (const [party, steps] of Object.entries(options.history ? (DEMO_PARTY_HISTORY[pledge.title] ?? {}) : {})) {
        let before: { status: CommitmentStatusValue; progress: number } = { status: "NOT_YET_ASSESSED", progress: 0 };
        for (const step of steps) {
          const effectiveOn = new Date(`${step.effectiveOn}T00:00:00Z`);
          const key = { commitmentId_partyId: { commitmentId: commitment.id, partyId: partyIds[party] } };
          await tx.partyAssessment.create({
            data: {
              commitmentId: commitment.id,
              partyId: partyIds[party],
              fromStatus: before.status,
              toStatus: step.status,
              fromProgress: before.progress,
              progress: step.progress,
              effectiveOn,
              recordedAt: effectiveOn,
              rationale: DEMO_HISTORY_RATIONALE,
              evidenceUrls: [],
              responsibleBody: step.responsibleBody ?? null,
              authorId: users.ANALYST,
            },
          });
          await tx.commitmentParty.update({
            where: key,
            data: {
              status: step.status,
              progress: step.progress,
              statusEffectiveOn: effectiveOn,
              responsibleBody: step.responsibleBody ?? null,
              version: { increment: 1 },
            },
          });
          before = step;
        }
      }
      for (const milestone of options.history ? (DEMO_MILESTONES[pledge.title] ?? []) : []) {
        const due = parseTarget(milestone.duePrecision, milestone.due);
        if (!due.ok) throw new Error(`Demo milestone "${milestone.title}": ${due.message}`);
        await tx.milestone.create({
          data: {
            commitmentId: commitment.id,
            title: milestone.title,
            duePrecision: milestone.duePrecision,
            dueDate: due.targetDate,
            doneOn: milestone.doneOn ? new Date(`${milestone.doneOn}T00:00:00Z`) : null,
            responsiblePartyId: milestone.responsibleParty ? partyIds[milestone.responsibleParty] : null,
            createdById: users.ANALYST,
          },
        });
      }
      const indicator = options.history ? DEMO_INDICATORS[pledge.title] : undefined;
      if (indicator) {
        const { measurements, ...fields } = indicator;
        await tx.indicator.create({
          data: {
            ...fields,
            commitmentId: commitment.id,
            baselineOn: new Date(`${fields.baselineOn}T00:00:00Z`),
            targetOn: new Date(`${fields.targetOn}T00:00:00Z`),
            createdById: users.ANALYST,
            measurements: {
              create: measurements.map((m) => ({
                value: m.value,
                measuredOn: new Date(`${m.measuredOn}T00:00:00Z`),
                note: DEMO_ILLUSTRATIVE_NOTE,
                authorId: users.ANALYST,
              })),
            },
          },
        });
      }
    });
    created++;
  }
  log(
    `Demo data: ${DEMO_ACCOUNTS.length} accounts, ${DEMO_PARTIES.length} parties, 1 meeting, ${created} new commitments (${JSPG_COMMITMENTS.length} in all).`,
  );
}

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, or resets nothing if it exists. */
export async function ensureAdmin(db: PrismaClient, email: string, password: string, name = "Administrator") {
  const normalized = email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(normalized)) throw new Error("ADMIN_EMAIL is not an email address.");
  if (password.length < 12) throw new Error("ADMIN_PASSWORD must be at least 12 characters.");
  const existing = await db.user.findUnique({ where: { email: normalized }, select: { id: true } });
  if (existing) return { created: false };
  await db.user.create({ data: { email: normalized, name, role: "ADMIN", passwordHash: await hashPassword(password) } });
  return { created: true };
}
