import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCommitment } from "@/lib/data/commitments";
import { getDashboard } from "@/lib/data/dashboard";
import { createMeeting } from "@/lib/data/meetings";
import { CommitmentCreateSchema } from "@/lib/validation/commitment";
import { MeetingCreateSchema } from "@/lib/validation/meeting";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import { editCommitment, recordStatus, seedDemoActors, type Actors } from "./support/fixtures";

// The dashboard's roll-up (dashboard_deltas, lib/data/dashboard-rollup.ts) must give exactly what the
// history gives (the commitments and their status periods), for every day and every filter. The
// constructed history moves forward and back, records two updates on one day, reopens a broken
// pledge, sets target dates in the past and the future and moves them, moves a commitment to another
// category, and adds and removes a party, each after the history it carries.
let actors: Actors;
const NOW = new Date("2026-11-26T12:00:00Z");
const FIRST_DAY = "2026-01-25";
const LAST_DAY = "2026-11-27";

const edit = (title: string, change: Parameters<typeof editCommitment>[2]) => editCommitment(actors.analyst, title, change);

const partyId = async (name: string) => (await db.party.findUniqueOrThrow({ where: { name } })).id;

beforeAll(async () => {
  actors = await seedDemoActors();
  const status = (title: string, day: string, s: Parameters<typeof recordStatus>[2], progress: number) =>
    recordStatus(actors.analyst, title, s, progress, day);
  await edit("critical minerals", () => ({ target: "2026-03-15", targetPrecision: "DAY" }));
  await edit("High-Level Strategic Council", () => ({ target: "2026-03-31", targetPrecision: "DAY" }));
  await edit("Turkic World Vision", () => ({ target: "2026-06-30", targetPrecision: "DAY" }));
  await status("Cyprus", "2026-02-20", "BROKEN", 0);
  await status("Maarif Schools", "2026-03-10", "IN_PROGRESS", 20);
  await status("OTS Summit of Heads of State in Turkistan", "2026-03-20", "NOT_STARTED", 0);
  await status("critical minerals", "2026-04-01", "FULFILLED", 100);
  await status("Maarif Schools", "2026-05-05", "STALLED", 20);
  await status("Maarif Schools", "2026-06-01", "IN_PROGRESS", 40);
  await status("Maarif Schools", "2026-06-01", "PARTIALLY_FULFILLED", 60);
  await status("Cyprus", "2026-07-01", "IN_PROGRESS", 10);
  await status("Maarif Schools", "2026-09-15", "FULFILLED", 100);
  await status("Middle Corridor", "2026-04-20", "IN_PROGRESS", 30);
  // After their history: a move to another category, a party added, a party removed, a target moved.
  await edit("Middle Corridor", () => ({ category: "Energy & mining" }));
  const azerbaijan = await partyId("Azerbaijan");
  await edit("OTS Summit of Heads of State in Turkistan", (c) => ({ partyIds: [...c.partyIds, azerbaijan] }));
  const kazakhstan = await partyId("Kazakhstan");
  await edit("Cyprus", (c) => ({ partyIds: c.partyIds.filter((id) => id !== kazakhstan) }));
  await edit("Turkic World Vision", () => ({ target: "2026-12-31", targetPrecision: "DAY" }));
}, 60_000);

const FILTERS: Record<string, string>[] = [
  {},
  { category: "Education, science & culture" },
  { category: "Energy & mining" },
  { party: "Kazakhstan" },
  { party: "Azerbaijan" },
  { category: "Multilateral cooperation", party: "Türkiye" },
  { category: "Energy & mining", party: "Kazakhstan" },
];

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function days(): string[] {
  const out: string[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) out.push(day);
  return out;
}

describe("the dashboard's roll-up", () => {
  it("gives every figure, breakdown, series and list the history gives, on every day, under every filter", async () => {
    let compared = 0;
    for (const filter of FILTERS) {
      for (const asOf of days()) {
        const params = parseDashboardParams({ ...filter, asOf }, NOW);
        // The lists both ways: each commitment looked up (this history's filter values are all few)
        // and the indexes walked (no filter value counts as few).
        const [rollup, walked, history] = await Promise.all([
          getDashboard(actors.viewer, params, { source: "rollup" }),
          getDashboard(actors.viewer, params, { source: "rollup", fewCommitments: -1 }),
          getDashboard(actors.viewer, params, { source: "history" }),
        ]);
        expect(rollup, `${JSON.stringify(filter)} on ${asOf}`).toEqual(history);
        expect(walked, `${JSON.stringify(filter)} on ${asOf}, walking the indexes`).toEqual(history);
        compared++;
      }
    }
    expect(compared).toBe(FILTERS.length * days().length);
  }, 240_000);

  it("draws the monthly series from its monthly rows as the history draws it, on every day, under every filter", async () => {
    let compared = 0;
    for (const filter of FILTERS) {
      for (const asOf of days()) {
        const params = parseDashboardParams({ ...filter, asOf, bucket: "month" }, NOW);
        const [rollup, history] = await Promise.all([
          getDashboard(actors.viewer, params, { source: "rollup" }),
          getDashboard(actors.viewer, params, { source: "history" }),
        ]);
        expect(rollup.overTime, `${JSON.stringify(filter)} on ${asOf}, by month`).toEqual(history.overTime);
        compared++;
      }
    }
    expect(compared).toBe(FILTERS.length * days().length);
  }, 240_000);

  it("counts stale commitments for another threshold than its own from the history, and agrees", async () => {
    for (const stale of ["30", "200"])
      for (const asOf of ["2026-05-01", "2026-08-15", LAST_DAY]) {
        const params = parseDashboardParams({ stale, asOf }, NOW);
        const [rollup, history] = await Promise.all([
          getDashboard(actors.viewer, params, { source: "rollup" }),
          getDashboard(actors.viewer, params, { source: "history" }),
        ]);
        expect(rollup, `stale ${stale} on ${asOf}`).toEqual(history);
      }
  });

  it("is not vacuous: the constructed history shows in the figures", async () => {
    const d = await getDashboard(actors.viewer, parseDashboardParams({ asOf: "2026-06-01" }, NOW), { source: "rollup" });
    expect(d.byStatus).toMatchObject({ PARTIALLY_FULFILLED: 1, FULFILLED: 1, BROKEN: 1, NOT_STARTED: 1, IN_PROGRESS: 1 });
    expect(d.overdue.map((c) => c.title)).toEqual([expect.stringContaining("High-Level Strategic Council")]);
    const october = await getDashboard(actors.viewer, parseDashboardParams({ asOf: "2026-10-15" }, NOW), { source: "rollup" });
    expect(october.upcoming.map((c) => c.title)).toContainEqual(expect.stringContaining("Turkic World Vision"));
    const stale = await getDashboard(actors.viewer, parseDashboardParams({ asOf: "2026-06-15" }, NOW), { source: "rollup" });
    expect(stale.staleCount).toBeGreaterThan(15);
    const azerbaijan = await getDashboard(actors.viewer, parseDashboardParams({ party: "Azerbaijan", asOf: "2026-04-01" }, NOW));
    expect(azerbaijan.byStatus.NOT_STARTED).toBe(1);
  });

  it("counts today a pledge of a meeting logged ahead of its day, as the list does, and not on the days before", async () => {
    // Its first status is dated on its meeting, after today: the one status row that can lie ahead.
    const today = parseDashboardParams({}, NOW);
    const yesterday = parseDashboardParams({ asOf: "2026-11-20" }, NOW);
    const before = await Promise.all([getDashboard(actors.viewer, today), getDashboard(actors.viewer, yesterday)]);
    const meeting = await createMeeting(
      actors.analyst,
      MeetingCreateSchema.parse({
        title: "A summit logged ahead of its day",
        kind: "Summit",
        heldOn: "2027-01-15",
        location: "",
        participants: "",
        sourceUrl: "",
        sourceText: "The sides will sign the energy agreement at the coming summit.",
      }),
    );
    const kazakhstan = await partyId("Kazakhstan");
    await createCommitment(actors.analyst, {
      ...CommitmentCreateSchema.parse({
        meetingId: meeting.id,
        title: "Sign the agreement at the coming summit",
        category: "Energy & mining",
        partyIds: [kazakhstan],
        sourceQuote: "The sides will sign the energy agreement at the coming summit.",
        targetPrecision: "NONE",
      }),
    });
    for (const filter of [
      {},
      { category: "Energy & mining" },
      { party: "Kazakhstan" },
      { category: "Energy & mining", party: "Kazakhstan" },
    ]) {
      const params = parseDashboardParams(filter, NOW);
      const [rollup, history] = await Promise.all([
        getDashboard(actors.viewer, params, { source: "rollup" }),
        getDashboard(actors.viewer, params, { source: "history" }),
      ]);
      expect(rollup, JSON.stringify(filter)).toEqual(history);
    }
    const after = await Promise.all([getDashboard(actors.viewer, today), getDashboard(actors.viewer, yesterday)]);
    expect(after[0].tracked).toBe(before[0].tracked + 1);
    expect(after[0].byStatus.NOT_YET_ASSESSED).toBe(before[0].byStatus.NOT_YET_ASSESSED + 1);
    expect(after[1]).toEqual(before[1]);
  });
});

describe("the roll-ups when many analysts save at once", () => {
  // A save is one statement whose triggers move rows every save shares (today's counts for every
  // filter value); simultaneous saves queue on them. None may be lost or counted twice.
  it("count each of twelve simultaneous saves once, in every figure and filter", async () => {
    const before = await db.statusUpdate.count();
    const titles = (await db.commitment.findMany({ select: { title: true }, orderBy: { title: "asc" }, take: 12 })).map((c) => c.title);
    const saved = await Promise.all(
      titles.map((title, i) => recordStatus(actors.analyst, title, i % 2 ? "STALLED" : "PARTIALLY_FULFILLED", 50, LAST_DAY)),
    );
    expect(saved.every((s) => !s.replayed)).toBe(true);
    expect(await db.statusUpdate.count()).toBe(before + 12);
    const ids = saved.map((s) => s.statusUpdateId);
    const [audited] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_events WHERE action = 'commitment.status-update' AND after->>'statusUpdateId' = ANY(${ids})`;
    expect(audited.n).toBe(12);
    for (const filter of FILTERS) {
      const params = parseDashboardParams({ ...filter, asOf: LAST_DAY }, NOW);
      const [rollup, history] = await Promise.all([
        getDashboard(actors.viewer, params, { source: "rollup" }),
        getDashboard(actors.viewer, params, { source: "history" }),
      ]);
      expect(rollup, `${JSON.stringify(filter)} on ${LAST_DAY}`).toEqual(history);
    }
    const today = await getDashboard(actors.viewer, parseDashboardParams({ asOf: LAST_DAY }, NOW), { source: "rollup" });
    expect(today.byStatus.STALLED).toBeGreaterThanOrEqual(6);
    const counted = await db.$queryRaw<{ status: string; n: number }[]>`
      SELECT status::text, n FROM status_counts WHERE dimension = 'all' AND key = '' AND n <> 0 ORDER BY 1`;
    const actual = await db.$queryRaw<
      { status: string; n: number }[]
    >`SELECT status::text, count(*)::int AS n FROM commitments GROUP BY 1 ORDER BY 1`;
    expect(counted).toEqual(actual);
  }, 60_000);
});
