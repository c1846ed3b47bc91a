import { beforeAll, describe, expect, it } from "vitest";
import { auditEventBatches, listAuditEvents } from "@/lib/data/audit";
import { authenticate } from "@/lib/data/users";
import { parseAuditFilters } from "@/lib/validation/audit-filters";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { seedDemoActors, type Actors } from "./support/fixtures";

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
