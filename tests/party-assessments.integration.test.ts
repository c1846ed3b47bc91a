import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateCommitment } from "@/lib/data/commitments";
import { getCompliance, getMeetingDelivery } from "@/lib/data/compliance";
import { ConflictError, ValidationError } from "@/lib/data/errors";
import { assessParty } from "@/lib/data/party-assessments";
import { COMPLIANCE_SCORES, compliancePercent } from "@/lib/domain/compliance";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/domain/status";
import { CommitmentEditSchema } from "@/lib/validation/commitment";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import { PartyAssessmentSchema } from "@/lib/validation/party-assessment";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

// Each party assessed on its own: the guarantees of a status update per commitment and party, and
// compliance by party (and by party × category) equal to a recomputation from the raw history.

let actors: Actors;
let parties: Record<string, string>;
beforeAll(async () => {
  actors = await seedDemoActors();
  parties = Object.fromEntries((await db.party.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]));
});

async function versionOf(commitmentId: string, partyId: string) {
  const row = await db.commitmentParty.findUniqueOrThrow({
    where: { commitmentId_partyId: { commitmentId, partyId } },
    select: { version: true },
  });
  return row.version;
}

function input(commitmentId: string, partyId: string, version: number, fields: Record<string, string> = {}) {
  return PartyAssessmentSchema.parse({
    commitmentId,
    partyId,
    version: String(version),
    status: "IN_PROGRESS",
    progress: "40",
    effectiveOn: "2026-03-10",
    rationale: "The ministry opened the tender in March.",
    evidenceUrls: "https://example.org/tender",
    responsibleBody: "Ministry of National Education of Türkiye",
    requestId: randomUUID(),
    ...fields,
  });
}

/** Records an assessment from the party's current version. */
async function assess(commitmentId: string, party: string, status: CommitmentStatusValue, progress: number, effectiveOn: string) {
  const partyId = parties[party];
  return assessParty(
    actors.analyst,
    input(commitmentId, partyId, await versionOf(commitmentId, partyId), { status, progress: String(progress), effectiveOn }),
  );
}

describe("a party's assessment", () => {
  it("records the history row, the party's state and an audit event, and leaves the overall status alone", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const before = await db.commitment.findUniqueOrThrow({ where: { id: c.id }, select: { status: true, version: true } });
    const saved = await assessParty(actors.analyst, input(c.id, parties["Türkiye"], 1));
    expect(saved).toMatchObject({ version: 2, replayed: false });
    const state = await db.commitmentParty.findUniqueOrThrow({
      where: { commitmentId_partyId: { commitmentId: c.id, partyId: parties["Türkiye"] } },
    });
    expect(state).toMatchObject({
      status: "IN_PROGRESS",
      progress: 40,
      responsibleBody: "Ministry of National Education of Türkiye",
      version: 2,
    });
    const row = await db.partyAssessment.findUniqueOrThrow({ where: { id: saved.assessmentId } });
    expect(row).toMatchObject({
      fromStatus: "NOT_YET_ASSESSED",
      toStatus: "IN_PROGRESS",
      authorId: actors.analyst.id,
      evidenceUrls: ["https://example.org/tender"],
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.party-assessment", entityId: c.id } });
    expect(audit.after).toMatchObject({ partyId: parties["Türkiye"], status: "IN_PROGRESS", assessmentId: saved.assessmentId });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id }, select: { status: true, version: true } })).toEqual(before);
    // The other party is untouched: its own version, still not assessed.
    const other = await db.commitmentParty.findUniqueOrThrow({
      where: { commitmentId_partyId: { commitmentId: c.id, partyId: parties["Kazakhstan"] } },
    });
    expect(other).toMatchObject({ status: "NOT_YET_ASSESSED", version: 1 });
  });

  it("of two simultaneous saves of the same party from one version, one wins and the other is told", async () => {
    const c = await commitmentByTitle("critical minerals");
    const partyId = parties["Kazakhstan"];
    const version = await versionOf(c.id, partyId);
    const results = await Promise.allSettled([
      assessParty(actors.analyst, input(c.id, partyId, version, { status: "IN_PROGRESS", progress: "10" })),
      assessParty(actors.admin, input(c.id, partyId, version, { status: "NOT_STARTED", progress: "0" })),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect(lost[0].reason.message).toMatch(/Someone else assessed this party/);
    expect((lost[0].reason as ConflictError<{ version: number }>).current.version).toBe(version + 1);
    expect(await db.partyAssessment.count({ where: { commitmentId: c.id, partyId } })).toBe(1);
    // Assessing the other party from its own version is not a conflict.
    await expect(assess(c.id, "Türkiye", "NOT_STARTED", 0, "2026-03-10")).resolves.toMatchObject({ replayed: false });
  });

  it("a form submitted twice is recorded once", async () => {
    const c = await commitmentByTitle("Cyprus issue");
    const partyId = parties["Türkiye"];
    const same = input(c.id, partyId, await versionOf(c.id, partyId));
    const first = await assessParty(actors.analyst, same);
    const again = await assessParty(actors.analyst, same);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await db.partyAssessment.count({ where: { commitmentId: c.id, partyId } })).toBe(1);
  });

  it("refuses a party that is not a party to the commitment, an early date and a viewer, writing nothing", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const before = await databaseFingerprint();
    const azerbaijan = parties["Azerbaijan"];
    const refused = await assessParty(actors.analyst, input(c.id, azerbaijan, 1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toBe(
      "Azerbaijan is not a party to this commitment: only its parties can be assessed. Nothing was saved.",
    );
    expect((refused as ValidationError).fieldErrors.partyId).toBeDefined();
    const early = await assessParty(actors.analyst, input(c.id, parties["Kazakhstan"], 1, { effectiveOn: "2026-01-15" })).catch(
      (e: unknown) => e,
    );
    expect((early as ValidationError).fieldErrors.effectiveOn?.[0]).toMatch(/The meeting was held on 2 Feb(ruary)? 2026/);
    await expect(assessParty(actors.viewer, input(c.id, parties["Kazakhstan"], 1))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(assessParty(null, input(c.id, parties["Kazakhstan"], 1))).rejects.toMatchObject({ reason: "signed-out" });
    // Earlier than the party's current assessment (Türkiye's took effect on 10 March).
    const tr = parties["Türkiye"];
    const order = await assessParty(actors.analyst, input(c.id, tr, await versionOf(c.id, tr), { effectiveOn: "2026-03-01" })).catch(
      (e: unknown) => e,
    );
    expect((order as ValidationError).fieldErrors.effectiveOn?.[0]).toMatch(/current assessment took effect on 10 Mar/);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("keeps an assessed party on its commitment: an edit that removes it is refused", async () => {
    const c = await db.commitment.findFirstOrThrow({
      where: { title: { contains: "Maarif Schools" } },
      select: { id: true, meetingId: true, title: true, description: true, category: true, sourceQuote: true, version: true },
    });
    const before = await databaseFingerprint();
    const raw = {
      id: c.id,
      version: String(c.version),
      meetingId: c.meetingId,
      title: c.title,
      description: c.description ?? "",
      category: c.category,
      sourceQuote: c.sourceQuote,
      partyIds: [parties["Kazakhstan"]],
      targetPrecision: "NONE",
      target: "",
    };
    const edit = CommitmentEditSchema.parse(raw);
    await expect(updateCommitment(actors.analyst, edit)).rejects.toThrow(
      /Türkiye has its own assessments on this commitment, so it stays a party/,
    );
    expect(await databaseFingerprint()).toEqual(before);
    // Adding a party keeps the assessed one's state (the edit no longer rewrites every party row).
    await updateCommitment(
      actors.analyst,
      CommitmentEditSchema.parse({ ...raw, partyIds: [parties["Kazakhstan"], parties["Türkiye"], parties["Azerbaijan"]] }),
    );
    const tr = await db.commitmentParty.findUniqueOrThrow({
      where: { commitmentId_partyId: { commitmentId: c.id, partyId: parties["Türkiye"] } },
    });
    expect(tr.status).toBe("IN_PROGRESS");
  });
});

type Figure = { n: number; sum: number };

/** Compliance recomputed in JavaScript from the raw per-party history, as the formula says. */
async function recompute(asOf: string, filter: { party?: string; category?: string; meeting?: string } = {}) {
  const rows = await db.partyAssessment.findMany({
    select: {
      commitmentId: true,
      toStatus: true,
      effectiveOn: true,
      recordedAt: true,
      commitmentParty: {
        select: { party: { select: { name: true } }, commitment: { select: { category: true, meeting: { select: { slug: true } } } } },
      },
    },
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    if (row.effectiveOn.toISOString().slice(0, 10) > asOf) continue;
    const key = `${row.commitmentId}/${row.commitmentParty.party.name}`;
    const seen = latest.get(key);
    if (!seen || row.effectiveOn > seen.effectiveOn || (+row.effectiveOn === +seen.effectiveOn && row.recordedAt > seen.recordedAt))
      latest.set(key, row);
  }
  const byParty = new Map<string, Figure>();
  const byPartyCategory = new Map<string, Figure>();
  for (const row of latest.values()) {
    const party = row.commitmentParty.party.name;
    const category = row.commitmentParty.commitment.category;
    const score = COMPLIANCE_SCORES[row.toStatus];
    if (score === null) continue;
    if (filter.party && party !== filter.party) continue;
    if (filter.category && category !== filter.category) continue;
    if (filter.meeting && row.commitmentParty.commitment.meeting.slug !== filter.meeting) continue;
    for (const [map, key] of [
      [byParty, party],
      [byPartyCategory, `${party}/${category}`],
    ] as const) {
      const f = map.get(key) ?? { n: 0, sum: 0 };
      f.n += 1;
      f.sum += score;
      map.set(key, f);
    }
  }
  const shape = (map: Map<string, Figure>) =>
    Object.fromEntries(
      [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, f]) => [k, { n: f.n, percent: compliancePercent(f.sum, f.n) }]),
    );
  return { byParty: shape(byParty), byPartyCategory: shape(byPartyCategory) };
}

async function fromApp(asOf: string | undefined, filter: { party?: string; category?: string; meeting?: string } = {}) {
  const c = await getCompliance(actors.viewer, parseDashboardParams({ asOf, ...filter }));
  const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  return {
    byParty: sorted(c.byParty.map((p) => [p.party, { n: p.n, percent: p.percent }])),
    byPartyCategory: sorted(c.byPartyCategory.map((p) => [`${p.party}/${p.category}`, { n: p.n, percent: p.percent }])),
  };
}

describe("compliance by party", () => {
  it("scores every status in the database as lib/domain/compliance.ts does", async () => {
    for (const status of COMMITMENT_STATUSES) {
      const [{ score }] = await db.$queryRaw<
        { score: number | null }[]
      >`SELECT ct_compliance_score(${status}::"CommitmentStatus")::int AS score`;
      expect(score, status).toBe(COMPLIANCE_SCORES[status]);
    }
  });

  it("equals a recomputation from the raw history, today and on past dates (each grain of the dated roll-up read from either end), for every filter", async () => {
    // A history that moves forward and back, over pledges of several categories.
    const titles = ["Action Plan of the 13th", "Middle Corridor", "health cooperation", "High-Level Strategic Council", "terrorism"];
    const ids = await Promise.all(titles.map(async (t) => (await commitmentByTitle(t)).id));
    const steps: [number, string, CommitmentStatusValue, number, string][] = [
      [0, "Türkiye", "IN_PROGRESS", 20, "2026-03-01"],
      [0, "Kazakhstan", "NOT_STARTED", 0, "2026-03-01"],
      [1, "Türkiye", "FULFILLED", 100, "2026-04-01"],
      [1, "Kazakhstan", "IN_PROGRESS", 30, "2026-04-01"],
      [2, "Türkiye", "BROKEN", 0, "2026-04-15"],
      [0, "Kazakhstan", "FULFILLED", 100, "2026-05-01"],
      [0, "Türkiye", "STALLED", 20, "2026-06-01"], // back
      [1, "Türkiye", "PARTIALLY_FULFILLED", 60, "2026-06-01"], // back from fulfilled
      [3, "Kazakhstan", "IN_PROGRESS", 50, "2026-07-01"],
      [3, "Kazakhstan", "FULFILLED", 100, "2026-07-01"], // the same day: the later record wins
      [4, "Türkiye", "NOT_YET_ASSESSED", 0, "2026-08-01"], // assessed, then left out
      [2, "Türkiye", "IN_PROGRESS", 10, "2026-09-01"],
    ];
    for (const [i, party, status, progress, on] of steps) await assess(ids[i], party, status, progress, on);
    // A commitment moved to another category takes its parties' scores and history with it (the
    // roll-up and the periods follow by trigger).
    await db.commitment.update({ where: { id: ids[1] }, data: { category: "Health" } });

    const health = await commitmentByTitle("health cooperation");
    const meeting = await db.meeting.findFirstOrThrow({ select: { slug: true } });
    const today = parseDashboardParams({}).asOf;
    // The past dates read the dated roll-up from either end of a month and of a year (asOfRowsSql).
    for (const asOf of [undefined, "2026-03-15", "2026-05-20", "2026-07-01", "2026-08-20", "2026-09-28"]) {
      for (const filter of [
        {},
        { party: "Türkiye" },
        { party: "Kazakhstan" },
        { category: health.category },
        { party: "Türkiye", category: health.category },
        { meeting: meeting.slug },
        { meeting: meeting.slug, party: "Kazakhstan", category: health.category },
      ]) {
        const expected = await recompute(asOf ?? today, filter);
        expect(await fromApp(asOf, filter), `${asOf ?? "today"} ${JSON.stringify(filter)}`).toEqual(expected);
      }
    }
    // The roll-up equals a recount of the parties' current states.
    const kept = await db.$queryRaw`SELECT party_id::text, category, score::int, n FROM party_score_counts WHERE n <> 0 ORDER BY 1, 2, 3`;
    const recount = await db.$queryRaw`
      SELECT cp.party_id::text, c.category, ct_compliance_score(cp.status)::int AS score, count(*)::int AS n
      FROM commitment_parties cp JOIN commitments c ON c.id = cp.commitment_id
      WHERE ct_compliance_score(cp.status) IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    expect(kept).toEqual(recount);
    // A non-trivial figure: on 20 May, Türkiye had +1 (Middle Corridor), 0 (Action Plan), −1 (health), and earlier tests' assessments.
    const may = await fromApp("2026-05-20");
    expect(may.byParty["Türkiye"].n).toBeGreaterThanOrEqual(3);
  });

  it("shows who is delivering on a meeting: each party's status and latest rationale", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { slug: true } });
    const delivery = await getMeetingDelivery(actors.viewer, meeting.slug);
    const row = delivery!.rows.find((r) => r.title.includes("Maarif Schools"))!;
    expect(row.parties["Türkiye"]).toMatchObject({ status: "IN_PROGRESS", rationale: "The ministry opened the tender in March." });
    expect(row.parties["Kazakhstan"]).toMatchObject({ status: "NOT_YET_ASSESSED", rationale: null });
    expect(await getMeetingDelivery(actors.viewer, "no-such-meeting")).toBeNull();
  });
});
