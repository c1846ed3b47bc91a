// Status updates at 20 concurrent analysts: through the server action over HTTP (as the browser's
// form sends it), and the save's own statement run directly through node-postgres at the same
// concurrency. Each analyst works on its own commitments, so the figures are about speed, not conflicts.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { actionId, callFloor, saveStatus, type StatusForm } from "../load/harness";
import { BENCH_ANALYST } from "./dataset";
import { summary } from "./measure";

export type SaveBenchmark = {
  concurrency: number;
  action: { p50: number; p95: number; n: number };
  sql: { p50: number; p95: number; n: number };
  ratioP50: number;
  ratioP95: number;
  /** The framework's floor at the same concurrency: floorAction with the same form, and a route handler that does nothing. */
  floor: { action: { p50: number; p95: number; n: number }; route: { p50: number; p95: number; n: number } };
};

const today = () => new Date().toISOString().slice(0, 10);

/** The status form an analyst sends on their i-th save of a commitment: the save and the floor send the same one. */
const benchForm = (c: { id: string; version: number }, analyst: number, i: number): StatusForm => ({
  commitmentId: c.id,
  version: c.version,
  status: "IN_PROGRESS",
  progress: 10 + ((i + analyst) % 80),
  effectiveOn: today(),
  rationale: `Benchmark save ${analyst}.${i} through the server action.`,
  requestId: randomUUID(),
});

export async function benchmarkSaves(base: string, cookie: string, url: string, concurrency = 20, perAnalyst = 15): Promise<SaveBenchmark> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const { rows } = await pool.query<{ id: string; version: number; status: string; progress: number }>(
    // Commitments not saved by an earlier run (theirs would carry a longer history each time).
    `SELECT id, version, status::text, progress FROM commitments
     WHERE status_effective_on <= current_date AND status_effective_on < current_date - 1 AND version = 10
     ORDER BY md5(id::text || $2) LIMIT $1`,
    [concurrency * 2, String(Date.now())],
  );
  const save = actionId("updateCommitmentStatusAction");

  // Through the app: one commitment per analyst, versions tracked as the form would after each save.
  const viaAction: number[] = [];
  const mine = rows.slice(0, concurrency).map((r) => ({ ...r }));
  await Promise.all(
    mine.map(async (c, analyst) => {
      for (let i = 0; i < perAnalyst + 2; i++) {
        const outcome = await saveStatus(base, cookie, save, benchForm(c, analyst, i));
        if (outcome.kind !== "saved") throw new Error(`A benchmark save was not recorded: ${outcome.kind} ${outcome.message ?? ""}`);
        c.version++;
        if (i >= 2) viaAction.push(outcome.ms); // the first two warm up
      }
    }),
  );

  // The same statement directly (the app's own, from statusUpdateStatement), one round trip each.
  const saveDirectly = await directSaver(pool);
  const viaSql: number[] = [];
  const direct = rows.slice(concurrency).map((r) => ({ ...r }));
  await Promise.all(
    direct.map(async (c, analyst) => {
      for (let i = 0; i < perAnalyst + 2; i++) {
        const form = benchForm(c, analyst, i);
        const started = performance.now();
        await saveDirectly({
          ...form,
          status: "IN_PROGRESS",
          rationale: `Benchmark save ${analyst}.${i} as direct SQL.`,
          requestId: form.requestId ?? null,
        });
        c.version++;
        if (i >= 2) viaSql.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  const floor = await benchmarkFloor(base, cookie, rows.slice(0, concurrency), perAnalyst);
  const action = summary(viaAction);
  const sql = summary(viaSql);
  return { concurrency, action, sql, ratioP50: action.p50 / sql.p50, ratioP95: action.p95 / sql.p95, floor };
}

/**
 * The framework's floor at the same concurrency and with the same form as the saves: floorAction (the
 * proxy, the session and role check, the form read, nothing else) and GET /api/floor (the proxy and a
 * route handler that answers 204).
 */
async function benchmarkFloor(base: string, cookie: string, commitments: { id: string; version: number }[], perAnalyst: number) {
  const floor = actionId("floorAction");
  const viaAction: number[] = [];
  const viaRoute: number[] = [];
  await Promise.all(
    commitments.map(async (c, analyst) => {
      for (let i = 0; i < perAnalyst + 2; i++) {
        const { ms } = await callFloor(base, cookie, floor, benchForm(c, analyst, i));
        if (i >= 2) viaAction.push(ms);
      }
    }),
  );
  await Promise.all(
    commitments.map(async () => {
      for (let i = 0; i < perAnalyst + 2; i++) {
        const started = performance.now();
        const res = await fetch(`${base}/api/floor`, { headers: { cookie }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 204) throw new Error(`GET /api/floor answered ${res.status}`);
        if (i >= 2) viaRoute.push(performance.now() - started);
      }
    }),
  );
  return { action: summary(viaAction), route: summary(viaRoute) };
}

/**
 * What the save's statement costs by kind, alone, one at a time: a status change (its roll-up triggers
 * move every figure it leaves and enters, under each of its filter values) and the same status again on
 * the same day (progress only: the roll-ups have nothing to move). The timed saves above are mostly
 * the second kind: each analyst's first save of a commitment changes its status, the next ones do not.
 * Each pair runs in a transaction that is rolled back, so the dataset is left as it was.
 */
export async function benchmarkStatementKinds(url: string, samples = 40) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const saveDirectly = await directSaver(client);
    const { rows } = await client.query<{ id: string; version: number }>(
      `SELECT id, version FROM commitments WHERE version = 10 AND status_effective_on < current_date - 1 AND status <> 'STALLED'
       ORDER BY md5(id::text || $2) LIMIT $1`,
      [samples + 5, String(Date.now())],
    );
    const timed = async (commitmentId: string, version: number) => {
      const started = performance.now();
      await saveDirectly({
        commitmentId,
        version,
        status: "STALLED",
        progress: 20,
        effectiveOn: today(),
        rationale: "Benchmark: the statement's cost by kind (rolled back).",
        requestId: null,
      });
      return performance.now() - started;
    };
    const change: number[] = [];
    const same: number[] = [];
    for (const [i, c] of rows.entries()) {
      await client.query("BEGIN");
      const changed = await timed(c.id, c.version);
      const again = await timed(c.id, c.version + 1);
      await client.query("ROLLBACK");
      if (i >= 5) change.push(changed); // the first five warm up
      if (i >= 5) same.push(again);
    }
    return { statusChange: summary(change), sameStatusAgain: summary(same) };
  } finally {
    await client.end();
  }
}

/**
 * A status save as the app's own statement (statusUpdateStatement), sent directly by the benchmark's
 * analyst; the function it returns throws unless the commitment moved. The data layer is server-only;
 * the benchmark runs with --conditions=react-server to import it.
 */
async function directSaver(client: pg.Pool | pg.Client) {
  const { statusUpdateStatement } = await import("@/lib/data/commitments");
  const { rows: users } = await client.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [BENCH_ANALYST]);
  const actor = { id: users[0].id, email: BENCH_ANALYST, name: "Benchmark analyst", role: "ANALYST" as const };
  return async (fields: {
    commitmentId: string;
    version: number;
    status: "IN_PROGRESS" | "STALLED";
    progress: number;
    effectiveOn: string;
    rationale: string;
    requestId: string | null;
  }) => {
    const { statement } = statusUpdateStatement(actor, { ...fields, evidenceUrls: [], obstacles: null, nextStep: null });
    const { rows } = await client.query<{ moved: boolean }>(statement.text, statement.values);
    if (!rows[0]?.moved) throw new Error("A direct benchmark save was not recorded.");
  };
}
