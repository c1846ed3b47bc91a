import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/auth/permissions";
import { ConflictError, ValidationError } from "@/lib/data/errors";
import { acceptCandidates, createMeeting, getMeetingBySlug, updateMeeting } from "@/lib/data/meetings";
import { extractCandidates } from "@/lib/domain/extraction";
import { AcceptCandidatesSchema } from "@/lib/validation/extraction";
import { MeetingCreateSchema, MeetingEditSchema } from "@/lib/validation/meeting";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

const READOUT = readFileSync(path.resolve(import.meta.dirname, "../prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt"), "utf8");

let actors: Actors;
let partyIds: string[];
beforeAll(async () => {
  actors = await seedDemoActors();
  partyIds = (await db.party.findMany({ where: { name: { in: ["Türkiye", "Kazakhstan"] } }, select: { id: true } })).map((p) => p.id);
});

const meetingInput = (overrides: Record<string, string> = {}) =>
  MeetingCreateSchema.parse({
    title: "9th JSPG meeting",
    kind: "Bilateral ministerial",
    heldOn: "2027-02-01",
    location: "Astana",
    sourceText: READOUT,
    ...overrides,
  });

async function freshMeeting(overrides: Record<string, string> = {}) {
  const { slug } = await createMeeting(actors.analyst, meetingInput(overrides));
  return (await getMeetingBySlug(actors.analyst, slug))!;
}

function accepted(meetingId: string, count: number, tweak: (c: Record<string, unknown>, i: number) => void = () => {}) {
  const { candidates } = extractCandidates(READOUT, { meetingDate: "2027-02-01" });
  return AcceptCandidatesSchema.parse({
    meetingId,
    candidates: candidates.slice(0, count).map((c, i) => {
      const out: Record<string, unknown> = {
        title: `${c.title} (${i})`,
        category: c.category,
        partyIds,
        targetPrecision: c.target.precision,
        target: c.target.value,
        quote: c.quote,
        near: c.start,
      };
      tweak(out, i);
      return out;
    }),
  });
}

const editInput = (meeting: { id: string; updatedAt: Date }, overrides: Record<string, string> = {}) =>
  MeetingEditSchema.parse({
    title: "9th JSPG meeting",
    kind: "Bilateral ministerial",
    heldOn: "2027-02-01",
    sourceText: READOUT,
    id: meeting.id,
    loadedAt: meeting.updatedAt.toISOString(),
    ...overrides,
  });

describe("meetings", () => {
  it("creates a meeting with a unique slug and an audit row without the whole readout", async () => {
    const a = await createMeeting(actors.analyst, meetingInput({ title: "Türkiye–Kazakhstan JSPG, Nurdağı" }));
    const b = await createMeeting(actors.analyst, meetingInput({ title: "Türkiye–Kazakhstan JSPG, Nurdağı" }));
    expect(a.slug).toBe("turkiye-kazakhstan-jspg-nurdagi-2027");
    expect(b.slug).toBe("turkiye-kazakhstan-jspg-nurdagi-2027-2");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "meeting.create" } });
    expect(audit.after).toMatchObject({ title: "Türkiye–Kazakhstan JSPG, Nurdağı", sourceTextLength: READOUT.length });
    expect(JSON.stringify(audit.after).length).toBeLessThan(1_000);
  });

  it("a viewer cannot create or edit a meeting, and nothing is written", async () => {
    const meeting = await freshMeeting();
    const before = await databaseFingerprint();
    await expect(createMeeting(actors.viewer, meetingInput())).rejects.toBeInstanceOf(AuthorizationError);
    await expect(updateMeeting(actors.viewer, editInput(meeting, { location: "Almaty" }))).rejects.toBeInstanceOf(AuthorizationError);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses a stale edit instead of overwriting the newer one", async () => {
    const meeting = await freshMeeting();
    await updateMeeting(actors.analyst, editInput(meeting, { location: "Astana, Kazakhstan" }));
    await expect(updateMeeting(actors.analyst, editInput(meeting, { location: "Almaty" }))).rejects.toBeInstanceOf(ConflictError);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).location).toBe("Astana, Kazakhstan");
  });

  it("moves commitments' spans when the readout is corrected, and refuses a change that drops a quoted sentence", async () => {
    const meeting = await freshMeeting();
    await acceptCandidates(actors.analyst, accepted(meeting.id, 3));
    const corrected = `CORRECTED COPY\n\n${READOUT}`;
    const saved = (await getMeetingBySlug(actors.analyst, meeting.slug))!;
    await updateMeeting(actors.analyst, editInput(saved, { sourceText: corrected }));
    const after = await db.commitment.findMany({ where: { meetingId: meeting.id } });
    expect(after).toHaveLength(3);
    for (const c of after) expect(corrected.slice(c.sourceStart!, c.sourceEnd!)).toBe(c.sourceQuote);

    const current = (await getMeetingBySlug(actors.analyst, meeting.slug))!;
    const before = await databaseFingerprint();
    const cut = corrected.replace(after[0].sourceQuote, "(sentence removed)");
    const error = await updateMeeting(actors.analyst, editInput(current, { sourceText: cut })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.sourceText?.[0]).toContain(after[0].title);
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("acceptCandidates", () => {
  it("creates every accepted candidate in one go, with exact spans, history and audit rows", async () => {
    const meeting = await freshMeeting();
    const input = accepted(meeting.id, 5);
    const { ids } = await acceptCandidates(actors.analyst, input);
    expect(ids).toHaveLength(5);
    const rows = await db.commitment.findMany({ where: { id: { in: ids } }, include: { statusUpdates: true, parties: true } });
    for (const row of rows) {
      expect(READOUT.slice(row.sourceStart!, row.sourceEnd!)).toBe(row.sourceQuote);
      expect(row.status).toBe("NOT_YET_ASSESSED");
      expect(row.statusUpdates).toHaveLength(1);
      expect(row.parties).toHaveLength(2);
    }
    expect(await db.auditEvent.count({ where: { entityId: { in: ids }, action: "commitment.create" } })).toBe(5);
  });

  it("finds a shortened quote inside the readout, nearest the candidate", async () => {
    const meeting = await freshMeeting();
    const input = accepted(meeting.id, 1, (c) => {
      c.quote = "agreed to deepen cooperation on the Middle Corridor development";
    });
    const [id] = (await acceptCandidates(actors.analyst, input)).ids;
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row.sourceQuote).toBe("agreed to deepen cooperation on the Middle Corridor development");
    expect(READOUT.slice(row.sourceStart!, row.sourceEnd!)).toBe(row.sourceQuote);
  });

  it("writes nothing when one candidate's quote is not in the readout, and says which", async () => {
    const meeting = await freshMeeting();
    const before = await databaseFingerprint();
    const input = accepted(meeting.id, 4, (c, i) => {
      if (i === 2) c.quote = "The sides agreed to build a bridge to the Moon.";
    });
    const error = await acceptCandidates(actors.analyst, input).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(["candidates.2.quote"]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses titles that repeat within the batch or in the meeting, writing nothing", async () => {
    const meeting = await freshMeeting();
    await acceptCandidates(actors.analyst, accepted(meeting.id, 1));
    const before = await databaseFingerprint();
    const again = await acceptCandidates(actors.analyst, accepted(meeting.id, 2)).catch((e) => e);
    expect((again as ValidationError).fieldErrors).toHaveProperty(["candidates.0.title"]);
    const twice = await acceptCandidates(
      actors.analyst,
      accepted(meeting.id, 3, (c) => {
        c.title = "Same title for all";
      }),
    ).catch((e) => e);
    expect(Object.keys((twice as ValidationError).fieldErrors).sort()).toEqual(["candidates.1.title", "candidates.2.title"]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("a viewer is refused and nothing is written", async () => {
    const meeting = await freshMeeting();
    const before = await databaseFingerprint();
    await expect(acceptCandidates(actors.viewer, accepted(meeting.id, 2))).rejects.toBeInstanceOf(AuthorizationError);
    expect(await databaseFingerprint()).toEqual(before);
  });
});
