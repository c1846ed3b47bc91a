// `npm run bench`: builds (or reuses) a 100,000-commitment / 1,000,000-update dataset in its own
// database, serves the production build against it, and times the dashboard over HTTP beside the
// same SQL run directly. Prints a table and writes docs/benchmarks.json. Not a test: nothing asserts.
//
// BENCH_DATABASE_URL   a server to use (a database `ct_bench` is created on it); default: embedded
// BENCH_REBUILD=1      rebuild the dataset even if one exists
// BENCH_REQUESTS=60    timed requests per scenario (after 5 warm-up requests)
// BENCH_MEETINGS=2000  meetings of 50 commitments each (smaller only to try the script)
// BENCH_ONLY=dashboard,list,save,orm,export,frontend,report   run only these parts
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import pg from "pg";
import { migrate } from "@/lib/db/migrator";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import {
  BENCH_PASSWORD,
  BENCH_VIEWER,
  benchDatabase,
  buildDataset,
  ensurePartyAssessments,
  FULL_SIZE,
  type DatasetSize,
} from "./bench/dataset";
import { benchmarkAssessments } from "./bench/assess";
import { signIn, summary, timedGet } from "./bench/measure";
import { compareOrm, type OrmComparison } from "./bench/orm";
import { benchmarkSaves, benchmarkStatementKinds, type SaveBenchmark } from "./bench/save";
import { benchmarkReport, ensureReportMeeting } from "./bench/report";
import { javascriptShipped, lighthouseScores } from "./bench/frontend";
import { BENCH_ANALYST, CURRENT_FROM_LATEST_SQL, dashboardViews } from "./bench/dataset";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

const log = (line: string) => console.log(line);
const ONLY = new Set((process.env.BENCH_ONLY ?? "dashboard,list,save,orm,export,frontend,report").split(","));
const REQUESTS = Number(process.env.BENCH_REQUESTS) || 60;
const PORT = 3200;
// BENCH_MEETINGS shrinks the dataset for a quick try of the script itself; the figures in the README use the full size.
const SIZE: DatasetSize = { ...FULL_SIZE, meetings: Number(process.env.BENCH_MEETINGS) || FULL_SIZE.meetings };
const BASE = `http://localhost:${PORT}`;

const database = () => benchDatabase(log);

async function prepare(url: string) {
  await migrate(url, { log });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ c: number; u: number }>(
    // The report's own meeting (scripts/bench/report.ts) is not part of the dataset's size.
    "SELECT (SELECT count(*) FROM commitments c JOIN meetings m ON m.id = c.meeting_id WHERE m.slug LIKE 'bench-meeting-%')::int AS c, (SELECT count(*) FROM status_updates)::int AS u",
  );
  await client.end();
  const expected = SIZE.meetings * SIZE.perMeeting;
  if (rows[0].c === expected && process.env.BENCH_REBUILD !== "1") {
    log(`Reusing the dataset: ${rows[0].c} commitments, ${rows[0].u} status updates.`);
    await ensurePartyAssessments(url, log);
    // Fresh planner statistics, as autovacuum would have them after the migrations just applied.
    const analyze = new pg.Client({ connectionString: url });
    await analyze.connect();
    await analyze.query("ANALYZE");
    await analyze.end();
    return null;
  }
  if (rows[0].c !== 0) throw new Error("The bench database holds other data: drop ct_bench or set BENCH_REBUILD=1 on an empty one.");
  log("Building the dataset…");
  const started = performance.now();
  await buildDataset(url, SIZE, log);
  const seconds = (performance.now() - started) / 1000;
  log(`Dataset built in ${seconds.toFixed(0)} s.`);
  return seconds;
}

function startServer(url: string): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "benchmark-only-secret-0123456789", PORT: String(PORT), NEXTAUTH_URL: BASE },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("is running at")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`The app exited (${code}) before it was ready.`)));
  });
}

/**
 * The dashboard's SQL for a URL, run straight through node-postgres the way the app runs it through
 * Prisma: the filter lookup (itself through Prisma, one indexed row), then every statement side by side.
 */
async function rawDashboard(pool: pg.Pool, search: string) {
  const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(search)));
  // The data layer is server-only; this script runs with --conditions=react-server to import it.
  const { dashboardStatements } = await import("./bench/dashboard");
  return async () => {
    const statements = Object.values(await dashboardStatements(params, search));
    await Promise.all(statements.map((q) => pool.query(q.text, q.values as unknown[])));
  };
}

async function timeScenario(name: string, path: string, cookie: string, direct: () => Promise<unknown>) {
  const http: { ttfb: number; total: number }[] = [];
  const sql: number[] = [];
  for (let i = 0; i < 5; i++) {
    await timedGet(BASE + path, cookie);
    await direct();
  }
  for (let i = 0; i < REQUESTS; i++) {
    const response = await timedGet(BASE + path, cookie);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    http.push(response);
    const started = performance.now();
    await direct();
    sql.push(performance.now() - started);
  }
  const ttfb = summary(http.map((h) => h.ttfb));
  const total = summary(http.map((h) => h.total));
  const raw = summary(sql);
  log(
    `${name}: full page p50 ${total.p50.toFixed(0)} ms, p95 ${total.p95.toFixed(0)} ms; SQL p50 ${raw.p50.toFixed(0)} ms; ratio ${(total.p50 / raw.p50).toFixed(2)}`,
  );
  return { name, path, ttfb, total, sql: raw, ratio: total.p50 / raw.p50 };
}

async function dashboardScenarios(pool: pg.Pool, cookie: string) {
  const views = await dashboardViews(pool);
  // Every view today and as of a past date.
  const scenarios = [
    ...views.map((v) => ({ name: `Dashboard, ${v.name}`, path: v.query ? `/?${v.query}` : "/" })),
    ...views.map((v) => ({ name: `Dashboard, ${v.name}, as of 30 Jun 2025`, path: `/?${v.query ? `${v.query}&` : ""}asOf=2025-06-30` })),
  ];
  const results = [];
  for (const scenario of scenarios)
    results.push(await timeScenario(scenario.name, scenario.path, cookie, await rawDashboard(pool, scenario.path.split("?")[1] ?? "")));
  return results;
}

/** Compliance by party's own statement (part of every dashboard page), today and on a past date, run directly. */
async function complianceScenarios(pool: pg.Pool) {
  const { complianceSql } = await import("@/lib/data/compliance");
  const results = [];
  for (const [name, search] of [
    ["Compliance by party, today (SQL alone)", ""],
    ["Compliance by party, as of 30 Jun 2025 (SQL alone)", "asOf=2025-06-30"],
  ] as const) {
    const query = complianceSql(parseDashboardParams(Object.fromEntries(new URLSearchParams(search))));
    const times: number[] = [];
    for (let i = 0; i < REQUESTS + 5; i++) {
      const started = performance.now();
      const { rowCount } = await pool.query(query.text, query.values as unknown[]);
      if (!rowCount) throw new Error(`${name} found nothing`);
      if (i >= 5) times.push(performance.now() - started);
    }
    const sql = summary(times);
    log(`${name}: SQL p50 ${sql.p50.toFixed(0)} ms, p95 ${sql.p95.toFixed(0)} ms`);
    results.push({ name, sql });
  }
  return results;
}

/** The ordinary commitment whose page the benchmark measures (10 updates, its parties' assessments). */
async function ordinaryCommitmentId(pool: pg.Pool): Promise<string> {
  return (await pool.query<{ id: string }>("SELECT id FROM commitments ORDER BY id LIMIT 1 OFFSET 9000")).rows[0].id;
}

/** How many status updates the long-history commitment carries (issue 15: its page must not grow with them). */
const LONG_HISTORY = 10_000;

/**
 * A commitment with LONG_HISTORY status updates (made once): an early commitment of its own, its
 * history carried on after its latest update, ten updates a day for a thousand days (so none takes
 * effect after today), through the app's triggers (periods, roll-ups) in one statement, then its
 * current status from the last one. Returns its id.
 */
async function ensureLongHistory(pool: pg.Pool): Promise<string> {
  // Made before: its version counts its updates (no other commitment is saved that often).
  const found = await pool.query<{ id: string }>("SELECT id FROM commitments WHERE version >= $1 ORDER BY id LIMIT 1", [LONG_HISTORY]);
  if (found.rows[0]) return found.rows[0].id;
  const { rows } = await pool.query<{ id: string; n: number }>(
    `SELECT c.id, (SELECT count(*)::int FROM status_updates su WHERE su.commitment_id = c.id) AS n FROM commitments c
     WHERE c.version = 10 AND c.status_effective_on < current_date - 1100 ORDER BY c.id LIMIT 1`,
  );
  const { id, n } = rows[0];
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `WITH latest AS (SELECT status, progress, status_effective_on AS day FROM commitments WHERE id = $1),
       steps AS (
         SELECT k, (ARRAY['IN_PROGRESS','STALLED','IN_PROGRESS','PARTIALLY_FULFILLED','IN_PROGRESS'])[1 + k % 5]::"CommitmentStatus" AS status,
                10 + k % 80 AS progress, latest.day + 1 + k / 10 AS effective_on
         FROM latest, generate_series(0, $2 - 1) AS k)
       INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, recorded_at, rationale, evidence_urls, author_id)
       SELECT gen_random_uuid(), $1, coalesce(lag(s.status) OVER w, l.status), s.status, coalesce(lag(s.progress) OVER w, l.progress), s.progress,
              s.effective_on, s.effective_on + interval '9 hours' + s.k * interval '1 second', 'Benchmark long history ' || s.k, '{}',
              (SELECT id FROM users WHERE email = $3)
       FROM steps s, latest l WINDOW w AS (ORDER BY s.k)`,
      [id, LONG_HISTORY - n, BENCH_ANALYST],
    );
    await client.query(CURRENT_FROM_LATEST_SQL, [LONG_HISTORY, id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return id;
}

/**
 * A commitment's page with 50 milestones and an indicator with 1,000 measurements (made once, on a
 * commitment of its own), and one with LONG_HISTORY status updates (ensureLongHistory), beside an
 * ordinary commitment's page (10 updates); each beside its own detail query.
 */
async function commitmentPageScenarios(pool: pg.Pool, cookie: string) {
  const heavy = (await pool.query<{ id: string }>("SELECT id FROM commitments ORDER BY id LIMIT 1 OFFSET 7000")).rows[0].id;
  const plain = await ordinaryCommitmentId(pool);
  const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM milestones WHERE commitment_id = $1", [heavy]);
  if (rows[0].n === 0) {
    await pool.query(
      `INSERT INTO milestones (commitment_id, title, due_date, due_precision, done_on)
       SELECT $1, 'Benchmark milestone ' || i, date '2025-01-31' + i * 30, 'DAY', CASE WHEN i % 3 = 0 THEN date '2025-01-01' + i * 30 END
       FROM generate_series(1, 50) i`,
      [heavy],
    );
    await pool.query(
      `WITH i AS (INSERT INTO indicators (commitment_id, name, unit, direction, baseline_value, baseline_on, target_value, target_on)
                  VALUES ($1, 'Benchmark turnover', 'US$ billion', 'INCREASE', 5, '2022-12-31', 10, '2030-12-31') RETURNING id)
       INSERT INTO indicator_measurements (indicator_id, value, measured_on, note)
       SELECT i.id, 5 + g * 0.004, date '2023-01-01' + g, 'Benchmark measurement ' || g FROM i, generate_series(1, 1000) g`,
      [heavy],
    );
  }
  const { getCommitment, getStatusTimeline, listStatusHistory } = await import("@/lib/data/commitments");
  const { listPartyHistories } = await import("@/lib/data/party-assessments");
  const { getLineage } = await import("@/lib/data/lineage");
  const { listMilestones } = await import("@/lib/data/milestones");
  const { getIndicator } = await import("@/lib/data/indicators");
  const results = [];
  for (const [name, id] of [
    ["A commitment's page (10 updates, its parties' assessments)", plain],
    ["A commitment's page with 50 milestones and 1,000 measurements", heavy],
    [`A commitment's page with ${LONG_HISTORY.toLocaleString("en")} updates`, await ensureLongHistory(pool)],
  ] as const) {
    const actor = { id: "bench", email: BENCH_VIEWER, name: "Bench", role: "VIEWER" as const };
    // The page's own data calls, in the same order (the detail, then the rest side by side).
    const direct = async () => {
      await getCommitment(actor, id);
      await Promise.all([
        getLineage(actor, id),
        listMilestones(actor, id),
        getIndicator(actor, id),
        listStatusHistory(actor, id),
        getStatusTimeline(actor, id),
        listPartyHistories(actor, id),
      ]);
    };
    results.push(await timeScenario(name, `/commitments/${id}`, cookie, direct));
  }
  return results;
}

/** The commitments list with a filter and a text search, on page 1 and page 500, beside its two statements run directly. */
async function listScenarios(pool: pg.Pool, cookie: string) {
  const { commitmentListQueries } = await import("@/lib/data/commitment-queries");
  const results = [];
  for (const page of [1, 500]) {
    const search = `status=IN_PROGRESS&q=benchmark&page=${page}`;
    const queries = commitmentListQueries(parseCommitmentFilters(Object.fromEntries(new URLSearchParams(search))));
    const direct = () =>
      Promise.all([
        pool.query(queries.rows.text, queries.rows.values as unknown[]),
        pool.query(queries.count.text, queries.count.values as unknown[]),
      ]);
    const rows = (await direct())[0].rowCount;
    if (!rows) throw new Error(`The list scenario ${search} has no rows on page ${page}`);
    results.push(await timeScenario(`Commitments list, status + search, page ${page}`, `/commitments?${search}`, cookie, direct));
  }
  // The meetings index, a page of 50 of the 2,000 meetings, beside its data call.
  const { listMeetings } = await import("@/lib/data/meetings");
  const viewer = { id: "bench", email: BENCH_VIEWER, name: "Bench", role: "VIEWER" as const };
  for (const [name, q, page] of [
    ["Meetings, page 1 of 2,000 meetings", "", 1],
    ["Meetings, the last page", "", 40],
    ["Meetings, a search (page 2)", "benchmark meeting 1", 2],
  ] as const) {
    const query = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
    results.push(await timeScenario(name, `/meetings${query ? `?${query}` : ""}`, cookie, () => listMeetings(viewer, { q, page })));
  }
  return results;
}

async function ormComparison(pool: pg.Pool, url: string): Promise<OrmComparison[]> {
  const { commitmentListQueries } = await import("@/lib/data/commitment-queries");
  const { sessionActorQuery } = await import("@/lib/data/users");
  const ids = (
    await pool.query<{ user_id: string; commitment_id: string }>(
      "SELECT (SELECT id FROM users WHERE email = $1) AS user_id, (SELECT id FROM commitments ORDER BY id LIMIT 1 OFFSET 5000) AS commitment_id",
      [BENCH_VIEWER],
    )
  ).rows[0];
  const listSql = commitmentListQueries(parseCommitmentFilters({ status: "IN_PROGRESS", q: "benchmark" })).rows;
  const results = await compareOrm(
    url,
    { userId: ids.user_id, commitmentId: ids.commitment_id },
    { list: listSql, session: sessionActorQuery(ids.user_id, "no-such-session") },
  );
  for (const r of results)
    log(
      `Prisma vs pg, ${r.name}: Prisma p50 ${r.prisma.p50.toFixed(2)} ms, pg p50 ${r.pg.p50.toFixed(2)} ms, ratio ${r.ratio.toFixed(2)} (${r.statements} statement(s))`,
    );
  return results;
}

/** Memory of the app's processes (the process group the bench started), in KiB. */
function groupRssKiB(pgid: number): number {
  try {
    return execFileSync("ps", ["-o", "rss=", "-g", String(pgid)])
      .toString()
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
      .reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

/** Every commitment as CSV through the streamed export: time, size, and how much the server's memory grew. */
async function exportScenario(cookie: string, server: ChildProcess) {
  const before = groupRssKiB(server.pid!);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, groupRssKiB(server.pid!))), 100);
  const started = performance.now();
  const res = await fetch(`${BASE}/api/export/commitments?format=csv`, { headers: { cookie } });
  const reader = res.body!.getReader();
  let bytes = 0;
  let ttfbMs = 0;
  let newlines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!ttfbMs) ttfbMs = performance.now() - started;
    bytes += value.length;
    for (const byte of value) if (byte === 10) newlines++;
  }
  const totalMs = performance.now() - started;
  clearInterval(sampler);
  const result = { rows: newlines - 1, bytes, ttfbMs, totalMs, peakRssDeltaMiB: (peak - before) / 1024 };
  log(
    `Export: ${result.rows} lines, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${(totalMs / 1000).toFixed(1)} s; server memory +${result.peakRssDeltaMiB.toFixed(0)} MiB at peak`,
  );
  return result;
}

/** A save's p50 as the issue asks for it: the framework's floor, the SQL, and what remains. */
function saveParts(run: SaveBenchmark) {
  const rest = run.action.p50 - run.floor.action.p50 - run.sql.p50;
  return `${run.action.p50.toFixed(1)} ms = floor ${run.floor.action.p50.toFixed(1)} + SQL ${run.sql.p50.toFixed(1)} + rest ${rest.toFixed(1)}`;
}

/**
 * The machine's speed, for comparing figures taken on different machines: one fixed CPU-bound query
 * (the sum of two million integers) and one fixed piece of JavaScript (sorting a million numbers),
 * each the median of seven runs.
 */
async function machineReference(pool: pg.Pool) {
  const sql: number[] = [];
  const js: number[] = [];
  for (let i = 0; i < 7; i++) {
    let started = performance.now();
    await pool.query("SELECT sum(x)::bigint FROM generate_series(1, 2000000) AS x");
    sql.push(performance.now() - started);
    const numbers = Array.from({ length: 1_000_000 }, (_, k) => (k * 2654435761) % 1_000_003);
    started = performance.now();
    numbers.sort((a, b) => a - b);
    js.push(performance.now() - started);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[3];
  const reference = { sqlMs: Number(median(sql).toFixed(1)), jsSortMs: Number(median(js).toFixed(1)) };
  log(
    `Machine reference: SELECT sum over 2,000,000 integers ${reference.sqlMs} ms; sorting 1,000,000 numbers in Node ${reference.jsSortMs} ms`,
  );
  return reference;
}

async function main() {
  const db = await database();
  let server: ChildProcess | null = null;
  try {
    const buildSeconds = await prepare(db.url);
    if (ONLY.has("report")) await ensureReportMeeting(db.url, log);
    server = await startServer(db.url);
    process.env.DATABASE_URL = db.url;
    const cookie = await signIn(BASE, BENCH_VIEWER, BENCH_PASSWORD);
    const pool = new pg.Pool({ connectionString: db.url, max: 10 });
    const reference = await machineReference(pool);
    const results = ONLY.has("dashboard") ? await dashboardScenarios(pool, cookie) : [];
    const list = ONLY.has("list") ? [...(await listScenarios(pool, cookie)), ...(await commitmentPageScenarios(pool, cookie))] : [];
    const analystCookie = await signIn(BASE, BENCH_ANALYST, BENCH_PASSWORD);
    const saves = ONLY.has("save") ? await benchmarkSaves(BASE, analystCookie, db.url) : null;
    // The same with one analyst: what a save costs when nothing else runs.
    const single = ONLY.has("save") ? await benchmarkSaves(BASE, analystCookie, db.url, 1, 40) : null;
    for (const run of [single, saves].filter((x) => x !== null))
      log(
        `Status update at ${run.concurrency} analyst(s): action p50 ${run.action.p50.toFixed(0)} / p95 ${run.action.p95.toFixed(0)} ms; same SQL p50 ${run.sql.p50.toFixed(0)} / p95 ${run.sql.p95.toFixed(0)} ms; floor action ${run.floor.action.p50.toFixed(1)} / ${run.floor.action.p95.toFixed(1)} ms, floor route ${run.floor.route.p50.toFixed(1)} / ${run.floor.route.p95.toFixed(1)} ms; ${saveParts(run)}`,
      );
    const statementKinds = ONLY.has("save") ? await benchmarkStatementKinds(db.url) : null;
    if (statementKinds)
      log(
        `Status update statement alone: a status change p50 ${statementKinds.statusChange.p50.toFixed(1)} / p95 ${statementKinds.statusChange.p95.toFixed(1)} ms; the same status again p50 ${statementKinds.sameStatusAgain.p50.toFixed(1)} / p95 ${statementKinds.sameStatusAgain.p95.toFixed(1)} ms`,
      );
    const compliance = ONLY.has("dashboard") ? await complianceScenarios(pool) : [];
    const assessment = ONLY.has("save") ? await benchmarkAssessments(BASE, analystCookie, db.url) : null;
    if (assessment)
      log(
        `Party assessment, one analyst: action p50 ${assessment.action.p50.toFixed(0)} / p95 ${assessment.action.p95.toFixed(0)} ms; same SQL p50 ${assessment.sql.p50.toFixed(0)} / p95 ${assessment.sql.p95.toFixed(0)} ms`,
      );
    const orm = ONLY.has("orm") ? await ormComparison(pool, db.url) : [];
    const exported = ONLY.has("export") && server ? await exportScenario(cookie, server) : null;
    const report = ONLY.has("report") && server ? await benchmarkReport(BASE, cookie, () => groupRssKiB(server!.pid!), log) : null;
    const commitmentPage = `/commitments/${await ordinaryCommitmentId(pool)}`;
    const frontendPages = ["/login", "/commitments", commitmentPage, "/"];
    const frontend = ONLY.has("frontend")
      ? {
          javascript: await javascriptShipped(BASE, cookie, frontendPages),
          // A viewer's above; an analyst's pages hold forms a viewer's do not (sign-in is the same for both).
          javascriptAnalyst: await javascriptShipped(BASE, analystCookie, frontendPages.slice(1)),
          lighthouse: await lighthouseScores(BASE, cookie, frontendPages),
        }
      : null;
    if (frontend)
      for (const row of [
        ...frontend.javascript,
        ...frontend.javascriptAnalyst.map((r) => ({ ...r, who: "analyst" })),
        ...frontend.lighthouse,
      ])
        log(JSON.stringify(row));
    await pool.end();

    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const date = new Date().toISOString().slice(0, 10);
    const f = (x: { p50: number; p95: number }) => `${x.p50.toFixed(0)} / ${x.p95.toFixed(0)} ms`;
    console.log(
      `\nMeasured ${date} on ${machine} (reference: sum of 2,000,000 integers in SQL ${reference.sqlMs} ms, sort of 1,000,000 numbers ${reference.jsSortMs} ms); ${REQUESTS} requests per scenario after 5 warm-up.\n`,
    );
    console.log("| Scenario | TTFB p50 / p95 | Full page p50 / p95 | Same SQL direct p50 / p95 | Page ÷ SQL (p50) |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const r of [...results, ...list])
      console.log(`| ${r.name} | ${f(r.ttfb)} | ${f(r.total)} | ${f(r.sql)} | ${r.ratio.toFixed(2)} |`);
    for (const run of [single, saves].filter((x) => x !== null)) {
      const who = run.concurrency === 1 ? "1 analyst" : `${run.concurrency} concurrent analysts`;
      console.log(
        `| Status update (server action), ${who} | | ${f(run.action)} | ${f(run.sql)} | ${run.ratioP50.toFixed(2)} (p95 ${run.ratioP95.toFixed(2)}) |`,
      );
      console.log(`| Floor: an action that does nothing (same form), ${who} | | ${f(run.floor.action)} | | |`);
      console.log(`| Floor: a route handler that does nothing, ${who} | | ${f(run.floor.route)} | | |`);
      console.log(`| Status update = floor + SQL + the rest (p50), ${who} | | ${saveParts(run)} | | |`);
    }
    if (statementKinds) {
      const f1 = (x: { p50: number; p95: number }) => `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} ms`;
      console.log(`| Status update's statement alone, a status change, 1 analyst | | | ${f1(statementKinds.statusChange)} | |`);
      console.log(
        `| Status update's statement alone, the same status again that day, 1 analyst | | | ${f1(statementKinds.sameStatusAgain)} | |`,
      );
    }
    if (assessment)
      console.log(
        `| Party assessment (server action), 1 analyst | | ${f(assessment.action)} | ${f(assessment.sql)} | ${(assessment.action.p50 / assessment.sql.p50).toFixed(2)} |`,
      );
    for (const c of compliance) console.log(`| ${c.name} | | | ${f(c.sql)} | |`);
    for (const o of orm) console.log(`| Prisma vs pg: ${o.name} | | Prisma ${f(o.prisma)} | pg ${f(o.pg)} | ${o.ratio.toFixed(2)} |`);
    if (exported)
      console.log(
        `| Export of all ${exported.rows} commitments as CSV | ${exported.ttfbMs.toFixed(0)} ms | ${(exported.totalMs / 1000).toFixed(1)} s, ${(exported.bytes / 2 ** 20).toFixed(1)} MiB | server memory +${exported.peakRssDeltaMiB.toFixed(0)} MiB at peak | |`,
      );
    if (report) {
      const s = (x: { p50: number; max: number }) => `p50 ${(x.p50 / 1000).toFixed(1)} s, max ${(x.max / 1000).toFixed(1)} s`;
      console.log(`| Implementation report page (controls and scope), 1,000 commitments / 10,000 updates | | ${f(report.shell)} | | |`);
      console.log(`| Implementation report's HTML, fetched by the page | | ${f(report.html)} | | |`);
      console.log(`| Implementation report PDF (${(report.pdf.bytes / 2 ** 20).toFixed(1)} MiB) | | ${s(report.pdf)} | | |`);
      console.log(`| Implementation report Word (${(report.docx.bytes / 2 ** 20).toFixed(1)} MiB) | | ${s(report.docx)} | | |`);
      console.log(
        `| App memory while rendering (MiB) | | before ${report.memoryMiB.before.toFixed(0)}, peak ${report.memoryMiB.peak.toFixed(0)}, after ${report.memoryMiB.after.toFixed(0)} | | |`,
      );
      console.log(`| Dashboard idle / while PDFs render | | ${f(report.dashboardIdle)} / ${f(report.dashboardWhileRendering)} | | |`);
    }
    // A partial run (BENCH_ONLY) replaces only the parts it measured.
    const previous = existsSync("docs/benchmarks.json")
      ? (JSON.parse(readFileSync("docs/benchmarks.json", "utf8")) as Record<string, unknown>)
      : {};
    const measured = Object.fromEntries(
      Object.entries({ results, list, saves, single, statementKinds, assessment, compliance, orm, exported, frontend, report }).filter(
        ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
      ),
    );
    await writeFile(
      "docs/benchmarks.json",
      JSON.stringify(
        {
          ...previous,
          date,
          machine,
          reference,
          size: SIZE,
          requests: REQUESTS,
          datasetBuildSeconds: buildSeconds ?? previous.datasetBuildSeconds ?? null,
          ...measured,
        },
        null,
        2,
      ) + "\n",
    );
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
