// Status updates at 20 concurrent analysts: through the server action over HTTP (as the browser's
// form sends it), and the same transaction's SQL run directly through node-postgres at the same
// concurrency. Each analyst works on its own commitments, so the figures are about speed, not conflicts.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { actionId, callFloor, saveStatus, type StatusForm } from "../load/harness";
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
  const author = (await pool.query<{ id: string }>("SELECT id FROM users WHERE role = 'ANALYST' ORDER BY email LIMIT 1")).rows[0].id;
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

  // The same statements directly: one transaction (read and guarded update in one statement, history, audit). The
  // save asks whether a form was recorded before only when it fails, so a normal save sends no replay check.
  const viaSql: number[] = [];
  const direct = rows.slice(concurrency).map((r) => ({ ...r }));
  await Promise.all(
    direct.map(async (c, analyst) => {
      for (let i = 0; i < perAnalyst + 2; i++) {
        const started = performance.now();
        const client = await pool.connect();
        try {
          const requestId = randomUUID();
          await client.query("BEGIN");
          // The save's own statements (lib/data/commitments.ts): read and guarded update in one, then the history row.
          const before = (
            await client.query(
              `WITH before AS (SELECT status, progress, version, status_effective_on FROM commitments WHERE id = $1),
               moved AS (UPDATE commitments c SET status = 'IN_PROGRESS', progress = $2, status_effective_on = $3::date, last_updated_at = now(),
                                updated_at = now(), version = c.version + 1
                         FROM before WHERE c.id = $1 AND c.version = $4 AND before.status_effective_on <= $3::date RETURNING c.id)
               SELECT status, progress, version, EXISTS (SELECT 1 FROM moved) AS moved FROM before`,
              [c.id, 10 + ((i + analyst) % 80), today(), c.version],
            )
          ).rows[0];
          if (!before.moved) throw new Error("direct save conflicted");
          const inserted = await client.query(
            `INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, rationale, evidence_urls, author_id, client_request_id)
             VALUES (gen_random_uuid(), $1, $2, 'IN_PROGRESS', $3, $4, $5, $6, '{}', $7, $8) RETURNING id`,
            [
              c.id,
              before.status,
              before.progress,
              10 + ((i + analyst) % 80),
              today(),
              `Benchmark save ${analyst}.${i} as direct SQL.`,
              author,
              requestId,
            ],
          );
          await client.query(
            `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after) VALUES ($1, 'commitment.status-update', 'commitment', $2, $3, $4)`,
            [
              author,
              c.id,
              JSON.stringify({ status: before.status, progress: before.progress, version: before.version }),
              JSON.stringify({ statusUpdateId: inserted.rows[0].id }),
            ],
          );
          await client.query("COMMIT");
          c.version++;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
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
