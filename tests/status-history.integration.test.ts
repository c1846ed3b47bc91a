import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/auth/permissions";
import { createCommitment, getStatusTimeline, listStatusHistory } from "@/lib/data/commitments";
import { createMeeting } from "@/lib/data/meetings";
import { olderThan, STATUS_HISTORY_PAGE_SIZE } from "@/lib/data/history-window";
import { assessParty, listPartyHistories } from "@/lib/data/party-assessments";
import { TIMELINE_MAX_POINTS } from "@/lib/domain/chart-series";
import { isoDate } from "@/lib/domain/target-date";
import { CommitmentCreateSchema } from "@/lib/validation/commitment";
import { parseHistoryCursor, type HistoryCursor } from "@/lib/validation/history-cursor";
import { MeetingCreateSchema } from "@/lib/validation/meeting";
import { PartyAssessmentSchema } from "@/lib/validation/party-assessment";
import { commitmentByTitle, recordStatus, seedDemoActors, type Actors } from "./support/fixtures";

// A commitment's page reads its histories a window at a time: the newest STATUS_HISTORY_PAGE_SIZE
// status updates, then older ones after a keyset cursor; its timeline in a bounded number of points.

let actors: Actors;
/** A commitment of a meeting held in 1999 with 10,000 status updates, one a day since. */
let longHistory: string;
/** The meeting of 1999 these tests log their commitments at. */
let meetingId: string;
beforeAll(async () => {
  actors = await seedDemoActors();
  const { slug } = await createMeeting(
    actors.analyst,
    MeetingCreateSchema.parse({
      title: "Long-standing consultations",
      kind: "Bilateral ministerial",
      heldOn: "1999-01-04",
      location: "Ankara",
    }),
  );
  ({ id: meetingId } = await db.meeting.findUniqueOrThrow({ where: { slug } }));
  longHistory = await logCommitment("Consult each other daily", "The sides agreed to consult each other daily.", ["Türkiye", "Kazakhstan"]);
  await appendRawHistory(longHistory, 9_999, "1999-01-05", 1);
});

/** Logs a commitment of the 1999 meeting between these parties (its first status update, on the meeting's day, with it); its id. */
async function logCommitment(title: string, sourceQuote: string, partyNames: string[]): Promise<string> {
  const parties = await db.party.findMany({ where: { name: { in: partyNames } } });
  const { id } = await createCommitment(
    actors.analyst,
    CommitmentCreateSchema.parse({
      meetingId,
      title,
      category: "Energy & mining",
      partyIds: parties.map((p) => p.id),
      sourceQuote,
      targetPrecision: "NONE",
      target: "",
    }),
  );
  return id;
}

/** Every status update of a commitment in the history's order (newest first), as ids. */
async function allUpdateIds(commitmentId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM status_updates WHERE commitment_id = ${commitmentId}::uuid ORDER BY effective_on DESC, recorded_at DESC, id DESC`;
  return rows.map((r) => r.id);
}

/** Follows the "older" cursors from the newest page to the oldest, returning each page's ids and position. */
async function walk(commitmentId: string, pageSize: number) {
  const pages: { ids: string[]; before: number; total: number }[] = [];
  let cursor: HistoryCursor | null = null;
  for (;;) {
    const page = await listStatusHistory(actors.viewer, commitmentId, cursor, pageSize);
    pages.push({ ids: page.entries.map((e) => e.id), before: page.before, total: page.total });
    if (!page.older) return pages;
    // Through the URL's own parser, as the page reads it.
    cursor = parseHistoryCursor(page.older);
    expect(cursor, page.older).not.toBeNull();
    expect(pages.length).toBeLessThan(1_000);
  }
}

/** Appends `count` status updates straight into the history, `perDay` to a day from `from`, all recorded at one instant. */
async function appendRawHistory(commitmentId: string, count: number, from: string, perDay: number) {
  await db.$executeRaw`
    INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, recorded_at, rationale, evidence_urls)
    SELECT gen_random_uuid(), ${commitmentId}::uuid, 'IN_PROGRESS', CASE WHEN g % 5 = 0 THEN 'STALLED' ELSE 'IN_PROGRESS' END::"CommitmentStatus",
           (g - 1) % 100, g % 100, ${from}::date + (g - 1) / ${perDay}::int, '2026-11-01T12:00:00Z'::timestamptz, 'Bulk update ' || g, '{}'
    FROM generate_series(1, ${count}::int) g`;
}

describe("a commitment's status history, a window at a time", () => {
  it("shows a short history whole on its newest page, unchanged", async () => {
    await recordStatus(actors.analyst, "Maarif Schools", "IN_PROGRESS", 20, "2026-03-15");
    await recordStatus(actors.analyst, "Maarif Schools", "STALLED", 20, "2026-04-01");
    const c = await commitmentByTitle("Maarif Schools");
    const page = await listStatusHistory(actors.viewer, c.id);
    expect(page).toMatchObject({ total: 3, before: 0, older: null });
    expect(page.entries.map((e) => [e.toStatus, isoDate(e.effectiveOn)])).toEqual([
      ["STALLED", "2026-04-01"],
      ["IN_PROGRESS", "2026-03-15"],
      ["NOT_YET_ASSESSED", "2026-02-02"],
    ]);
    expect(page.entries[0]).toMatchObject({
      fromStatus: "IN_PROGRESS",
      fromProgress: 20,
      progress: 20,
      author: { name: actors.analyst.name },
    });
    expect(page.entries.map((e) => e.id)).toEqual(await allUpdateIds(c.id));
  });

  it("reads exactly the window of a longer history, newest first, and its cursors visit every update once", async () => {
    const title = "Enhance cooperation on the environment";
    // 64 updates through the form's own path, several to a day, so that days repeat across the window's edge.
    for (let i = 0; i < 64; i++) {
      const day = `2026-03-${String(1 + Math.floor(i / 3)).padStart(2, "0")}`;
      await recordStatus(actors.analyst, title, i % 7 === 6 ? "STALLED" : "IN_PROGRESS", 10 + (i % 50), day);
    }
    const c = await commitmentByTitle(title);
    const expected = await allUpdateIds(c.id);
    expect(expected).toHaveLength(65);

    const first = await listStatusHistory(actors.viewer, c.id);
    expect(first.entries).toHaveLength(STATUS_HISTORY_PAGE_SIZE);
    expect(first.entries.map((e) => e.id)).toEqual(expected.slice(0, STATUS_HISTORY_PAGE_SIZE));
    expect(first).toMatchObject({ total: 65, before: 0 });
    expect(first.older).not.toBeNull();

    const pages = await walk(c.id, STATUS_HISTORY_PAGE_SIZE);
    expect(pages.map((p) => [p.ids.length, p.before, p.total])).toEqual([
      [50, 0, 65],
      [15, 50, 65],
    ]);
    expect(pages.flatMap((p) => p.ids)).toEqual(expected);

    // Smaller windows too: every update exactly once, in order, whatever the page size.
    for (const size of [1, 7, 64, 65, 66]) {
      const visited = (await walk(c.id, size)).flatMap((p) => p.ids);
      expect(visited, `pages of ${size}`).toEqual(expected);
    }
  });

  it("tells updates with the same day and the same recorded time apart by id, so none is skipped or repeated", async () => {
    const c = await commitmentByTitle("Maintain the momentum of frequent high-level visits");
    await appendRawHistory(c.id, 9, "2026-05-01", 9);
    const expected = await allUpdateIds(c.id);
    expect(expected).toHaveLength(10);
    for (const size of [2, 3, 4])
      expect(
        (await walk(c.id, size)).flatMap((p) => p.ids),
        `pages of ${size}`,
      ).toEqual(expected);
  });

  it("reads 50 of 10,000 updates, and the oldest page as cheaply, with the same statements", async () => {
    const c = { id: longHistory };
    const expected = await allUpdateIds(c.id);
    const first = await listStatusHistory(actors.viewer, c.id);
    expect(first.entries.map((e) => e.id)).toEqual(expected.slice(0, 50));
    expect(first.total).toBe(10_000);
    const cursorAt = async (index: number): Promise<HistoryCursor> => {
      const [row] = await db.$queryRaw<{ id: string; effective_on: Date; recorded_at: Date }[]>`
        SELECT id, effective_on, recorded_at FROM status_updates WHERE id = ${expected[index]}::uuid`;
      return { effectiveOn: isoDate(row.effective_on), recordedAt: row.recorded_at, id: row.id };
    };
    const middle = await listStatusHistory(actors.viewer, c.id, await cursorAt(4_999));
    expect(middle.entries.map((e) => e.id)).toEqual(expected.slice(5_000, 5_050));
    expect(middle).toMatchObject({ total: 10_000, before: 5_000 });
    const last = await listStatusHistory(actors.viewer, c.id, await cursorAt(9_949));
    expect(last.entries.map((e) => e.id)).toEqual(expected.slice(9_950));
    expect(last).toMatchObject({ total: 10_000, before: 9_950, older: null });

    // Any page, the newest or one in the middle, reads the page and one row more from an index: not
    // every older update, sorted. (Which index the planner picks depends on the data; what it reads must not.)
    await db.$executeRaw`ANALYZE status_updates`;
    for (const cursor of [null, await cursorAt(4_999)]) {
      const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN (ANALYZE, COSTS OFF) SELECT id FROM status_updates su WHERE su.commitment_id = ${c.id}::uuid ${olderThan("su", cursor)}
        ORDER BY su.effective_on DESC, su.recorded_at DESC, su.id DESC LIMIT 51`;
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      const rowsRead = [...text.matchAll(/(?:rows=|Rows Removed by Filter: )(\d+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...rowsRead), text).toBeLessThanOrEqual(100);
      expect(text).not.toMatch(/Bitmap Heap Scan|Seq Scan/);
    }
  });

  it("answers a cursor past the oldest update, or another commitment's, with this commitment's updates only", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const other = { id: longHistory };
    const oldest = { effectiveOn: "1999-01-01", recordedAt: new Date("1999-01-01T00:00:00Z"), id: randomUUID() };
    expect(await listStatusHistory(actors.viewer, c.id, oldest)).toMatchObject({ entries: [], total: 3, before: 3, older: null });
    const [foreign] = (await listStatusHistory(actors.viewer, other.id)).entries;
    const page = await listStatusHistory(actors.viewer, c.id, {
      effectiveOn: isoDate(foreign.effectiveOn),
      recordedAt: foreign.recordedAt,
      id: foreign.id,
    });
    expect(page.entries.map((e) => e.id)).toEqual((await allUpdateIds(c.id)).filter((id) => page.entries.some((e) => e.id === id)));
    expect(page.entries.length + page.before).toBe(3);
  });

  it("refuses a signed-out caller", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    await expect(listStatusHistory(null, c.id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getStatusTimeline(null, c.id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listPartyHistories(null, c.id)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("a commitment's timeline", () => {
  it("keeps every update of a short history, oldest first", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    const timeline = await getStatusTimeline(actors.viewer, c.id);
    expect(timeline.bucket).toBe("update");
    expect(timeline.points.map((p) => [isoDate(p.effectiveOn), p.status, p.progress, p.updates])).toEqual([
      ["2026-02-02", "NOT_YET_ASSESSED", 0, 1],
      ["2026-03-15", "IN_PROGRESS", 20, 1],
      ["2026-04-01", "STALLED", 20, 1],
    ]);
  });

  it("draws 10,000 updates as the last update of each period, at most the bound, counting every update", async () => {
    const timeline = await getStatusTimeline(actors.viewer, longHistory);
    // 10,000 updates a day apart span 27 years: by month 359 points, too many; read by year.
    expect(timeline.total).toBe(10_000);
    expect(timeline.bucket).toBe("year");
    await expectLastOfEachPeriod(longHistory, timeline, (day) => day.slice(0, 4));
  });

  it("draws three updates a day for 200 days by week, from Monday, the last of the day's three by id", async () => {
    const id = await logCommitment("Report to each other thrice daily", "The sides agreed to report to each other three times a day.", [
      "Türkiye",
    ]);
    // After the update it was logged with, 600 from a Wednesday: their first and last weeks are
    // partial. All recorded at one instant, so the last of a day is the one with the greatest id.
    await appendRawHistory(id, 600, "1999-02-03", 3);
    const timeline = await getStatusTimeline(actors.viewer, id);
    expect(timeline.total).toBe(601);
    expect(timeline.bucket).toBe("week");
    const monday = (day: string) => {
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return isoDate(d);
    };
    await expectLastOfEachPeriod(id, timeline, monday);
  });
});

/**
 * The timeline's points are the last update of each period (`periodOf` a day), with how many updates
 * the period had, recomputed here from the whole history in the history's order; within the bound;
 * the line ending on the newest update.
 */
async function expectLastOfEachPeriod(
  commitmentId: string,
  timeline: Awaited<ReturnType<typeof getStatusTimeline>>,
  periodOf: (day: string) => string,
) {
  expect(timeline.points.length).toBeLessThanOrEqual(TIMELINE_MAX_POINTS);
  expect(timeline.points.reduce((sum, p) => sum + p.updates, 0)).toBe(timeline.total);
  const all = await db.$queryRaw<{ effective_on: Date; to_status: string; progress: number }[]>`
    SELECT effective_on, to_status, progress FROM status_updates WHERE commitment_id = ${commitmentId}::uuid ORDER BY effective_on, recorded_at, id`;
  const lastOf = new Map<string, { day: string; status: string; progress: number; updates: number }>();
  for (const u of all) {
    const period = periodOf(isoDate(u.effective_on));
    const updates = (lastOf.get(period)?.updates ?? 0) + 1;
    lastOf.set(period, { day: isoDate(u.effective_on), status: u.to_status, progress: u.progress, updates });
  }
  expect(timeline.points.map((p) => ({ day: isoDate(p.effectiveOn), status: p.status, progress: p.progress, updates: p.updates }))).toEqual(
    [...lastOf.values()],
  );
  const newest = (await listStatusHistory(actors.viewer, commitmentId)).entries[0];
  expect(timeline.points.at(-1)).toMatchObject({ status: newest.toStatus, progress: newest.progress });
}

describe("each party's assessments, a window at a time", () => {
  it("reads the newest of each party's assessments, and pages one party without moving the others", async () => {
    const c = await commitmentByTitle("Deepen cooperation on the development of the Middle Corridor");
    const parties = await db.commitmentParty.findMany({
      where: { commitmentId: c.id },
      select: { partyId: true, party: { select: { name: true } } },
    });
    const [paged, other] = parties;
    for (let i = 0; i < 27; i++) {
      const { version } = await db.commitmentParty.findUniqueOrThrow({
        where: { commitmentId_partyId: { commitmentId: c.id, partyId: paged.partyId } },
        select: { version: true },
      });
      await assessParty(
        actors.analyst,
        PartyAssessmentSchema.parse({
          commitmentId: c.id,
          partyId: paged.partyId,
          version: String(version),
          status: "IN_PROGRESS",
          progress: String(i + 1),
          effectiveOn: `2026-04-${String(1 + Math.floor(i / 2)).padStart(2, "0")}`,
          rationale: `Assessment number ${i + 1} of the corridor works.`,
          evidenceUrls: "",
          responsibleBody: "",
          requestId: randomUUID(),
        }),
      );
    }
    const expected = (
      await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM party_assessments WHERE commitment_id = ${c.id}::uuid AND party_id = ${paged.partyId}::uuid
        ORDER BY effective_on DESC, recorded_at DESC, id DESC`
    ).map((r) => r.id);
    expect(expected).toHaveLength(27);

    const newest = await listPartyHistories(actors.viewer, c.id);
    const first = newest.get(paged.partyId)!;
    expect(first.entries.map((e) => e.id)).toEqual(expected.slice(0, 20));
    expect(first).toMatchObject({ total: 27, before: 0 });
    expect(first.entries[0]).toMatchObject({ progress: 27, author: { name: actors.analyst.name } });
    expect(newest.get(other.partyId)).toMatchObject({ entries: [], total: 0, before: 0, older: null });

    const next = await listPartyHistories(actors.viewer, c.id, { partyId: paged.partyId, cursor: parseHistoryCursor(first.older) });
    expect(next.get(paged.partyId)!.entries.map((e) => e.id)).toEqual(expected.slice(20));
    expect(next.get(paged.partyId)).toMatchObject({ total: 27, before: 20, older: null });
    expect(next.get(other.partyId)).toMatchObject({ total: 0, before: 0 });
  });
});
