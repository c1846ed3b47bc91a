import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { listCommitments, updateCommitment } from "@/lib/data/commitments";
import { commitmentFilterSql } from "@/lib/data/commitment-queries";
import { getDashboard } from "@/lib/data/dashboard";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { addMeasurement, getIndicator, setIndicator } from "@/lib/data/indicators";
import { addMilestone, deleteMilestone, listMilestones, updateMilestone } from "@/lib/data/milestones";
import { indicatorStanding } from "@/lib/domain/indicators";
import { isMilestoneOverdue, suggestedProgress } from "@/lib/domain/milestones";
import { isoDate, targetInputValue } from "@/lib/domain/target-date";
import { CommitmentEditSchema } from "@/lib/validation/commitment";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import { IndicatorSchema, MeasurementSchema } from "@/lib/validation/indicator";
import { MilestoneCreateSchema, MilestoneDeleteSchema, MilestoneEditSchema } from "@/lib/validation/milestone";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

// Milestones (due dates with the target's precision, overdue, the responsible party, optimistic
// locking, audited deletes) and measurable targets (one indicator per commitment, append-only
// measurements) through the data layer, the list filter and the database's own guards.

let actors: Actors;
let parties: Record<string, string>;
beforeAll(async () => {
  actors = await seedDemoActors();
  parties = Object.fromEntries((await db.party.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]));
});

function milestone(commitmentId: string, fields: Record<string, string> = {}) {
  return MilestoneCreateSchema.parse({
    commitmentId,
    title: "Working group meets",
    duePrecision: "QUARTER",
    due: "2026-Q1",
    doneOn: "",
    evidenceUrl: "",
    responsiblePartyId: "",
    ...fields,
  });
}

/** An edit of a milestone from its current state and version, with `fields` changed. */
async function edit(id: string, fields: Record<string, string> = {}) {
  const m = await db.milestone.findUniqueOrThrow({ where: { id } });
  return MilestoneEditSchema.parse({
    id,
    version: String(m.version),
    commitmentId: m.commitmentId,
    title: m.title,
    duePrecision: m.duePrecision,
    due: targetInputValue(m.duePrecision, m.dueDate),
    doneOn: m.doneOn ? isoDate(m.doneOn) : "",
    evidenceUrl: m.evidenceUrl ?? "",
    responsiblePartyId: m.responsiblePartyId ?? "",
    ...fields,
  });
}

/** Ids of the commitments the overdue-milestone filter keeps on a given day. */
async function withOverdueMilestones(today: string): Promise<string[]> {
  const where = commitmentFilterSql({ ...parseCommitmentFilters({}), overdueMilestones: true }, today);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM commitments c WHERE ${where}`);
  return rows.map((r) => r.id);
}

describe("milestones", () => {
  it("store the due date as the stated period's last day, with its precision, and are audited", async () => {
    const c = await commitmentByTitle("technology transfer");
    const cases: [string, string, string | null][] = [
      ["DAY", "2026-05-14", "2026-05-14"],
      ["MONTH", "2026-02", "2026-02-28"],
      ["QUARTER", "2026-Q3", "2026-09-30"],
      ["YEAR", "2027", "2027-12-31"],
      ["UPCOMING", "", null],
    ];
    for (const [duePrecision, due, stored] of cases) {
      const { id } = await addMilestone(actors.analyst, milestone(c.id, { title: `Due ${duePrecision}`, duePrecision, due }));
      const row = await db.milestone.findUniqueOrThrow({ where: { id } });
      expect(row.duePrecision).toBe(duePrecision);
      expect(row.dueDate && isoDate(row.dueDate)).toBe(stored);
      expect(row).toMatchObject({ version: 1, doneOn: null, createdById: actors.analyst.id });
    }
    const audits = await db.auditEvent.findMany({ where: { action: "commitment.milestone-add", entityId: c.id } });
    expect(audits).toHaveLength(cases.length);
    expect(audits.map((a) => (a.after as { dueDate: string | null }).dueDate).sort()).toContain("2026-09-30");
    expect(() => milestone(c.id, { duePrecision: "QUARTER", due: "2026-Q5" })).toThrow(/Enter the due date as YYYY-Qn/);
  });

  it("are overdue after their due date until done, by the same rule in SQL, in the list filter and in the domain", async () => {
    const c = await commitmentByTitle("Intensify joint efforts to implement the Turkic World Vision");
    const { id } = await addMilestone(actors.analyst, milestone(c.id, { duePrecision: "QUARTER", due: "2026-Q1" }));
    await addMilestone(actors.analyst, milestone(c.id, { title: "Later step", duePrecision: "YEAR", due: "2040" }));
    // The due date itself is not overdue; the day after is.
    expect(await withOverdueMilestones("2026-03-31")).not.toContain(c.id);
    expect(await withOverdueMilestones("2026-04-01")).toContain(c.id);
    const rows = await listMilestones(actors.viewer, c.id);
    expect(rows.map((m) => isMilestoneOverdue(m, "2026-03-31"))).toEqual([false, false]);
    expect(rows.map((m) => isMilestoneOverdue(m, "2026-04-01"))).toEqual([true, false]);
    // Through the list, with the list's own today.
    const listed = await listCommitments(actors.viewer, parseCommitmentFilters({ overdueMilestones: "1", size: "100" }));
    expect(listed.rows.map((r) => r.id)).toContain(c.id);
    expect(suggestedProgress(rows)).toBe(0);

    await updateMilestone(actors.analyst, await edit(id, { doneOn: "2026-04-10" }));
    expect(await withOverdueMilestones("2026-04-01")).not.toContain(c.id);
    const after = await listCommitments(actors.viewer, parseCommitmentFilters({ overdueMilestones: "1", size: "100" }));
    expect(after.rows.map((r) => r.id)).not.toContain(c.id);
    expect(suggestedProgress(await listMilestones(actors.viewer, c.id))).toBe(50);
  });

  it("refuse a responsible party that is not a party to the commitment, a day before the meeting, and a viewer, writing nothing", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const before = await databaseFingerprint();
    const refused = await addMilestone(actors.analyst, milestone(c.id, { responsiblePartyId: parties["Azerbaijan"] })).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toBe(
      "Azerbaijan is not a party to this commitment: only one of its parties can be responsible for a milestone. Nothing was saved.",
    );
    expect((refused as ValidationError).fieldErrors.responsiblePartyId).toBeDefined();
    const early = await addMilestone(actors.analyst, milestone(c.id, { doneOn: "2026-01-15" })).catch((e: unknown) => e);
    expect((early as ValidationError).fieldErrors.doneOn?.[0]).toMatch(/The meeting was held on 2 Feb 2026/);
    await expect(addMilestone(actors.viewer, milestone(c.id))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(addMilestone(null, milestone(c.id))).rejects.toMatchObject({ reason: "signed-out" });
    await expect(addMilestone(actors.analyst, milestone("00000000-0000-4000-8000-000000000000"))).rejects.toBeInstanceOf(NotFoundError);
    // The database refuses it too: the responsible party's key is the commitment and party together.
    await expect(
      db.$executeRaw`INSERT INTO milestones (commitment_id, title, due_precision, responsible_party_id)
                     VALUES (${c.id}::uuid, 'Raw', 'NONE', ${parties["Azerbaijan"]}::uuid)`,
    ).rejects.toThrow(/milestones_responsible_party_fkey/);
    expect(await databaseFingerprint()).toEqual(before);
    // One of its parties is accepted.
    const { id } = await addMilestone(actors.analyst, milestone(c.id, { responsiblePartyId: parties["Türkiye"] }));
    expect((await listMilestones(actors.viewer, c.id)).find((m) => m.id === id)?.responsibleParty?.name).toBe("Türkiye");
  });

  it("of two edits from one version, one wins and the other is told, writing nothing", async () => {
    const c = await commitmentByTitle("Enhance cooperation on the environment");
    const { id } = await addMilestone(
      actors.analyst,
      milestone(c.id, { title: "Joint monitoring plan", duePrecision: "YEAR", due: "2040" }),
    );
    // Both forms loaded at version 1.
    const [first, second] = [await edit(id, { doneOn: "2026-05-01" }), await edit(id, { title: "Joint monitoring plan adopted" })];
    const results = await Promise.allSettled([updateMilestone(actors.analyst, first), updateMilestone(actors.admin, second)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(lost.reason.message).toMatch(/Someone else changed this milestone/);
    expect(await db.milestone.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2 });
    expect(await db.auditEvent.count({ where: { action: "commitment.milestone-edit", entityId: c.id } })).toBe(1);
    // A stale version is refused afterwards too, writing nothing.
    const before = await databaseFingerprint();
    const stale = { ...(await edit(id, { title: "Stale edit" })), version: 1 };
    await expect(updateMilestone(actors.analyst, stale)).rejects.toBeInstanceOf(ConflictError);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("are deleted from their current version only, and the audit trail keeps what they were", async () => {
    const c = await commitmentByTitle("Enhance cooperation on the environment");
    const { id } = await addMilestone(actors.analyst, milestone(c.id, { title: "To be deleted" }));
    await expect(
      deleteMilestone(actors.analyst, MilestoneDeleteSchema.parse({ id, commitmentId: c.id, version: "2" })),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      deleteMilestone(actors.viewer, MilestoneDeleteSchema.parse({ id, commitmentId: c.id, version: "1" })),
    ).rejects.toMatchObject({
      reason: "forbidden",
    });
    await deleteMilestone(actors.analyst, MilestoneDeleteSchema.parse({ id, commitmentId: c.id, version: "1" }));
    expect(await db.milestone.findUnique({ where: { id } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.milestone-delete", entityId: c.id } });
    expect(audit.before).toMatchObject({ milestoneId: id, title: "To be deleted", dueDate: "2026-03-31" });
    await expect(
      deleteMilestone(actors.analyst, MilestoneDeleteSchema.parse({ id, commitmentId: c.id, version: "1" })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keep their responsible party on the commitment: an edit that removes it is refused", async () => {
    const c = await db.commitment.findFirstOrThrow({
      where: { title: { contains: "Maarif Schools" } },
      select: { id: true, meetingId: true, title: true, category: true, sourceQuote: true, version: true },
    });
    const before = await databaseFingerprint();
    const edit = CommitmentEditSchema.parse({
      id: c.id,
      version: String(c.version),
      meetingId: c.meetingId,
      title: c.title,
      category: c.category,
      sourceQuote: c.sourceQuote,
      partyIds: [parties["Kazakhstan"]],
      targetPrecision: "UPCOMING",
      target: "",
    });
    await expect(updateCommitment(actors.analyst, edit)).rejects.toThrow(/Türkiye is responsible for milestones of this commitment/);
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("the dashboard's overdue list", () => {
  it("marks the overdue commitments that also have an overdue milestone", async () => {
    // Maarif Schools has an open milestone due in Q1 2026 (added above); the UN pledge has none.
    const maarif = await commitmentByTitle("Maarif Schools");
    const un = await commitmentByTitle("Deepen cooperation within the UN");
    await db.$executeRaw`UPDATE commitments SET target_date = '2026-04-30', target_precision = 'DAY' WHERE id IN (${maarif.id}::uuid, ${un.id}::uuid)`;
    const d = await getDashboard(actors.viewer, parseDashboardParams({}));
    expect(d.overdue.find((c) => c.id === maarif.id)?.overdueMilestones).toBe(true);
    expect(d.overdue.find((c) => c.id === un.id)?.overdueMilestones).toBe(false);
    // On a past date the list does not say (milestones keep no history of being done).
    const past = await getDashboard(actors.viewer, parseDashboardParams({ asOf: "2026-06-01" }));
    expect(past.overdue.find((c) => c.id === maarif.id)).toBeDefined();
    expect(past.overdue.find((c) => c.id === maarif.id)?.overdueMilestones).toBeUndefined();
  });
});

function indicator(commitmentId: string, fields: Record<string, string> = {}) {
  return IndicatorSchema.parse({
    commitmentId,
    version: "",
    name: "Mutual trade turnover",
    unit: "US$ billion",
    direction: "INCREASE",
    baselineValue: "5",
    baselineOn: "2025-12-31",
    targetValue: "10",
    targetOn: "2030-12-31",
    ...fields,
  });
}

function measurement(indicatorId: string, value: string, measuredOn: string) {
  return MeasurementSchema.parse({ indicatorId, value, measuredOn, sourceUrl: "https://example.org/stats", note: "" });
}

describe("measurable targets", () => {
  it("set one indicator per commitment, edited from its version, with exact decimals", async () => {
    const c = await commitmentByTitle("Facilitate and diversify bilateral trade");
    const created = await setIndicator(actors.analyst, indicator(c.id));
    expect(created.version).toBe(1);
    // A second "new" indicator for the same commitment is a conflict, not a second row.
    await expect(setIndicator(actors.admin, indicator(c.id, { name: "Another" }))).rejects.toBeInstanceOf(ConflictError);
    const edited = await setIndicator(actors.analyst, indicator(c.id, { version: "1", targetValue: "10.123456" }));
    expect(edited).toEqual({ id: created.id, version: 2 });
    await expect(setIndicator(actors.admin, indicator(c.id, { version: "1" }))).rejects.toBeInstanceOf(ConflictError);
    const read = await getIndicator(actors.viewer, c.id);
    expect(read).toMatchObject({ baselineValue: "5.000000", targetValue: "10.123456", baselineOn: "2025-12-31", version: 2 });
    expect(await db.auditEvent.count({ where: { action: "commitment.indicator-set", entityId: c.id } })).toBe(2);
  });

  it("refuse a target equal to the baseline, on the wrong side of it, or not after the baseline date", () => {
    const c = "00000000-0000-4000-8000-000000000000";
    const errors = (fields: Record<string, string>) => {
      const parsed = IndicatorSchema.safeParse({ ...indicator(c), version: "", ...fields });
      return parsed.success ? null : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    };
    expect(errors({ targetValue: "5.000" })).toEqual([
      "targetValue: The target must differ from the baseline: there would be no path to follow.",
    ]);
    expect(errors({ targetValue: "4" })?.[0]).toMatch(/For an increase, the target must be above the baseline/);
    expect(errors({ direction: "DECREASE" })?.[0]).toMatch(/For a decrease, the target must be below the baseline/);
    expect(errors({ targetOn: "2025-12-31" })).toEqual(["targetOn: The target date must come after the baseline date."]);
  });

  it("keep the database's own guard on the indicator's invariants", async () => {
    const c = await commitmentByTitle("Continue supporting educational and cultural partnerships");
    await expect(
      db.$executeRaw`INSERT INTO indicators (commitment_id, name, unit, direction, baseline_value, baseline_on, target_value, target_on)
                     VALUES (${c.id}::uuid, 'Raw', 'n', 'INCREASE', 5, '2025-12-31', 5, '2030-12-31')`,
    ).rejects.toThrow(/indicators_direction_agrees/);
    await expect(
      db.$executeRaw`INSERT INTO indicators (commitment_id, name, unit, direction, baseline_value, baseline_on, target_value, target_on)
                     VALUES (${c.id}::uuid, 'Raw', 'n', 'INCREASE', 5, '2025-12-31', 6, '2025-12-31')`,
    ).rejects.toThrow(/indicators_target_after_baseline/);
  });

  it("append measurements, which the database refuses to change or delete, and read them by the rule", async () => {
    const c = await commitmentByTitle("Facilitate and diversify bilateral trade");
    const { id: indicatorId } = (await db.indicator.findUniqueOrThrow({ where: { commitmentId: c.id } }))!;
    // Back to the plain path: 5 → 10.
    const current = await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
    await setIndicator(actors.analyst, indicator(c.id, { version: String(current.version) }));
    await addMeasurement(actors.analyst, measurement(indicatorId, "5.6", "2026-06-30"));
    await addMeasurement(actors.analyst, measurement(indicatorId, "5.1", "2026-11-01"));
    const read = (await getIndicator(actors.viewer, c.id))!;
    expect(read.measurements.map((m) => [m.measuredOn, m.value])).toEqual([
      ["2026-06-30", "5.600000"],
      ["2026-11-01", "5.100000"],
    ]);
    // The latest by date is 5.1 on 1 Nov 2026, where the path is at about 5.8: more than 0.5 (10 % of 5) short.
    expect(indicatorStanding(read, read.measurements).standing).toBe("BEHIND");

    const before = await databaseFingerprint();
    await expect(db.$executeRaw`UPDATE indicator_measurements SET value = 9`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM indicator_measurements`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE indicator_measurements CASCADE`).rejects.toThrow(/append-only/);
    const early = await addMeasurement(actors.analyst, measurement(indicatorId, "4", "2025-06-30")).catch((e: unknown) => e);
    expect((early as ValidationError).fieldErrors.measuredOn?.[0]).toMatch(/The baseline is dated 31 Dec 2025/);
    await expect(addMeasurement(actors.viewer, measurement(indicatorId, "7", "2026-07-01"))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(setIndicator(actors.viewer, indicator(c.id, { version: "3" }))).rejects.toMatchObject({ reason: "forbidden" });
    expect(await databaseFingerprint()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "commitment.measurement-add", entityId: c.id } })).toBe(2);
  });
});
