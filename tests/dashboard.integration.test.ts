import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { bucketStartSql } from "@/lib/data/dashboard-rollup";
import { listCommitments } from "@/lib/data/commitments";
import { getDashboard, type StatusCounts } from "@/lib/data/dashboard";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/domain/status";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { dashboardListHref, dueListFilters, parseDashboardParams } from "@/lib/validation/dashboard-params";
import { editCommitment, recordStatus, seedDemoActors, type Actors } from "./support/fixtures";

// A history whose answers are known by construction. All 26 demo pledges are logged on 2 Feb 2026
// (the meeting) as Not yet assessed; then:
//   Maarif Schools:      10 Mar In progress 20 → 5 May Stalled 20 → 1 Jun In progress 40 (forward, back, forward)
//   critical minerals:    1 Apr Fulfilled 100
//   OTS Turkistan:       20 Mar Not started 0
//   Cyprus:              20 Feb Broken 0
//   High-Level Council:  target moved to 31 Mar 2026 (a day), never updated → overdue from 1 Apr
//   Turkic World Vision: target moved to 30 Jun 2026 → "upcoming" on 15 Apr
let actors: Actors;
const NOW = new Date("2026-11-26T12:00:00Z");

function setStatus(title: string, effectiveOn: string, status: CommitmentStatusValue, progress: number) {
  return recordStatus(actors.analyst, title, status, progress, effectiveOn, { rationale: `Known-history test update to ${status}.` });
}

function setTarget(title: string, precision: string, target: string, extra: Record<string, unknown> = {}) {
  return editCommitment(actors.analyst, title, () => ({ targetPrecision: precision, target, ...extra }));
}

beforeAll(async () => {
  actors = await seedDemoActors();
  await setStatus("Cyprus", "2026-02-20", "BROKEN", 0);
  await setStatus("Maarif Schools", "2026-03-10", "IN_PROGRESS", 20);
  await setStatus("OTS Summit of Heads of State in Turkistan", "2026-03-20", "NOT_STARTED", 0);
  await setStatus("critical minerals", "2026-04-01", "FULFILLED", 100);
  await setStatus("Maarif Schools", "2026-05-05", "STALLED", 20);
  await setStatus("Maarif Schools", "2026-06-01", "IN_PROGRESS", 40);
  await setTarget("High-Level Strategic Council", "DAY", "2026-03-31");
  await setTarget("Turkic World Vision", "DAY", "2026-06-30");
});

const dashboard = (params: Record<string, string | undefined>) => getDashboard(actors.viewer, parseDashboardParams(params, NOW));

/** The status of every commitment on a day, recomputed in JavaScript from the raw history. */
async function referenceStatuses(day: string, where: (c: { id: string }) => boolean = () => true) {
  const updates = await db.statusUpdate.findMany({ orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }] });
  const status = new Map<string, CommitmentStatusValue>();
  for (const u of updates) if (u.effectiveOn.toISOString().slice(0, 10) <= day) status.set(u.commitmentId, u.toStatus);
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const [id, s] of status) if (where({ id })) counts[s]++;
  return counts;
}

describe("the dashboard today", () => {
  it("counts every commitment in its current status", async () => {
    const d = await dashboard({});
    expect(d.tracked).toBe(26);
    expect(d.byStatus).toMatchObject({ IN_PROGRESS: 1, FULFILLED: 1, NOT_STARTED: 1, BROKEN: 1, STALLED: 0, NOT_YET_ASSESSED: 22 });
    expect(d.overdueCount).toBe(2);
    expect(d.overdue.map((c) => c.title)).toEqual([
      expect.stringContaining("High-Level Strategic Council"),
      expect.stringContaining("Turkic World Vision"),
    ]);
    // Stale: open, and nothing recorded for 90 days (26 Nov + 14 h → 27 Nov; cut-off 29 Aug): all open ones.
    expect(d.staleCount).toBe(24);
    expect(d.recent.map((u) => u.toStatus)).toEqual(["IN_PROGRESS", "STALLED", "FULFILLED", "NOT_STARTED", "IN_PROGRESS", "BROKEN"]);
    expect(d.recent[0]).toMatchObject({ fromStatus: "STALLED", author: actors.analyst.name, effectiveOn: "2026-06-01" });
  });

  it("agrees with the commitments list filtered the same way", async () => {
    for (const filter of <Record<string, string>[]>[
      {},
      { meeting: "jspg-8-2026-ankara" },
      { party: "Azerbaijan" },
      { category: "Multilateral cooperation" },
      { party: "Türkiye", category: "Education, science & culture" },
    ]) {
      const d = await dashboard(filter);
      const listed = await listCommitments(actors.viewer, parseCommitmentFilters(filter));
      expect(d.tracked, JSON.stringify(filter)).toBe(listed.total);
      for (const status of COMMITMENT_STATUSES) {
        const byStatus = await listCommitments(actors.viewer, parseCommitmentFilters({ ...filter, status }));
        expect(d.byStatus[status], `${JSON.stringify(filter)} ${status}`).toBe(byStatus.total);
      }
    }
  });

  it("links every due figure and list to a list of exactly the commitments it counts", async () => {
    const fromHref = (href: string) => {
      const query = new URLSearchParams(href.replace(/^\/commitments\??/, ""));
      return parseCommitmentFilters(Object.fromEntries([...new Set(query.keys())].map((k) => [k, query.getAll(k)])));
    };
    for (const filter of <Record<string, string>[]>[{}, { stale: "30" }, { category: "Multilateral cooperation" }, { party: "Türkiye" }]) {
      // Today as the app sees it (the list has no fixed clock), for both sides.
      const params = parseDashboardParams(filter);
      const d = await getDashboard(actors.viewer, params);
      const due = dueListFilters(params);
      for (const [name, count, shown] of [
        ["overdue", d.overdueCount, d.overdue],
        ["stale", d.staleCount, d.stale],
        ["upcoming", d.upcomingCount, d.upcoming],
      ] as const) {
        const listed = await listCommitments(actors.viewer, { ...fromHref(dashboardListHref(params, due[name])!), pageSize: 100 });
        expect(listed.total, `${name} ${JSON.stringify(filter)}`).toBe(count);
        expect(new Set(listed.rows.map((r) => r.id)), `${name} ${JSON.stringify(filter)}`).toEqual(
          new Set([...listed.rows.map((r) => r.id), ...shown.map((c) => c.id)]),
        );
      }
    }
    expect((await getDashboard(actors.viewer, parseDashboardParams({}))).overdueCount).toBeGreaterThan(0);
  });

  it("sorts the list by the latest status update, the day it took effect first, and never by when a pledge was logged", async () => {
    const rows = (await listCommitments(actors.viewer, { ...parseCommitmentFilters({ sort: "updated" }), pageSize: 100 })).rows;
    const effective = rows.map((r) => r.statusEffectiveOn.toISOString().slice(0, 10));
    expect(effective).toEqual([...effective].sort().reverse());
    expect(rows[0].title).toContain("Maarif Schools");
    // Untouched pledges (only their first entry, of the meeting's day) come last, whenever they were recorded.
    expect(effective.at(-1)).toBe("2026-02-02");
  });

  it("breaks the statuses down by category and by party", async () => {
    const d = await dashboard({});
    const education = d.byCategory.find((c) => c.name === "Education, science & culture")!;
    expect(education).toMatchObject({ total: 3, counts: { IN_PROGRESS: 1, NOT_YET_ASSESSED: 2 } });
    const azerbaijan = d.byParty.find((p) => p.name === "Azerbaijan")!;
    expect(azerbaijan).toMatchObject({ total: 1, counts: { NOT_YET_ASSESSED: 1 } });
    expect(d.byParty.find((p) => p.name === "Türkiye")!.total).toBe(26);
  });

  it("returns an empty dashboard for a filter that names nothing", async () => {
    const d = await dashboard({ party: "Atlantis" });
    expect(d.tracked).toBe(0);
    expect(d.overTime).toEqual([]);
  });
});

describe("the dashboard as of a past date", () => {
  it("shows the statuses recorded up to that day, not later ones", async () => {
    const d = await dashboard({ asOf: "2026-04-15" });
    expect(d.byStatus).toMatchObject({ IN_PROGRESS: 1, FULFILLED: 1, NOT_STARTED: 1, BROKEN: 1, STALLED: 0, NOT_YET_ASSESSED: 22 });
    const may = await dashboard({ asOf: "2026-05-20" });
    expect(may.byStatus).toMatchObject({ IN_PROGRESS: 0, STALLED: 1 });
    expect(await dashboard({ asOf: "2026-03-01" }).then((x) => x.byStatus)).toMatchObject({ BROKEN: 1, NOT_YET_ASSESSED: 25 });
    expect((await dashboard({ asOf: "2026-01-31" })).tracked).toBe(0);
  });

  it("computes overdue, stale, upcoming and recent as they were on that day", async () => {
    const d = await dashboard({ asOf: "2026-04-15", stale: "30" });
    expect(d.overdue.map((c) => c.title)).toEqual([expect.stringContaining("High-Level Strategic Council")]);
    expect(d.upcoming.map((c) => c.title)).toEqual([expect.stringContaining("Turkic World Vision")]);
    // Open and nothing since 16 Mar: the 22 never assessed, and Maarif (10 Mar).
    expect(d.staleCount).toBe(23);
    expect(d.recent.map((u) => u.effectiveOn)).toEqual(["2026-04-01", "2026-03-20", "2026-03-10", "2026-02-20"]);
    expect((await dashboard({ asOf: "2026-03-30" })).overdueCount).toBe(0);
  });
});

describe("status over time", () => {
  it("matches the history recomputed day by day, for weeks and months, with and without filters", async () => {
    for (const params of <Record<string, string>[]>[
      {},
      { bucket: "month" },
      { category: "Education, science & culture" },
      { party: "Kazakhstan", meeting: "jspg-8-2026-ankara" },
      { asOf: "2026-05-20", bucket: "month" },
    ]) {
      const d = await dashboard(params);
      const education = new Set(
        (await db.commitment.findMany({ where: { category: "Education, science & culture" }, select: { id: true } })).map((c) => c.id),
      );
      const where = "category" in params ? (c: { id: string }) => education.has(c.id) : () => true;
      expect(d.overTime.length, JSON.stringify(params)).toBeGreaterThan(1);
      for (const point of d.overTime) {
        const unit = "bucket" in params ? "month" : "week";
        const start = new Date(`${point.bucket}T00:00:00Z`);
        const end =
          unit === "week"
            ? new Date(start.getTime() + 6 * 86_400_000)
            : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
        const asOf = params.asOf ?? "2026-11-27";
        const day = end.toISOString().slice(0, 10) < asOf ? end.toISOString().slice(0, 10) : asOf;
        expect(point.counts, `${JSON.stringify(params)} ${point.bucket}`).toEqual(await referenceStatuses(day, where));
      }
    }
  });

  it("draws weeks while the history shown spans two years, months past that, and what is asked for either way", async () => {
    // The history starts with the meeting, 2 Feb 2026: two years (731 days) later is 3 Feb 2028.
    for (const [now, asOf, unit] of [
      ["2028-02-02T12:00:00Z", "2028-02-03", "week"],
      ["2028-02-03T12:00:00Z", "2028-02-04", "month"],
    ] as const) {
      // Unfiltered and one party read the roll-up; a meeting reads the history.
      for (const filter of [{}, { party: "Kazakhstan" }, { meeting: "jspg-8-2026-ankara" }]) {
        const at = (extra: Record<string, string>) =>
          getDashboard(actors.viewer, parseDashboardParams({ ...filter, ...extra }, new Date(now)));
        const [auto, asked, weeks] = await Promise.all([at({}), at({ bucket: unit }), at({ bucket: "week" })]);
        const context = `${JSON.stringify(filter)} on ${asOf}`;
        expect(auto.overTime.at(-1)!.bucket <= asOf && asOf.slice(0, 4) === "2028", context).toBe(true);
        expect([auto.unit, asked.unit, weeks.unit], context).toEqual([unit, unit, "week"]);
        expect(auto.overTime, context).toEqual(asked.overTime);
        expect(auto.overTime.length, context).toBe(unit === "week" ? weeks.overTime.length : 25);
      }
    }
  });

  it("puts every day in the week and month date_trunc gives it, across centuries", async () => {
    // The series buckets days by date arithmetic (bucketStartSql), not date_trunc, for speed.
    const day = Prisma.sql`d::date`;
    const [row] = await db.$queryRaw<{ days: number; weeks: number; months: number }[]>(Prisma.sql`
      SELECT count(*)::int AS days,
             count(*) FILTER (WHERE ${bucketStartSql("week", day)} = date_trunc('week', d)::date)::int AS weeks,
             count(*) FILTER (WHERE ${bucketStartSql("month", day)} = date_trunc('month', d)::date)::int AS months
      FROM (SELECT generate_series(timestamp '1899-12-01', timestamp '1900-03-31', interval '1 day') AS d
            UNION ALL SELECT generate_series(timestamp '1999-12-01', timestamp '2000-03-31', interval '1 day')
            UNION ALL SELECT generate_series(timestamp '2023-12-20', timestamp '2029-01-10', interval '1 day')) s`);
    expect(row.days).toBeGreaterThan(2000);
    expect(row).toEqual({ days: row.days, weeks: row.days, months: row.days });
  });

  it("starts with the first logged week and follows a commitment forward and back", async () => {
    const d = await dashboard({ category: "Education, science & culture" });
    expect(d.overTime[0]).toMatchObject({ bucket: "2026-02-02", total: 3 });
    const weekOf = (day: string) => d.overTime.find((p) => p.bucket === day)!.counts;
    expect(weekOf("2026-03-09").IN_PROGRESS).toBe(1);
    expect(weekOf("2026-05-04")).toMatchObject({ IN_PROGRESS: 0, STALLED: 1 });
    expect(weekOf("2026-06-01")).toMatchObject({ IN_PROGRESS: 1, STALLED: 0 });
  });

  it("keeps the roll-up equal to the history when a commitment changes category or parties", async () => {
    await setTarget("Maarif Schools", "UPCOMING", "", { category: "Development cooperation" });
    const c = await db.commitment.findFirstOrThrow({ where: { title: { contains: "Maarif" } }, include: { parties: true } });
    const azerbaijan = await db.party.findFirstOrThrow({ where: { name: "Azerbaijan" } });
    await setTarget("Maarif Schools", "UPCOMING", "", {
      category: "Development cooperation",
      partyIds: [...c.parties.map((p) => p.partyId), azerbaijan.id],
    });

    const viaRollup = await dashboard({ category: "Development cooperation" });
    const viaHistory = await dashboard({ category: "Development cooperation", meeting: "jspg-8-2026-ankara" });
    expect(viaRollup.overTime).toEqual(viaHistory.overTime);
    expect(viaRollup.overTime.at(-1)!.counts).toMatchObject({ IN_PROGRESS: 1, NOT_YET_ASSESSED: 1 });
    const education = await dashboard({ category: "Education, science & culture" });
    expect(education.overTime.at(-1)!.total).toBe(2);
    const az = await dashboard({ party: "Azerbaijan" });
    expect(az.overTime.at(-1)!.counts).toMatchObject({ IN_PROGRESS: 1, NOT_YET_ASSESSED: 1 });
    expect(az.overTime.find((p) => p.bucket === "2026-05-04")!.counts.STALLED).toBe(1);

    // The current counts kept by triggers equal a recount, and the unfiltered dashboard that reads
    // them agrees with the same commitments counted through the snapshot (every one is in this meeting).
    const kept = await db.$queryRaw`SELECT dimension, key, status::text, n FROM status_counts WHERE n <> 0 ORDER BY 1, 2, 3`;
    const recount = await db.$queryRaw`
      SELECT k.dimension, k.key, c.status::text, count(*)::int AS n FROM commitments c
      CROSS JOIN LATERAL (SELECT 'all', '' UNION ALL SELECT 'category', c.category UNION ALL SELECT 'meeting', c.meeting_id::text
        UNION ALL SELECT 'party', cp.party_id::text FROM commitment_parties cp WHERE cp.commitment_id = c.id) AS k(dimension, key)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    expect(kept).toEqual(recount);
    const periods = await db.$queryRaw`
      SELECT status_update_id::text, valid_from, valid_to, status::text, progress FROM status_periods ORDER BY 1`;
    const fromHistory = await db.$queryRaw`
      SELECT id::text AS status_update_id, effective_on AS valid_from,
             lead(effective_on) OVER (PARTITION BY commitment_id ORDER BY effective_on, recorded_at) AS valid_to,
             to_status::text AS status, progress
      FROM status_updates ORDER BY 1`;
    expect(periods).toEqual(fromHistory);
    const unfiltered = await dashboard({});
    const viaSnapshot = await dashboard({ meeting: "jspg-8-2026-ankara" });
    expect(unfiltered.byStatus).toEqual(viaSnapshot.byStatus);
    expect(unfiltered.byCategory).toEqual(viaSnapshot.byCategory);
    expect(unfiltered.byParty).toEqual(viaSnapshot.byParty);
    expect([unfiltered.overdueCount, unfiltered.staleCount, unfiltered.upcomingCount]).toEqual([
      viaSnapshot.overdueCount,
      viaSnapshot.staleCount,
      viaSnapshot.upcomingCount,
    ]);
  });
});

describe("access", () => {
  it("refuses callers without a session", async () => {
    await expect(getDashboard(null, parseDashboardParams({}, NOW))).rejects.toMatchObject({ reason: "signed-out" });
  });
});
