import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/auth/permissions";
import {
  createCommitment,
  getCommitment,
  listCommitments,
  listStatusHistory,
  suggestSearch,
  updateCommitment,
  updateCommitmentStatus,
} from "@/lib/data/commitments";
import { ConflictError, ValidationError } from "@/lib/data/errors";
import { listMeetings } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { CommitmentCreateSchema } from "@/lib/validation/commitment";
import { StatusUpdateSchema } from "@/lib/validation/status-update";
import { seedDemo } from "@/prisma/seed/demo";
import { JSPG_COMMITMENTS } from "@/prisma/seed/jspg-8th-meeting";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

const list = (params: Record<string, string | string[]>) => listCommitments(actors.viewer, parseCommitmentFilters(params));

function statusInput(commitmentId: string, version: number, overrides: Record<string, string> = {}) {
  return StatusUpdateSchema.parse({
    commitmentId,
    version: String(version),
    status: "IN_PROGRESS",
    progress: "20",
    effectiveOn: "2026-03-15",
    rationale: "Construction contract signed for the Astana campus.",
    evidenceUrls: "https://example.org/evidence",
    ...overrides,
  });
}

describe("demo data", () => {
  it("loads every pledge once, and re-running the seed duplicates nothing", async () => {
    const before = await databaseFingerprint();
    await seedDemo(db);
    await seedDemo(db, () => {}, { history: false });
    expect(await databaseFingerprint()).toEqual(before);
    expect(await db.commitment.count()).toBe(JSPG_COMMITMENTS.length);
    expect(await db.statusUpdate.count()).toBe(JSPG_COMMITMENTS.length);
  });

  it("stores each source sentence as an exact span of the meeting's readout", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ include: { commitments: true } });
    for (const c of meeting.commitments) {
      expect(meeting.sourceText!.slice(c.sourceStart!, c.sourceEnd!)).toBe(c.sourceQuote);
    }
  });
});

describe("listCommitments", () => {
  it("lists every commitment with its meeting and parties", async () => {
    const page = await list({ size: "100" });
    expect(page.total).toBe(JSPG_COMMITMENTS.length);
    const maarif = page.rows.find((r) => r.title.includes("Maarif Schools"))!;
    expect(maarif).toMatchObject({
      status: "NOT_YET_ASSESSED",
      progress: 0,
      targetPrecision: "UPCOMING",
      meetingSlug: "jspg-8-2026-ankara",
    });
    expect(maarif.parties).toEqual(["Kazakhstan", "Türkiye"]);
    expect(maarif.partyShortNames).toEqual(["KZ", "TR"]);
    expect(maarif.sourceQuote).toContain("Maarif Schools in Astana and Almaty");
    expect(maarif).toHaveProperty("description");
  });

  it("finds Türkiye when searching without diacritics, and needs every word", async () => {
    const folded = await list({ q: "turkiye trilateral" });
    expect(folded.rows.map((r) => r.title)).toEqual([expect.stringContaining("trilateral mechanism")]);
    const exact = await list({ q: "Türkiye" });
    const plain = await list({ q: "TURKIYE" });
    expect(plain.total).toBe(exact.total);
    expect(plain.total).toBeGreaterThan(0);
  });

  it("finds Nurdağı for 'Nurdagi', and treats LIKE wildcards literally", async () => {
    const meeting = await db.meeting.findFirstOrThrow();
    const party = await db.party.findFirstOrThrow({ where: { name: "Kazakhstan" } });
    await createCommitment(actors.analyst, {
      ...CommitmentCreateSchema.parse({
        meetingId: meeting.id,
        title: "Complete the school in Nurdağı (Gaziantep)",
        category: "Education, science & culture",
        partyIds: [party.id],
        sourceQuote: "for the school construction in Nurdağı (Gaziantep) as a token of a brotherly gesture",
        targetPrecision: "NONE",
      }),
    });
    expect((await list({ q: "Nurdagi" })).rows.map((r) => r.title)).toEqual(["Complete the school in Nurdağı (Gaziantep)"]);
    expect((await list({ q: "%" })).total).toBe(0);
    expect((await list({ q: "_" })).total).toBe(0);
  });

  it("finds a pledge whose title lacks the word by its quote, which the list returns for the passage shown", async () => {
    const page = await list({ q: "maarif", size: "100" });
    const continuing = page.rows.find((r) => r.title.startsWith("Continue supporting educational"))!;
    expect(continuing.title).not.toMatch(/maarif/i);
    expect(continuing.sourceQuote).toContain("Maarif");
  });

  it("filters by status, category, party and meeting, combined", async () => {
    expect((await list({ party: "Azerbaijan" })).rows.map((r) => r.title)).toEqual([expect.stringContaining("trilateral")]);
    const multilateral = await list({ category: "Multilateral cooperation", size: "100" });
    expect(multilateral.total).toBe(JSPG_COMMITMENTS.filter((c) => c.category === "Multilateral cooperation").length);
    const ots = await list({ party: "Organization of Turkic States", category: "Multilateral cooperation", size: "100" });
    expect(ots.rows.every((r) => r.parties.includes("Organization of Turkic States") && r.category === "Multilateral cooperation")).toBe(
      true,
    );
    expect(ots.total).toBeGreaterThan(2);
    expect((await list({ meeting: "no-such-meeting" })).total).toBe(0);
    expect((await list({ meeting: "jspg-8-2026-ankara" })).total).toBeGreaterThanOrEqual(JSPG_COMMITMENTS.length);
    expect((await list({ status: "BROKEN" })).total).toBe(0);
  });

  it("sorts and paginates without losing or repeating rows", async () => {
    const all = await list({ sort: "title", size: "100" });
    const titles = all.rows.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const pages = await Promise.all([1, 2].map((p) => list({ sort: "title", page: String(p) })));
    expect(pages[0].pageCount).toBe(2);
    expect([...pages[0].rows, ...pages[1].rows].map((r) => r.title)).toEqual(titles);
    const byTarget = await list({ sort: "target", size: "100" });
    expect(byTarget.rows[0].targetPrecision).toBe("YEAR");
    expect(byTarget.rows.at(-1)!.targetDate).toBeNull();
  });

  it("refuses callers without a session", async () => {
    await expect(listCommitments(null, parseCommitmentFilters({}))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(suggestSearch(null, parseCommitmentFilters({ q: "Kazakstan" }))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getCommitment(null, "x")).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listMeetings(null, { q: "", page: 1 })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listParties(null)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("suggestSearch (for a search that found nothing)", () => {
  const suggest = (params: Record<string, string>) => suggestSearch(actors.viewer, parseCommitmentFilters(params));

  it("suggests the closest word in the data, as the data writes it, and how many it finds", async () => {
    expect((await list({ q: "Kazakstan" })).total).toBe(0);
    const suggestion = await suggest({ q: "Kazakstan" });
    expect(suggestion).toEqual({ q: "Kazakhstan", total: (await list({ q: "Kazakhstan" })).total });
    expect(suggestion!.total).toBeGreaterThan(0);
    expect((await suggest({ q: "maarf schools" }))?.q).toBe("Maarif schools");
  });

  it("corrects only the words found nowhere, and counts under the same filters", async () => {
    expect(await suggest({ q: "Kazakstan trilateral", party: "Azerbaijan" })).toEqual({ q: "Kazakhstan trilateral", total: 1 });
  });

  it("suggests nothing for a word like nothing in the data, for words that all exist, or when the correction finds nothing either", async () => {
    expect(await suggest({ q: "xqzvwj" })).toBeNull();
    expect(await suggest({ q: "Maarif cybersecurity" })).toBeNull();
    expect(await suggest({ q: "Kazakstan", status: "BROKEN" })).toBeNull();
    expect(await suggest({ q: "" })).toBeNull();
  });
});

describe("updateCommitmentStatus", () => {
  it("writes the history row, the current status and the audit event together", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const auditBefore = await db.auditEvent.count();
    const result = await updateCommitmentStatus(actors.analyst, statusInput(c.id, c.version));
    expect(result.version).toBe(c.version + 1);

    const detail = (await getCommitment(actors.viewer, c.id))!;
    expect(detail).toMatchObject({ status: "IN_PROGRESS", progress: 20, version: c.version + 1 });
    const history = (await listStatusHistory(actors.viewer, c.id)).entries;
    expect(history[0]).toMatchObject({
      fromStatus: "NOT_YET_ASSESSED",
      toStatus: "IN_PROGRESS",
      fromProgress: 0,
      progress: 20,
      rationale: "Construction contract signed for the Astana campus.",
      evidenceUrls: ["https://example.org/evidence"],
      author: { name: actors.analyst.name },
    });
    expect(history[0].effectiveOn.toISOString().slice(0, 10)).toBe("2026-03-15");
    expect(history).toHaveLength(2);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: c.id, action: "commitment.status-update" } });
    expect(audit).toMatchObject({ actorId: actors.analyst.id, ip: "127.0.0.1", entityType: "commitment" });
    // The whole before and after, as written in the save's one statement.
    expect(audit.before).toEqual({ status: "NOT_YET_ASSESSED", progress: 0, version: c.version });
    expect(audit.after).toEqual({
      status: "IN_PROGRESS",
      progress: 20,
      version: c.version + 1,
      effectiveOn: "2026-03-15",
      statusUpdateId: result.statusUpdateId,
    });
    expect(history[0].id).toBe(result.statusUpdateId);
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
  });

  it("lets a status move backwards too, and records every move", async () => {
    const c = await commitmentByTitle("critical minerals");
    await updateCommitmentStatus(actors.analyst, statusInput(c.id, 1, { status: "PARTIALLY_FULFILLED", progress: "50" }));
    await updateCommitmentStatus(actors.admin, statusInput(c.id, 2, { status: "STALLED", progress: "50", effectiveOn: "2026-04-01" }));
    const detail = (await getCommitment(actors.viewer, c.id))!;
    expect(detail.status).toBe("STALLED");
    const history = (await listStatusHistory(actors.viewer, c.id)).entries;
    expect(history.map((u) => u.toStatus)).toEqual(["STALLED", "PARTIALLY_FULFILLED", "NOT_YET_ASSESSED"]);
  });

  it("of two saves from the same version, exactly one wins and the other sees the newer state", async () => {
    const c = await commitmentByTitle("High-Level Strategic Council");
    const historyBefore = await db.statusUpdate.count({ where: { commitmentId: c.id } });
    const results = await Promise.allSettled([
      updateCommitmentStatus(actors.analyst, statusInput(c.id, c.version, { rationale: "First analyst: date agreed for the council." })),
      updateCommitmentStatus(
        actors.admin,
        statusInput(c.id, c.version, { status: "STALLED", rationale: "Second analyst: council postponed." }),
      ),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    expect(rejected[0].reason.message).toMatch(/Someone else saved this commitment/);
    const current = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
    expect(rejected[0].reason.current).toMatchObject({ version: current.version, status: current.status });
    expect(await db.statusUpdate.count({ where: { commitmentId: c.id } })).toBe(historyBefore + 1);
    expect(current.version).toBe(c.version + 1);
  });

  it("refuses a stale version even when saves are not simultaneous", async () => {
    const c = await commitmentByTitle("Cyprus");
    await updateCommitmentStatus(actors.analyst, statusInput(c.id, c.version));
    const before = await databaseFingerprint();
    await expect(updateCommitmentStatus(actors.admin, statusInput(c.id, c.version, { status: "BROKEN" }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("has no switch in the environment that turns the version check or the date order off", async () => {
    // The load test's control run once did this through a variable the data layer read.
    const c = await commitmentByTitle("Middle Corridor");
    const saved = { ...process.env };
    for (const name of ["CT_CONTROL_RUN_WITHOUT_VERSION_CHECK", "CT_SKIP_VERSION_CHECK"]) process.env[name] = "1";
    try {
      await updateCommitmentStatus(actors.analyst, statusInput(c.id, c.version, { effectiveOn: "2026-04-01" }));
      await expect(updateCommitmentStatus(actors.admin, statusInput(c.id, c.version, { status: "BROKEN" }))).rejects.toBeInstanceOf(
        ConflictError,
      );
      const fresh = await commitmentByTitle("Middle Corridor");
      await expect(
        updateCommitmentStatus(actors.admin, statusInput(fresh.id, fresh.version, { effectiveOn: "2026-03-01" })),
      ).rejects.toBeInstanceOf(ValidationError);
    } finally {
      process.env = saved;
    }
  });

  it("refuses an update that would take effect before the current status", async () => {
    const c = await commitmentByTitle("Cyprus");
    const before = await databaseFingerprint();
    const error = await updateCommitmentStatus(actors.analyst, statusInput(c.id, c.version, { effectiveOn: "2026-01-01" })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.effectiveOn[0]).toMatch(/took effect on 15 Mar 2026/);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses viewers and anonymous callers and writes nothing", async () => {
    const c = await commitmentByTitle("TIKA");
    const before = await databaseFingerprint();
    await expect(updateCommitmentStatus(actors.viewer, statusInput(c.id, c.version))).rejects.toMatchObject({ reason: "forbidden" });
    await expect(updateCommitmentStatus(null, statusInput(c.id, c.version))).rejects.toMatchObject({ reason: "signed-out" });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("createCommitment and updateCommitment", () => {
  async function createInput(overrides: Record<string, unknown> = {}) {
    const meeting = await db.meeting.findFirstOrThrow();
    const parties = await db.party.findMany({ where: { name: { in: ["Türkiye", "Kazakhstan"] } } });
    return CommitmentCreateSchema.parse({
      meetingId: meeting.id,
      title: "Exchange researchers in critical-minerals processing",
      category: "Energy & mining",
      partyIds: parties.map((p) => p.id),
      sourceQuote: "joint exploration, development, and processing initiatives in the mining field",
      targetPrecision: "QUARTER",
      target: "2027-Q2",
      ...overrides,
    });
  }

  it("creates a commitment with its parties, span, first history row and audit event", async () => {
    const { id } = await createCommitment(actors.analyst, await createInput());
    const detail = (await getCommitment(actors.viewer, id))!;
    expect(detail).toMatchObject({ status: "NOT_YET_ASSESSED", targetPrecision: "QUARTER", version: 1 });
    expect(detail.targetDate!.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(detail.parties.map((p) => p.party.name)).toEqual(["Kazakhstan", "Türkiye"]);
    expect(detail.sourceStart).not.toBeNull();
    expect((await listStatusHistory(actors.viewer, id)).entries).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "commitment.create" } })).toBe(1);
  });

  it("refuses a duplicate title in the same meeting, and unknown parties, writing nothing", async () => {
    const before = await databaseFingerprint();
    const duplicate = await createCommitment(actors.analyst, await createInput()).catch((e) => e);
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect(duplicate.fieldErrors.title).toBeDefined();
    const unknownParty = await createCommitment(
      actors.analyst,
      await createInput({ title: "Another one", partyIds: ["00000000-0000-4000-8000-000000000000"] }),
    ).catch((e) => e);
    expect(unknownParty.fieldErrors.partyIds).toBeDefined();
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("edits a commitment, and refuses an edit from a stale version", async () => {
    const c = await commitmentByTitle("Exchange researchers");
    const base = await createInput({ title: "Exchange researchers in critical-minerals processing (edited)" });
    await updateCommitment(actors.analyst, { ...base, id: c.id, version: c.version });
    const edited = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
    expect(edited).toMatchObject({ title: base.title, version: c.version + 1 });
    const before = await databaseFingerprint();
    await expect(updateCommitment(actors.admin, { ...base, title: "Lost update", id: c.id, version: c.version })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses viewers and anonymous callers", async () => {
    const before = await databaseFingerprint();
    const input = await createInput({ title: "Viewer attempt" });
    await expect(createCommitment(actors.viewer, input)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(createCommitment(null, input)).rejects.toBeInstanceOf(AuthorizationError);
    const c = await commitmentByTitle("Exchange researchers");
    await expect(updateCommitment(actors.viewer, { ...input, id: c.id, version: c.version })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("a status update submitted again (its answer was lost)", () => {
  it("is recognised by its form id and recorded once, even when the copies arrive at the same time", async () => {
    const c = await commitmentByTitle("Deepen cooperation within the UN");
    const requestId = "5f0e2a8e-0d4b-4c1e-9a53-3a1d2b7c9e01";
    const input = () => statusInput(c.id, c.version, { requestId, rationale: "Resubmitted after a dropped connection." });
    const historyBefore = await db.statusUpdate.count({ where: { commitmentId: c.id } });
    const first = await updateCommitmentStatus(actors.analyst, input());
    const again = await updateCommitmentStatus(actors.analyst, input());
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ statusUpdateId: first.statusUpdateId, version: first.version, replayed: true });

    const d = await commitmentByTitle("Support a negotiated");
    const auditsBefore = await db.auditEvent.count({ where: { action: "commitment.status-update", entityId: d.id } });
    const same = "5f0e2a8e-0d4b-4c1e-9a53-3a1d2b7c9e02";
    const copies = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        updateCommitmentStatus(
          actors.analyst,
          statusInput(d.id, d.version, { requestId: same, rationale: "Five copies of one submission." }),
        ),
      ),
    );
    expect(copies.every((r) => r.status === "fulfilled")).toBe(true);
    expect(new Set(copies.map((r) => (r as PromiseFulfilledResult<{ statusUpdateId: string }>).value.statusUpdateId)).size).toBe(1);
    expect(await db.statusUpdate.count({ where: { commitmentId: d.id, clientRequestId: same } })).toBe(1);
    expect(await db.statusUpdate.count({ where: { commitmentId: c.id } })).toBe(historyBefore + 1);
    expect(await db.auditEvent.count({ where: { action: "commitment.status-update", entityId: d.id } })).toBe(auditsBefore + 1);

    // A form id belongs to one commitment.
    await expect(updateCommitmentStatus(actors.analyst, statusInput(d.id, d.version + 1, { requestId }))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
