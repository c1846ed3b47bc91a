// `npm run bench:profile-save`: where a status save's time goes on the production server. Serves the
// production build under Node's --cpu-prof against the benchmark's dataset (build it first with
// `npm run bench`), makes status saves through the server action as the browser's form does, and
// prints the top frames by self time and the time by package, counting only the samples taken while
// the timed saves ran (the profile's clock is the machine's monotonic clock, which this script reads too).
//
//   PROFILE_CONCURRENCY=1 PROFILE_SAVES=300 npm run bench:profile-save
//   PROFILE_ACTION=floorAction npm run bench:profile-save     the framework's floor instead of the save
//   PROFILE_PAGE=/ npm run bench:profile-save                 GETs of a page (as the benchmark times them) instead
//
// The profile itself is kept in data/profiles/ (open it in Chrome's DevTools, Performance tab).
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { actionId, callFloor, saveStatus, startApp, stopApp } from "../load/harness";
import { BENCH_ANALYST, BENCH_PASSWORD, benchDatabase } from "./dataset";
import { signIn, summary, timedGet } from "./measure";

const CONCURRENCY = Number(process.env.PROFILE_CONCURRENCY) || 1;
const SAVES = Number(process.env.PROFILE_SAVES) || 300;
const PAGE = process.env.PROFILE_PAGE || "";
const ACTION = PAGE ? `GET ${PAGE}` : process.env.PROFILE_ACTION || "updateCommitmentStatusAction";
const PORT = 3300;
const DIR = "data/profiles";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };

const micros = () => Number(process.hrtime.bigint() / 1000n);

/** Which part of the stack a frame belongs to: a package, Node itself, or the app. */
function owner(functionName: string, url: string): string {
  if (functionName === "(idle)") return "idle (waiting: the database, the network)";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (!url) return `V8 ${functionName || "(native)"}`;
  if (url.startsWith("node:")) return "Node.js core";
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) {
    const name = packages[packages.length - 1][1];
    const compiled = /next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    return compiled ? `next (bundled ${compiled[1]})` : name;
  }
  if (url.includes("/.next/server/")) return "the app (compiled)";
  return "the app (scripts)";
}

function summarise(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + delta);
    total += delta;
  }
  const frames = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const short = url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/");
    const key = `${functionName || "(anonymous)"} ${short ? `${short}:${lineNumber + 1}` : ""}`.trim();
    frames.set(key, (frames.get(key) ?? 0) + us);
    const o = owner(functionName, url);
    owners.set(o, (owners.get(o) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, frames: top(frames, 25), owners: top(owners, 15) };
}

async function main() {
  const db = await benchDatabase(() => {});
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const app = await startApp(PORT, db.url, {}, ["--cpu-prof", `--cpu-prof-dir=${DIR}`]).catch(async (error: unknown) => {
    await db.stop();
    throw error;
  });
  try {
    const cookie = await signIn(app.base, BENCH_ANALYST, BENCH_PASSWORD);
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const { rows } = await pool.query<{ id: string; version: number }>(
      `SELECT id, version FROM commitments WHERE version = 10 ORDER BY md5(id::text || $2) LIMIT $1`,
      [CONCURRENCY, String(Date.now())],
    );
    await pool.end();
    const save = PAGE ? "" : actionId(ACTION);
    const today = new Date().toISOString().slice(0, 10);
    const run = async (count: number, times: number[] | null) =>
      Promise.all(
        rows.map(async (c, analyst) => {
          for (let i = 0; i < count; i++) {
            if (PAGE) {
              const page = await timedGet(`${app.base}${PAGE}`, cookie);
              if (page.status !== 200) throw new Error(`${PAGE} answered ${page.status}.`);
              times?.push(page.total);
              continue;
            }
            const form = {
              commitmentId: c.id,
              version: c.version,
              status: "IN_PROGRESS",
              progress: 10 + ((i + analyst) % 80),
              effectiveOn: today,
              rationale: `Profiled save ${analyst}.${i}.`,
              requestId: randomUUID(),
            };
            if (ACTION === "floorAction") {
              times?.push((await callFloor(app.base, cookie, save, form)).ms);
              continue;
            }
            const outcome = await saveStatus(app.base, cookie, save, form);
            if (outcome.kind !== "saved") throw new Error(`A profiled save was not recorded: ${outcome.kind} ${outcome.message ?? ""}`);
            c.version++;
            times?.push(outcome.ms);
          }
        }),
      );
    await run(20, null); // warm-up, outside the window
    const times: number[] = [];
    const from = micros();
    await run(Math.ceil(SAVES / CONCURRENCY), times);
    const to = micros();
    await stopApp(app); // the profile is written as the server exits
    const file = readdirSync(DIR).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("The server wrote no profile.");
    const profile = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Profile;
    const { total, frames, owners } = summarise(profile, from, to);
    const s = summary(times);
    const ms = (us: number) => (us / 1000).toFixed(0);
    const share = (us: number) => `${((100 * us) / total).toFixed(1)} %`;
    console.log(
      `\n${times.length} calls of ${ACTION} at ${CONCURRENCY} concurrent analyst(s) in ${((to - from) / 1e6).toFixed(1)} s: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; server CPU samples in that window ${ms(total)} ms (${(total / 1000 / times.length).toFixed(2)} ms per call).\n`,
    );
    console.log("| Where (package) | Self time | Share |\n| --- | --- | --- |");
    for (const [name, us] of owners) console.log(`| ${name} | ${ms(us)} ms | ${share(us)} |`);
    console.log("\n| Top frame (self time) | Self time | Share |\n| --- | --- | --- |");
    for (const [name, us] of frames) console.log(`| \`${name.replaceAll("|", "\\|")}\` | ${ms(us)} ms | ${share(us)} |`);
    console.log(`\nProfile: ${path.join(DIR, file)}`);
  } finally {
    await stopApp(app, "SIGKILL");
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
