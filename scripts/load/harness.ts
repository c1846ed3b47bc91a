// The pieces the load, race and crash tests share: a throw-away embedded PostgreSQL with the demo data,
// production app servers started directly (so a test can SIGKILL exactly the server process), and
// analysts' requests as a browser sends them (server actions with React's reply encoding).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrator";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDemo } from "@/prisma/seed/demo";
import { callServerAction } from "@/tests/support/server-action-client";

const require = createRequire(import.meta.url);

export const log = (line: string) => console.log(`[load] ${line}`);

export type Database = { url: string; dataDir: string; port: number; server: EmbeddedServer | null };

/** A fresh embedded PostgreSQL (its folder is wiped first), migrated, with the demo data. */
export async function freshDatabase(dataDir: string, port: number): Promise<Database> {
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, port, database: "commitment_tracker", log });
  await migrate(server.url, { log: () => {} });
  const prisma = createPrismaClient(server.url, 2);
  try {
    await seedDemo(prisma, () => {});
  } finally {
    await prisma.$disconnect();
  }
  return { url: server.url, dataDir, port, server };
}

/** Restarts the embedded PostgreSQL on the same folder and port (after a crash: it recovers from its WAL). */
export async function restartDatabase(database: Database): Promise<void> {
  database.server = await startEmbeddedPostgres({ dataDir: database.dataDir, port: database.port, database: "commitment_tracker", log });
}

/**
 * Kills every process of the embedded PostgreSQL with SIGKILL: the postmaster and its backends, no
 * shutdown, no checkpoint — as hard as a crash gets short of losing the machine.
 */
export function killDatabase(database: Database): number[] {
  const pidFile = path.join(path.resolve(database.dataDir), "postgres", "postmaster.pid");
  const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(postmaster)])
      .toString()
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    children = [];
  }
  const pids = [postmaster, ...children];
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  database.server = null;
  return pids;
}

export type AppServer = { port: number; base: string; process: ChildProcess; exited: Promise<number | null> };

/**
 * Starts the production server (scripts/serve.ts, as `npm start` does) against the given database, and
 * waits until it answers. `nodeFlags` go to its Node (the save's profile passes --cpu-prof).
 */
export async function startApp(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<AppServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const tsx = pathToFileURL(require.resolve("tsx")).href;
  const child = spawn(process.execPath, [...nodeFlags, "--import", tsx, "scripts/serve.ts", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? sharedSecret,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  const errors: string[] = [];
  // The server's own log (refusals, database trouble) is kept for reading after a run.
  mkdirSync("data/loadtest-logs", { recursive: true });
  const logFile = createWriteStream(`data/loadtest-logs/app-${port}.log`, { flags: "a" });
  child.stderr!.on("data", (chunk: Buffer) => {
    logFile.write(chunk);
    errors.push(chunk.toString());
    if (errors.length > 50) errors.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app on port ${port} exited (${child.exitCode}):\n${errors.join("")}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app on port ${port} did not answer within 60 s.\n${errors.join("")}`);
    await sleep(250);
  }
  return { port, base, process: child, exited };
}

export async function stopApp(app: AppServer, signal: NodeJS.Signals = "SIGTERM") {
  if (app.process.exitCode === null && app.process.signalCode === null) app.process.kill(signal);
  await app.exited;
}

// Every instance signs sessions with the same secret: a cookie from one is valid on the other.
const sharedSecret = randomBytes(32).toString("base64url");

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export { serverActionId as actionId } from "@/tests/support/server-action-client";

export type SaveOutcome = {
  kind: "saved" | "conflict" | "refused" | "server-error" | "network-error";
  status: number;
  ms: number;
  message?: string;
};

export type StatusForm = {
  commitmentId: string;
  version: number;
  status: string;
  progress: number;
  effectiveOn: string;
  rationale: string;
  requestId?: string;
};

/** The status form's fields as the browser sends them. */
function statusFormFields(fields: StatusForm): Record<string, string> {
  return {
    ...fields,
    version: String(fields.version),
    progress: String(fields.progress),
    requestId: fields.requestId ?? "",
    evidenceUrls: "",
  };
}

/** One status update as the browser's form sends it; "saved" only when the server answered that it saved it. */
export async function saveStatus(base: string, cookie: string, id: string, fields: StatusForm): Promise<SaveOutcome> {
  const started = performance.now();
  try {
    const res = await callServerAction({
      base,
      path: `/commitments/${fields.commitmentId}`,
      actionId: id,
      cookie,
      fields: statusFormFields(fields),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    if (res.status >= 500) return { kind: "server-error", status: res.status, ms, message: text.slice(0, 200) };
    // The action answers {"ok":true,"message":"Status update saved.",...} in its RSC payload.
    if (/"ok":true,"message":"Status update saved\."/.test(text)) return { kind: "saved", status: res.status, ms };
    if (text.includes("Someone else saved this commitment")) return { kind: "conflict", status: res.status, ms };
    const message = /"message":"([^"]*)"/.exec(text)?.[1];
    return { kind: "refused", status: res.status, ms, message };
  } catch (error) {
    return { kind: "network-error", status: 0, ms: performance.now() - started, message: (error as Error).message };
  }
}

/**
 * The framework's floor (floorAction, `id`) sent a status update's form, from the page whose form uses
 * it (/admin/system): posted from another page, Next forwards an action to that page's worker with a
 * second, internal request (measured: about twice the time). Throws unless it answered.
 */
export async function callFloor(base: string, cookie: string, id: string, fields: StatusForm): Promise<{ ms: number }> {
  const started = performance.now();
  const res = await callServerAction({ base, path: "/admin/system", actionId: id, cookie, fields: statusFormFields(fields) });
  const text = await res.text();
  if (!text.includes('"message":"Nothing was done'))
    throw new Error(`The floor action did not answer: ${res.status} ${text.slice(0, 200)}`);
  return { ms: performance.now() - started };
}

/** The version in the commitment page's status form, as an analyst's browser would have it. */
export async function openCommitment(
  base: string,
  cookie: string,
  id: string,
): Promise<{ version: number; status: number; ms: number } | null> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/commitments/${id}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
    const html = await res.text();
    const version = /name="version" value="(\d+)"/.exec(html);
    return { version: version ? Number(version[1]) : NaN, status: res.status, ms: performance.now() - started };
  } catch {
    return null;
  }
}
