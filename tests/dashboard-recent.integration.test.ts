import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardQueries, FEW_COMMITMENTS, getDashboard, resolveDashboardFilters } from "@/lib/data/dashboard";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import { seedDemoActors, type Actors } from "./support/fixtures";

// The dashboard's latest updates on a busy day: 3,000 status moves all taking effect on 2 Mar 2026
// (an import, say), recorded two at a time a second apart (ties, as two analysts saving in the same
// millisecond make), spread over the 26 demo pledges. The list is the ten latest by (day, time
// recorded, id); reading it must not read and sort the whole day.

const BUSY_DAY = "2026-03-02";
const MOVES = 3_000;
const NOW = new Date("2026-11-26T12:00:00Z");
let actors: Actors;

beforeAll(async () => {
  actors = await seedDemoActors();
  await db.$executeRaw`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM commitments)
    INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, recorded_at, rationale, evidence_urls)
    SELECT gen_random_uuid(), c.id, 'IN_PROGRESS', 'IN_PROGRESS', 10, 10 + g % 50, ${BUSY_DAY}::date,
           '2026-03-02T08:00:00Z'::timestamptz + (g / 2) * interval '1 second', 'Busy-day move ' || g, '{}'
    FROM generate_series(1, ${MOVES}::int) g JOIN c ON c.i = g % c.n`;
  await db.$executeRaw`ANALYZE status_updates`;
});

/** The ten latest moves on or before the day, in the list's order, computed from every row. */
async function latestMoves(day: string, party?: string) {
  const rows = await db.statusUpdate.findMany({
    where: {
      effectiveOn: { lte: new Date(`${day}T00:00:00Z`) },
      fromStatus: { not: null },
      ...(party ? { commitment: { parties: { some: { party: { name: party } } } } } : {}),
    },
    select: { id: true, effectiveOn: true, recordedAt: true },
  });
  // PostgreSQL orders uuids as their lower-case hex text orders.
  rows.sort(
    (a, b) =>
      b.effectiveOn.getTime() - a.effectiveOn.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime() || (a.id < b.id ? 1 : -1),
  );
  return rows.slice(0, 10).map((r) => r.id);
}

// The demo's 26 pledges are few (FEW_COMMITMENTS): by default the list reads each one's latest moves;
// fewCommitments -1 makes it walk every update newest first, as a larger dashboard does.
const ROUTES = [
  { route: "each few commitment's history", fewCommitments: FEW_COMMITMENTS },
  { route: "the walk of every update", fewCommitments: -1 },
];

describe("the dashboard's latest updates on a day with thousands", () => {
  it.each(ROUTES)("lists the ten recorded last, with or without a party filter, through $route", async ({ fewCommitments }) => {
    for (const party of [undefined, "Kazakhstan"]) {
      const params = parseDashboardParams({ asOf: BUSY_DAY, party }, NOW);
      const dashboard = await getDashboard(actors.viewer, params, { source: "rollup", fewCommitments });
      const expected = await latestMoves(BUSY_DAY, party);
      expect(expected).toHaveLength(10);
      expect(dashboard.recent.map((u) => u.id)).toEqual(expected);
    }
  });

  it.each(ROUTES)(
    "reads at most a thousand rows in all at any step through $route, not the whole day of 3,000 sorted",
    async ({ fewCommitments }) => {
      const params = parseDashboardParams({ asOf: BUSY_DAY }, NOW);
      const resolved = await resolveDashboardFilters(params);
      const { recent } = dashboardQueries(params, resolved!, "rollup", fewCommitments);
      const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${recent}`);
      const lines = plan.map((r) => r["QUERY PLAN"]);
      const text = lines.join("\n");
      // The rows of every step and the rows it filtered out, over all its loops (EXPLAIN gives them per
      // loop), but for the size check's scan of the roll-up.
      let node = "";
      let loops = 1;
      const rowsRead = lines.flatMap((line) => {
        if (line.includes("actual time=")) {
          node = line;
          loops = Number(/loops=(\d+)/.exec(line)?.[1] ?? 1);
        }
        if (node.includes("dashboard_deltas")) return [];
        return [...line.matchAll(/(?:rows=|Rows Removed by Filter: )(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]) * loops);
      });
      expect(Math.max(...rowsRead), text).toBeLessThanOrEqual(1_000);
      // The route asked for is the one that ran: each route is a branch under a one-time filter (the
      // walk's is negated), and only the branch chosen returns rows. Which indexes each branch uses is
      // the planner's choice on so small a database.
      const branch = (walk: boolean) => lines[lines.findIndex((l) => l.includes("One-Time Filter:") && l.includes("NOT ") === walk) - 1];
      expect(branch(fewCommitments < 0), text).toMatch(/Result .*rows=10(\.00)? /);
      expect(branch(fewCommitments >= 0), text).toMatch(/Result .*rows=0(\.00)? /);
    },
  );
});
