import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateCommitmentStatus, updateCommitmentStatuses } from "@/lib/data/commitments";
import { ConflictError } from "@/lib/data/errors";
import { BulkStatusUpdateSchema, StatusUpdateSchema } from "@/lib/validation/status-update";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

// One status update for several commitments: one transaction, each commitment with its own version
// check, history row and audit event; any refusal writes nothing and names every refused commitment.

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

type Selected = { id: string; version: number };

function bulkInput(selected: Selected[], overrides: Record<string, unknown> = {}) {
  return BulkStatusUpdateSchema.parse({
    items: selected.map((c) => `${c.id}:${c.version}`),
    status: "IN_PROGRESS",
    progress: "20",
    effectiveOn: "2026-03-15",
    rationale: "All three taken up by the joint working group in March.",
    evidenceUrls: "https://example.org/working-group",
    ...overrides,
  });
}

const byTitles = (...titles: string[]) => Promise.all(titles.map(commitmentByTitle));

/** The roll-ups kept by triggers, and what they would be if recomputed from the history. */
async function rollupsAndHistory() {
  const kept = await db.$queryRaw`SELECT dimension, key, status::text, n FROM status_counts WHERE n <> 0 ORDER BY 1, 2, 3`;
  const recount = await db.$queryRaw`
    SELECT k.dimension, k.key, c.status::text, count(*)::int AS n FROM commitments c
    CROSS JOIN LATERAL (SELECT 'all', '' UNION ALL SELECT 'category', c.category UNION ALL SELECT 'meeting', c.meeting_id::text
      UNION ALL SELECT 'party', cp.party_id::text FROM commitment_parties cp WHERE cp.commitment_id = c.id) AS k(dimension, key)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  // Summing every day's +1/−1 per key gives today's counts again.
  const deltas = await db.$queryRaw`
    SELECT dimension, key, status::text, sum(delta)::int AS n FROM status_deltas GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3`;
  const periods =
    await db.$queryRaw`SELECT status_update_id::text, valid_from, valid_to, status::text, progress FROM status_periods ORDER BY 1`;
  const fromHistory = await db.$queryRaw`
    SELECT id::text AS status_update_id, effective_on AS valid_from,
           lead(effective_on) OVER (PARTITION BY commitment_id ORDER BY effective_on, recorded_at) AS valid_to,
           to_status::text AS status, progress
    FROM status_updates ORDER BY 1`;
  return { kept, recount, deltas, periods, fromHistory };
}

describe("updateCommitmentStatuses", () => {
  it("records the update for each commitment: its own history row, audit event and version, and the roll-ups follow", async () => {
    const chosen = await byTitles("Energy trade", "Trans-Caspian", "Maintain the momentum");
    const auditBefore = await db.auditEvent.count({ where: { action: "commitment.status-update" } });
    const result = await updateCommitmentStatuses(actors.analyst, bulkInput(chosen));
    expect(result).toEqual({ count: 3, replayed: false });

    for (const c of chosen) {
      const after = await db.commitment.findUniqueOrThrow({
        where: { id: c.id },
        include: { statusUpdates: { orderBy: { recordedAt: "desc" } } },
      });
      expect(after).toMatchObject({ status: "IN_PROGRESS", progress: 20, version: c.version + 1 });
      expect(after.statusUpdates).toHaveLength(2);
      expect(after.statusUpdates[0]).toMatchObject({
        fromStatus: "NOT_YET_ASSESSED",
        toStatus: "IN_PROGRESS",
        progress: 20,
        rationale: "All three taken up by the joint working group in March.",
        evidenceUrls: ["https://example.org/working-group"],
        authorId: actors.analyst.id,
      });
      const audits = await db.auditEvent.findMany({ where: { entityId: c.id, action: "commitment.status-update" } });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        actorId: actors.analyst.id,
        before: { status: "NOT_YET_ASSESSED", version: c.version },
        after: { status: "IN_PROGRESS", version: c.version + 1, statusUpdateId: after.statusUpdates[0].id, batch: { size: 3 } },
      });
    }
    expect(await db.auditEvent.count({ where: { action: "commitment.status-update" } })).toBe(auditBefore + 3);

    const { kept, recount, deltas, periods, fromHistory } = await rollupsAndHistory();
    expect(kept).toEqual(recount);
    expect(deltas).toEqual(kept);
    expect(periods).toEqual(fromHistory);
  });

  it("writes nothing when one of three was saved since, and names that one", async () => {
    const chosen = await byTitles("defence-industry", "Facilitate and diversify", "Deepen multifaceted");
    const [, stale] = chosen;
    await updateCommitmentStatus(
      actors.admin,
      StatusUpdateSchema.parse({
        commitmentId: stale.id,
        version: String(stale.version),
        status: "STALLED",
        progress: "5",
        effectiveOn: "2026-03-01",
        rationale: "Talks suspended, says the trade ministry.",
      }),
    );
    const before = await databaseFingerprint();
    const error = await updateCommitmentStatuses(actors.analyst, bulkInput(chosen)).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^Nothing was recorded: 1 commitment of 3/);
    expect(error.current).toEqual([{ commitmentId: stale.id, title: stale.title, reason: expect.stringMatching(/Someone else saved it/) }]);
    expect(await databaseFingerprint()).toEqual(before);

    // From the versions the list shows now, the same batch goes through.
    const fresh = await byTitles("defence-industry", "Facilitate and diversify", "Deepen multifaceted");
    expect(await updateCommitmentStatuses(actors.analyst, bulkInput(fresh))).toEqual({ count: 3, replayed: false });
    const { kept, recount, periods, fromHistory } = await rollupsAndHistory();
    expect(kept).toEqual(recount);
    expect(periods).toEqual(fromHistory);
  });

  it("names every refused commitment with its reason, including one whose current status took effect later", async () => {
    const [early, stale, fine] = await byTitles(
      "Hold the OTS Summit of Heads of State in Türkiye",
      "Hold the 6th meeting",
      "Deepen health",
    );
    await updateCommitmentStatus(
      actors.analyst,
      StatusUpdateSchema.parse({
        commitmentId: early.id,
        version: String(early.version),
        status: "IN_PROGRESS",
        progress: "10",
        effectiveOn: "2026-04-01",
        rationale: "Venue and dates announced for the summit.",
      }),
    );
    const earlyNow = await db.commitment.findUniqueOrThrow({ where: { id: early.id } });
    const before = await databaseFingerprint();
    const error = await updateCommitmentStatuses(
      actors.analyst,
      bulkInput([{ id: earlyNow.id, version: earlyNow.version }, { id: stale.id, version: stale.version + 5 }, fine]),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^Nothing was recorded: 2 commitments of 3/);
    expect(error.current).toEqual(
      expect.arrayContaining([
        {
          commitmentId: early.id,
          title: early.title,
          reason: expect.stringMatching(/took effect on 1 Apr 2026; a new update cannot take effect earlier/),
        },
        { commitmentId: stale.id, title: stale.title, reason: expect.stringMatching(/Someone else saved it/) },
      ]),
    );
    expect(error.current).toHaveLength(2);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("records a resubmitted batch (same form id) once, and acknowledges it again", async () => {
    const chosen = await byTitles("Expand collaboration to further empower the OTS", "Continue supporting educational");
    const input = bulkInput(chosen, { requestId: randomUUID() });
    const historyBefore = await db.statusUpdate.count();
    const auditBefore = await db.auditEvent.count();
    expect(await updateCommitmentStatuses(actors.analyst, input)).toEqual({ count: 2, replayed: false });
    const afterFirst = await databaseFingerprint();
    expect(await updateCommitmentStatuses(actors.analyst, input)).toEqual({ count: 2, replayed: true });
    expect(await databaseFingerprint()).toEqual(afterFirst);
    expect(await db.statusUpdate.count()).toBe(historyBefore + 2);
    expect(await db.auditEvent.count()).toBe(auditBefore + 2);
    // Each row has an id of its own, derived from the form's.
    const ids = await db.statusUpdate.findMany({
      where: { commitmentId: { in: chosen.map((c) => c.id) }, clientRequestId: { not: null } },
    });
    expect(new Set(ids.map((u) => u.clientRequestId)).size).toBe(2);

    // Another form (a new id) from the same, now stale, versions is a conflict, not a replay.
    await expect(updateCommitmentStatuses(actors.analyst, bulkInput(chosen, { requestId: randomUUID() }))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("refuses viewers and anonymous callers and writes nothing", async () => {
    const chosen = await byTitles("Support CICA", "Deepen cooperation within the UN");
    const before = await databaseFingerprint();
    await expect(updateCommitmentStatuses(actors.viewer, bulkInput(chosen))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(updateCommitmentStatuses(null, bulkInput(chosen))).rejects.toMatchObject({ reason: "signed-out" });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("of two batches sharing commitments, sent at once, exactly one is recorded and neither deadlocks", async () => {
    const chosen = await byTitles("Intensify joint efforts to implement the Turkic World Vision", "Intensify exchanges of researchers");
    const results = await Promise.allSettled([
      updateCommitmentStatuses(actors.analyst, bulkInput(chosen)),
      updateCommitmentStatuses(actors.admin, bulkInput([...chosen].reverse(), { status: "STALLED", progress: "20" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    for (const c of chosen) expect(await db.statusUpdate.count({ where: { commitmentId: c.id } })).toBe(2);
  });
});
