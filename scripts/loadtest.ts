// `npm run loadtest`: simulated analysts drive production servers (two instances on one database,
// as behind a load balancer) with status updates (retrying on conflicts), list and dashboard reads and
// exports; then the database is checked: every acknowledged update is recorded exactly once with its
// audit row, no update is half-written, each commitment's current status is its latest history row.
//
//   npm run loadtest                       60 s, 20 analysts, 2 instances
//   npm run loadtest -- --crash app        SIGKILL one instance mid-run and restart it
//   npm run loadtest -- --crash db         SIGKILL PostgreSQL mid-run and restart it
//   npm run loadtest -- --quick            what `npm test` runs: the race (over two instances, the second
//                                          run as two processes, APP_WORKERS=2) and its control (the same
//                                          saves without the version guard, written in SQL), one of those
//                                          processes killed (the other answers; it is replaced), a short
//                                          load, both crashes (about two minutes)
//   npm run loadtest -- --fault lost-audit-row
//                                          deletes one acknowledged update's audit row before the checks,
//                                          so the run must fail (also LOADTEST_FAULT=lost-audit-row; the
//                                          test of the test command uses it)
// --quick stops at the first phase that finds a problem.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import pg from "pg";
import { percentile, signIn } from "./bench/measure";
import {
  actionId,
  freshDatabase,
  killDatabase,
  log,
  openCommitment,
  restartDatabase,
  saveStatus,
  sleep,
  startApp,
  stopApp,
  type AppServer,
  type Database,
} from "./load/harness";

type Options = { analysts: number; seconds: number; instances: number; crash: "none" | "app" | "db"; fault: "none" | "lost-audit-row" };

function parseArgs(): Options & { quick: boolean } {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const crash = value("crash", "none");
  if (!["none", "app", "db"].includes(crash)) throw new Error("--crash is none, app or db");
  const fault = value("fault", process.env.LOADTEST_FAULT || "none");
  if (!["none", "lost-audit-row"].includes(fault)) throw new Error("--fault is none or lost-audit-row");
  return {
    quick: args.includes("--quick"),
    analysts: Number(value("analysts", "20")),
    seconds: Number(value("seconds", "60")),
    instances: Number(value("instances", "2")),
    crash: crash as Options["crash"],
    fault: fault as Options["fault"],
  };
}

const PG_PORT = Number(process.env.LOADTEST_PG_PORT) || 54351;
const APP_PORT = Number(process.env.LOADTEST_PORT) || 3300;
const today = () => new Date().toISOString().slice(0, 10);

type Sample = { kind: string; ms: number; status: number; at: number };

class Run {
  readonly samples: Sample[] = [];
  readonly acknowledged: { token: string; commitmentId: string }[] = [];
  readonly failures: string[] = [];
  serverErrors: { at: number; kind: string; status: number }[] = [];
  networkErrors = 0;
  conflicts = 0;
  retriesExhausted = 0;
  constructor(readonly id: string) {}
}

async function analyst(
  run: Run,
  n: number,
  apps: () => AppServer[],
  cookie: string,
  commitments: string[],
  until: number,
  saveAction: string,
) {
  let seq = 0;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  // A load balancer: each request to any live instance, the next instance when one does not answer.
  const request = async <T>(send: (base: string) => Promise<T | null>, isNetworkError: (r: T | null) => boolean): Promise<T | null> => {
    const live = apps();
    const start = Math.floor(Math.random() * live.length);
    for (let i = 0; i < live.length; i++) {
      const result = await send(live[(start + i) % live.length].base);
      if (!isNetworkError(result)) return result;
      run.networkErrors++;
    }
    return null;
  };
  const get = async (kind: string, path: string) => {
    const started = performance.now();
    const res = await request(
      (base) =>
        fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) })
          .then(async (r) => {
            await r.arrayBuffer();
            return r.status;
          })
          .catch(() => null),
      (status) => status === null,
    );
    if (res === null) return;
    run.samples.push({ kind, ms: performance.now() - started, status: res, at: Date.now() });
    if (res >= 500) run.serverErrors.push({ at: Date.now(), kind, status: res });
  };

  while (Date.now() < until) {
    const r = Math.random();
    if (r < 0.6) {
      const commitmentId = pick(commitments);
      const token = `load ${run.id} analyst ${n} update ${++seq}`;
      const progress = 1 + Math.floor(Math.random() * 98);
      const status = Math.random() < 0.5 ? "IN_PROGRESS" : "PARTIALLY_FULFILLED";
      // One id per intended update, kept across retries, as the page's form keeps it.
      const requestId = randomUUID();
      for (let attempt = 1; ; attempt++) {
        const opened = await request(
          (base) => openCommitment(base, cookie, commitmentId),
          (o) => o === null,
        );
        if (!opened) break;
        run.samples.push({ kind: "open commitment", ms: opened.ms, status: opened.status, at: Date.now() });
        if (opened.status >= 500 || Number.isNaN(opened.version)) {
          if (opened.status >= 500) run.serverErrors.push({ at: Date.now(), kind: "open commitment", status: opened.status });
          break;
        }
        const outcome = await request(
          (base) =>
            saveStatus(base, cookie, saveAction, {
              commitmentId,
              version: opened.version,
              status,
              progress,
              effectiveOn: today(),
              rationale: token,
              requestId,
            }),
          (o) => o?.kind === "network-error",
        );
        if (!outcome) break;
        run.samples.push({ kind: "save status", ms: outcome.ms, status: outcome.status, at: Date.now() });
        if (outcome.kind === "saved") {
          run.acknowledged.push({ token, commitmentId });
          break;
        }
        if (outcome.kind === "server-error") {
          run.serverErrors.push({ at: Date.now(), kind: "save status", status: outcome.status });
          break;
        }
        if (outcome.kind === "refused") {
          // A refusal with a reason (database unreachable during a crash test) is an answer, not a loss.
          run.failures.push(outcome.message ?? "refused");
          break;
        }
        run.conflicts++;
        if (attempt === 5) {
          run.retriesExhausted++;
          break;
        }
      }
    } else if (r < 0.8) {
      const q = pick(["", "q=cooperation", "status=IN_PROGRESS", "category=Energy+%26+mining", "party=Kazakhstan", "sort=title&page=2"]);
      await get("list", `/commitments${q ? `?${q}` : ""}`);
    } else if (r < 0.95) {
      await get("dashboard", "/");
    } else {
      await get("export", "/api/export/commitments?format=csv&meeting=jspg-8-2026-ankara");
    }
  }
}

/** The invariants the database must satisfy after a run; returns the problems found. */
async function checkInvariants(databaseUrl: string, run: Run): Promise<{ problems: string[]; recordedUnacknowledged: number }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const problems: string[] = [];
  try {
    const tokens = run.acknowledged.map((a) => a.token);
    const recorded = await db.query<{ rationale: string; n: number; audits: number }>(
      `SELECT su.rationale, count(*)::int AS n,
              sum((SELECT count(*) FROM audit_events a WHERE a.action = 'commitment.status-update' AND a.after->>'statusUpdateId' = su.id::text))::int AS audits
       FROM status_updates su WHERE su.rationale LIKE $1 GROUP BY su.rationale`,
      [`load ${run.id} %`],
    );
    const byToken = new Map(recorded.rows.map((r) => [r.rationale, r]));
    const lost = tokens.filter((t) => !byToken.has(t));
    const duplicated = recorded.rows.filter((r) => r.n !== 1);
    const withoutAudit = recorded.rows.filter((r) => r.audits !== r.n);
    if (lost.length) problems.push(`${lost.length} acknowledged updates have no history row (e.g. "${lost[0]}")`);
    if (duplicated.length) problems.push(`${duplicated.length} updates were recorded more than once`);
    if (withoutAudit.length) problems.push(`${withoutAudit.length} recorded updates do not have exactly one audit row (half-written)`);
    const acknowledged = new Set(tokens);
    const recordedUnacknowledged = recorded.rows.filter((r) => !acknowledged.has(r.rationale)).length;

    const current = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM commitments c
       WHERE NOT EXISTS (
         SELECT 1 FROM (SELECT su.to_status, su.progress, su.effective_on FROM status_updates su WHERE su.commitment_id = c.id
                        ORDER BY su.effective_on DESC, su.recorded_at DESC LIMIT 1) latest
         WHERE (latest.to_status, latest.progress, latest.effective_on) = (c.status, c.progress, c.status_effective_on))`,
    );
    if (current.rows[0].n) problems.push(`${current.rows[0].n} commitments' current status is not their latest history row`);
    const versions = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM commitments c WHERE c.version <> (SELECT count(*) FROM status_updates su WHERE su.commitment_id = c.id)
         + (SELECT count(*) FROM audit_events a WHERE a.entity_id = c.id::text AND a.action = 'commitment.edit')`,
    );
    if (versions.rows[0].n) problems.push(`${versions.rows[0].n} commitments' version does not match their history`);
    const counts = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT status, count(*)::int AS n FROM commitments GROUP BY status) actual
       FULL JOIN (SELECT status, n FROM status_counts WHERE dimension = 'all' AND n <> 0) kept USING (status)
       WHERE actual.n IS DISTINCT FROM kept.n`,
    );
    if (counts.rows[0].n) problems.push("the dashboard's status counts disagree with the commitments");
    return { problems, recordedUnacknowledged };
  } finally {
    await db.end();
  }
}

function report(run: Run, seconds: number) {
  const kinds = [...new Set(run.samples.map((s) => s.kind))].sort();
  const requests = run.samples.length;
  console.log(
    `\n  ${requests} requests in ${seconds.toFixed(0)} s: ${(requests / seconds).toFixed(1)} requests/s, ${(run.acknowledged.length / seconds).toFixed(1)} saves/s`,
  );
  console.log(
    `  ${run.acknowledged.length} updates acknowledged, ${run.conflicts} conflicts retried, ${run.retriesExhausted} given up after 5 tries`,
  );
  console.log("  | Request | n | p50 ms | p95 ms | p99 ms |");
  console.log("  | --- | --- | --- | --- | --- |");
  for (const kind of kinds) {
    const ms = run.samples.filter((s) => s.kind === kind).map((s) => s.ms);
    console.log(
      `  | ${kind} | ${ms.length} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} |`,
    );
  }
}

async function cookiesFor(app: AppServer, analysts: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < analysts; i++) cookies.push(await signIn(app.base, "analyst@example.org", "demo-pass-2026"));
  return cookies;
}

async function commitmentIds(databaseUrl: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ id: string }>("SELECT id FROM commitments ORDER BY title");
  await db.end();
  return rows.map((r) => r.id);
}

/** One load run; with a crash, the crash happens a quarter of the way in. Returns the problems found. */
async function loadRun(database: Database, appsRef: { apps: AppServer[] }, options: Options, label: string): Promise<string[]> {
  const run = new Run(`${label}-${Date.now().toString(36)}`);
  const saveAction = actionId("updateCommitmentStatusAction");
  // Signed in on the first instance only: the same cookies must work on every instance.
  const cookies = await cookiesFor(appsRef.apps[0], options.analysts);
  const commitments = await commitmentIds(database.url);
  const started = Date.now();
  const until = started + options.seconds * 1000;
  log(
    `${label}: ${options.analysts} analysts for ${options.seconds} s on ${appsRef.apps.length} instance(s)${options.crash !== "none" ? `, crashing the ${options.crash === "app" ? "app server" : "database"}` : ""}`,
  );
  const live = () => appsRef.apps.filter((a) => a.process.exitCode === null && a.process.signalCode === null);
  const load = Promise.all(cookies.map((cookie, i) => analyst(run, i, live, cookie, commitments, until, saveAction)));

  let outage: { from: number; to: number } | null = null;
  const problems: string[] = [];
  if (options.crash !== "none") {
    await sleep((options.seconds * 1000) / 4);
    if (options.crash === "app") {
      const victim = appsRef.apps[0];
      const from = Date.now();
      victim.process.kill("SIGKILL");
      await victim.exited;
      log(`  SIGKILL sent to the app server on port ${victim.port}; the others carry the load`);
      await sleep(2_000);
      appsRef.apps[0] = await startApp(victim.port, database.url);
      outage = { from, to: Date.now() };
      log(`  restarted it in ${((Date.now() - from) / 1000).toFixed(1)} s`);
    } else {
      const from = Date.now();
      const pids = killDatabase(database);
      log(`  SIGKILL sent to PostgreSQL (${pids.length} processes)`);
      // While it is down, every instance's health check must say so.
      const seenDown = new Set<number>();
      const healthDeadline = Date.now() + 5_000;
      while (seenDown.size < live().length && Date.now() < healthDeadline) {
        for (const app of live()) {
          const res = await fetch(`${app.base}/api/health`).catch(() => null);
          if (res && res.status === 503 && ((await res.json()) as { database: string }).database === "down") seenDown.add(app.port);
        }
        await sleep(100);
      }
      if (seenDown.size < live().length)
        problems.push(`/api/health did not report the database down on every instance (${seenDown.size} of ${live().length})`);
      else log(`  /api/health answered 503 {"database":"down"} on every instance`);
      await sleep(2_000);
      await restartDatabase(database);
      // The apps are not restarted: they must reconnect by themselves.
      const reconnectDeadline = Date.now() + 20_000;
      for (const app of live()) {
        for (;;) {
          const res = await fetch(`${app.base}/api/health`).catch(() => null);
          if (res?.ok) break;
          if (Date.now() > reconnectDeadline) {
            problems.push(`the app on port ${app.port} did not reconnect within 20 s`);
            break;
          }
          await sleep(200);
        }
      }
      outage = { from, to: Date.now() };
      log(`  PostgreSQL restarted; every instance reconnected by itself ${((Date.now() - from) / 1000).toFixed(1)} s after the crash`);
    }
  }
  await load;
  const elapsed = (Date.now() - started) / 1000;
  report(run, elapsed);
  // 5xx answers are failures, except while the database was down (pages cannot render without it).
  const grace = 1_000;
  const outside = run.serverErrors.filter((e) => !(outage && options.crash === "db" && e.at >= outage.from && e.at <= outage.to + grace));
  if (outside.length)
    problems.push(`${outside.length} 5xx responses (${[...new Set(outside.map((e) => `${e.kind} ${e.status}`))].join(", ")})`);
  if (run.serverErrors.length - outside.length)
    log(`  ${run.serverErrors.length - outside.length} 5xx responses while the database was down (expected)`);
  if (run.networkErrors) log(`  ${run.networkErrors} requests found no server and went to the next instance`);
  if (run.failures.length) log(`  ${run.failures.length} saves refused with a reason, e.g. "${run.failures[0]}"`);
  if (!run.acknowledged.length) problems.push("no update was acknowledged");
  if (options.fault === "lost-audit-row") await loseOneAuditRow(database.url, run);
  const invariants = await checkInvariants(database.url, run);
  problems.push(...invariants.problems);
  if (invariants.recordedUnacknowledged)
    log(
      `  ${invariants.recordedUnacknowledged} updates were recorded but their answer was lost in the crash (recorded once, with their audit row)`,
    );
  log(
    problems.length
      ? `${label}: FAILED\n    ${problems.join("\n    ")}`
      : `${label}: invariants hold (every acknowledged update recorded once with its audit row; current status = latest history row)`,
  );
  return problems;
}

/** The injected fault: one acknowledged update loses its audit row, as a half-written save would. */
async function loseOneAuditRow(databaseUrl: string, run: Run) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Audit rows are append-only (a trigger refuses deletes); a replica-role session skips triggers.
    await db.query("BEGIN");
    await db.query("SET LOCAL session_replication_role = replica");
    const { rowCount } = await db.query(
      `DELETE FROM audit_events WHERE id = (
         SELECT a.id FROM audit_events a JOIN status_updates su ON a.after->>'statusUpdateId' = su.id::text
         WHERE a.action = 'commitment.status-update' AND su.rationale = $1 LIMIT 1)`,
      [run.acknowledged[0]?.token ?? ""],
    );
    await db.query("COMMIT");
    log(`  fault injected: ${rowCount} audit row of an acknowledged update deleted`);
  } finally {
    await db.end();
  }
}

const RACED_TITLE = "Support a negotiated%";

/** Updates recorded under `label` that the next recorded update did not start from (it never saw them). */
async function overwrittenUpdates(db: pg.ClientBase | pg.Pool, commitmentId: string, label: string): Promise<number> {
  const chain = await db.query<{ from_progress: number | null; progress: number; rationale: string }>(
    "SELECT from_progress, progress, rationale FROM status_updates WHERE commitment_id = $1 ORDER BY recorded_at, id",
    [commitmentId],
  );
  let overwritten = 0;
  const raced = chain.rows.filter((r) => r.rationale.startsWith(`${label}:`));
  for (let i = 1; i < raced.length; i++) if (raced[i].from_progress !== raced[i - 1].progress) overwritten++;
  return overwritten;
}

/** 50 saves of one commitment from the same version at once, through the app: exactly one may be recorded. */
async function race(
  apps: AppServer[],
  databaseUrl: string,
  label: string,
): Promise<{ saved: number; conflicts: number; overwritten: number }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ id: string; version: number }>("SELECT id, version FROM commitments WHERE title LIKE $1", [
    RACED_TITLE,
  ]);
  const { id, version } = rows[0];
  const cookie = await signIn(apps[0].base, "analyst@example.org", "demo-pass-2026");
  const saveAction = actionId("updateCommitmentStatusAction");
  const outcomes = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      saveStatus(apps[i % apps.length].base, cookie, saveAction, {
        commitmentId: id,
        version,
        status: "IN_PROGRESS",
        progress: i + 1,
        effectiveOn: today(),
        rationale: `${label}: racing analyst ${i}`,
      }),
    ),
  );
  const overwritten = await overwrittenUpdates(db, id, label);
  await db.end();
  return {
    saved: outcomes.filter((o) => o.kind === "saved").length,
    conflicts: outcomes.filter((o) => o.kind === "conflict").length,
    overwritten,
  };
}

/**
 * The control: the same 50 saves, written by the harness itself as a save would be without the
 * version guard (read the row, update it by id alone, append the history row), all at once over 25
 * connections. Updates are lost, which shows that 50 simultaneous saves do overlap on this database,
 * so the guarded race's "exactly one" is the guard's doing. The app has no switch to drop its guard.
 */
async function unguardedRace(databaseUrl: string, label: string): Promise<{ saved: number; overwritten: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 25 });
  try {
    const { rows } = await pool.query<{ id: string }>("SELECT id FROM commitments WHERE title LIKE $1", [RACED_TITLE]);
    const { id } = rows[0];
    const saved = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const before = await client.query<{ status: string; progress: number }>(
            "SELECT status, progress FROM commitments WHERE id = $1",
            [id],
          );
          await client.query(
            "UPDATE commitments SET status = 'IN_PROGRESS', progress = $2, status_effective_on = $3, version = version + 1 WHERE id = $1",
            [id, i + 1, today()],
          );
          await client.query(
            `INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, rationale)
             VALUES (gen_random_uuid(), $1, $2, 'IN_PROGRESS', $3, $4, $5, $6)`,
            [id, before.rows[0].status, before.rows[0].progress, i + 1, today(), `${label}: racing writer ${i}`],
          );
          await client.query("COMMIT");
          return 1;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    );
    return { saved: saved.length, overwritten: await overwrittenUpdates(pool, id, label) };
  } finally {
    await pool.end();
  }
}

/** The processes whose parent is `pid` (Linux). */
function childPids(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        // "pid (name) state ppid …": the name may hold spaces and parentheses.
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid ? [Number(entry)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

/** /api/health's status over a connection of its own (a pooled one could be to a process just killed). */
function healthOnNewConnection(app: AppServer): Promise<number> {
  return new Promise((resolve) => {
    const req = httpGet(`${app.base}/api/health`, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.setTimeout(5_000, () => req.destroy());
  });
}

/**
 * An instance run as APP_WORKERS=2 loses one process (SIGKILL): once the instance has noticed, the
 * other answers every request, and the instance starts another in its place.
 */
async function workerCrash(app: AppServer): Promise<string[]> {
  const before = childPids(app.process.pid!);
  if (before.length !== 2) return [`cluster: the instance on port ${app.port} runs ${before.length} processes, not 2`];
  process.kill(before[0], "SIGKILL");
  const from = Date.now();
  // A connection handed to the process in the instant it dies is lost with it (as with a whole
  // instance behind a load balancer); once the instance has seen the death (reaped the process), none is.
  while (childPids(app.process.pid!).includes(before[0]) && Date.now() - from < 5_000) await sleep(10);
  const answers: number[] = [];
  let replaced: number[] = [];
  while (Date.now() - from < 30_000) {
    answers.push(await healthOnNewConnection(app));
    replaced = childPids(app.process.pid!).filter((pid) => !before.includes(pid));
    if (replaced.length === 1 && answers.length >= 20) break;
    await sleep(100);
  }
  const failed = answers.filter((status) => status !== 200).length;
  log(
    `cluster: one of the 2 processes on port ${app.port} killed; ${answers.length - failed} of ${answers.length} health checks answered meanwhile; ${replaced.length ? `replaced in ${((Date.now() - from) / 1000).toFixed(1)} s` : "not replaced"}`,
  );
  const problems: string[] = [];
  if (failed) problems.push(`cluster: ${failed} of ${answers.length} requests failed while one process was down`);
  if (replaced.length !== 1) problems.push("cluster: the killed process was not replaced within 30 s");
  return problems;
}

async function main() {
  const options = parseArgs();
  const database = await freshDatabase("data/loadtest", PG_PORT);
  const appsRef: { apps: AppServer[] } = { apps: [] };
  const problems: string[] = [];
  const startInstances = async (count: number, env: Record<string, string> = {}, last: Record<string, string> = {}) => {
    for (const app of appsRef.apps) await stopApp(app);
    appsRef.apps = [];
    for (let i = 0; i < count; i++)
      appsRef.apps.push(await startApp(APP_PORT + i, database.url, i === count - 1 ? { ...env, ...last } : env));
  };
  try {
    if (options.quick) {
      // The second instance runs as two processes (APP_WORKERS): the race spans three.
      await startInstances(2, {}, { APP_WORKERS: "2" });
      const guarded = await race(appsRef.apps, database.url, "race");
      log(
        `race: 50 simultaneous saves from one version over 2 instances (3 processes): ${guarded.saved} saved, ${guarded.conflicts} told of the conflict, ${guarded.overwritten} overwritten`,
      );
      if (guarded.saved !== 1 || guarded.conflicts !== 49 || guarded.overwritten)
        problems.push("race: the version check did not let exactly one of 50 saves through");
      problems.push(...(await workerCrash(appsRef.apps[1])));
      const control = await unguardedRace(database.url, "control");
      log(
        `control (the same saves without the version guard, in SQL): ${control.saved} saved, ${control.overwritten} of them overwritten by a save that never saw them`,
      );
      if (control.overwritten === 0) problems.push("control: without the version check no update was lost — the harness does not race");
      // The control run breaks the history chain on purpose; a fresh database for the rest.
      for (const app of appsRef.apps) await stopApp(app);
      await database.server?.stop();
      Object.assign(database, await freshDatabase("data/loadtest", PG_PORT));
      await startInstances(2);
      const phases = [
        { seconds: 15, crash: "none", label: "load" },
        { seconds: 16, crash: "app", label: "app crash" },
        { seconds: 20, crash: "db", label: "database crash" },
      ] as const;
      for (const phase of phases) {
        if (problems.length) break;
        problems.push(...(await loadRun(database, appsRef, { ...options, seconds: phase.seconds, crash: phase.crash }, phase.label)));
      }
    } else {
      await startInstances(options.instances);
      problems.push(...(await loadRun(database, appsRef, options, "load")));
    }
  } finally {
    for (const app of appsRef.apps) await stopApp(app).catch(() => undefined);
    await database.server?.stop().catch(() => undefined);
  }
  if (problems.length) {
    console.error(`\nLoad test FAILED:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  log("All checks passed.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
