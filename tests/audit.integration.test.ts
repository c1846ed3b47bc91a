import { beforeAll, describe, expect, it } from "vitest";
import { auditEventBatches, listAuditEvents } from "@/lib/data/audit";
import { updateCommitmentStatus } from "@/lib/data/commitments";
import { createMeeting } from "@/lib/data/meetings";
import { authenticate, unlockUser, updateUser } from "@/lib/data/users";
import { auditChanges, auditSubject } from "@/lib/domain/audit-changes";
import { auditActionLabel } from "@/lib/domain/audit-labels";
import { parseAuditFilters } from "@/lib/validation/audit-filters";
import { MeetingCreateSchema } from "@/lib/validation/meeting";
import { StatusUpdateSchema } from "@/lib/validation/status-update";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { commitmentByTitle, seedDemoActors, type Actors } from "./support/fixtures";

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
  await authenticate("analyst@example.org", DEMO_PASSWORD, "203.0.113.5");
  await authenticate("analyst@example.org", "wrong", "203.0.113.6");
});

describe("the audit trail", () => {
  it("lists events newest first, filtered by action, person and day", async () => {
    const all = await listAuditEvents(actors.admin, parseAuditFilters({}));
    expect(all.total).toBeGreaterThan(26);
    expect(all.rows[0]).toMatchObject({ action: "auth.sign-in-failed", ip: "203.0.113.6" });
    expect(all.actions).toEqual(expect.arrayContaining(["auth.sign-in", "auth.sign-in-failed", "commitment.create"]));

    const signIns = await listAuditEvents(actors.admin, parseAuditFilters({ action: "auth.sign-in", actor: "Analyst@Example.org" }));
    expect(signIns.rows.map((r) => [r.action, r.actorEmail, r.ip])).toEqual([["auth.sign-in", "analyst@example.org", "203.0.113.5"]]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(actors.admin, parseAuditFilters({ from: today, to: today }))).total).toBe(all.total);
    expect((await listAuditEvents(actors.admin, parseAuditFilters({ to: "2020-01-01" }))).total).toBe(0);
  });

  it("exports in batches that together hold every filtered event once", async () => {
    const ids: string[] = [];
    for await (const batch of auditEventBatches(actors.admin, parseAuditFilters({}), 7)) ids.push(...batch.map((r) => r.id));
    const { total } = await listAuditEvents(actors.admin, parseAuditFilters({}));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it("is for admins only", async () => {
    await expect(listAuditEvents(actors.analyst, parseAuditFilters({}))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(auditEventBatches(null, parseAuditFilters({})).next()).rejects.toMatchObject({ reason: "signed-out" });
  });
});

describe("the audit trail as a person reads it", () => {
  it("names people and records, labels every action, and reads before and after as the fields that changed", async () => {
    const commitment = await commitmentByTitle("Maarif Schools");
    await updateCommitmentStatus(
      actors.analyst,
      StatusUpdateSchema.parse({
        commitmentId: commitment.id,
        version: String(commitment.version),
        status: "IN_PROGRESS",
        progress: "40",
        effectiveOn: "2026-03-15",
        rationale: "Construction contract signed for the Astana campus.",
        evidenceUrls: "",
      }),
    );
    const meeting = await createMeeting(
      actors.analyst,
      MeetingCreateSchema.parse({
        title: "Audit readability check",
        kind: "Summit",
        heldOn: "2026-05-05",
        location: "",
        participants: "",
        sourceUrl: "",
        sourceText: "",
      }),
    );
    await updateUser(actors.admin, { userId: actors.viewer.id, role: "ANALYST", active: true });
    for (let i = 0; i < 5; i++) await authenticate("viewer@example.org", `wrong-${i}`, "192.0.2.40");
    await unlockUser(actors.admin, { userId: actors.viewer.id });

    const { rows, names } = await listAuditEvents(actors.admin, parseAuditFilters({}));
    const find = (action: string) => rows.find((r) => r.action === action)!;

    const status = find("commitment.status-update");
    expect(auditActionLabel(status.action)).toBe("Status update recorded");
    expect(status).toMatchObject({ actorName: "Arman Analyst", actorEmail: "analyst@example.org" });
    expect(auditSubject(status, names)).toEqual({ label: commitment.title, href: `/commitments/${commitment.id}` });
    expect(auditChanges(status.before, status.after, names)).toEqual([
      { field: "Status", before: "Not yet assessed", after: "In progress" },
      { field: "Progress", before: "0%", after: "40%" },
      { field: "Took effect on", after: "15 Mar 2026" },
    ]);

    const created = find("meeting.create");
    expect(auditSubject(created, names)).toEqual({ label: "Audit readability check", href: `/meetings/${meeting.slug}` });
    expect(auditChanges(created.before, created.after, names)).toEqual(
      expect.arrayContaining([
        { field: "Title", after: "Audit readability check" },
        { field: "Held on", after: "5 May 2026" },
      ]),
    );

    const role = find("user.role-change");
    expect(role).toMatchObject({ actorName: "Ayla Admin" });
    expect(auditSubject(role, names)).toEqual({ label: "Vera Viewer", title: "viewer@example.org" });
    expect(auditChanges(role.before, role.after, names)).toEqual([{ field: "Role", before: "Viewer", after: "Analyst" }]);

    const unlock = find("auth.unlock");
    expect(auditActionLabel(unlock.action)).toBe("Account unlocked");
    expect(auditSubject(unlock, names)).toEqual({ label: "Vera Viewer", title: "viewer@example.org" });
    expect(auditChanges(unlock.before, unlock.after, names)).toEqual([
      { field: "Sign-in", before: "Locked", after: "Open" },
      { field: "Locked until", before: expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/) },
      { field: "Failed sign-ins cleared", after: "5" },
    ]);

    // Every action on the page has a label of its own, not its code.
    for (const row of rows) expect(auditActionLabel(row.action)).not.toBe(row.action);
  });

  it("leaves the export as it was: codes, ids and the stored JSON", async () => {
    const batch = [];
    for await (const rows of auditEventBatches(actors.admin, parseAuditFilters({ action: "commitment.status-update" })))
      batch.push(...rows);
    expect(batch[0]).toMatchObject({
      action: "commitment.status-update",
      entityType: "commitment",
      entityId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      before: { status: "NOT_YET_ASSESSED", progress: 0, version: 1 },
      after: { status: "IN_PROGRESS", progress: 40, version: 2, effectiveOn: "2026-03-15" },
    });
  });
});
