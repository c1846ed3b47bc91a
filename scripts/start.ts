// `npm start`: the database (embedded unless DATABASE_URL is set), migrations, demo data on first run,
// a production build when the sources changed, then the Next.js server. Ctrl-C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { migrate } from "@/lib/db/migrator";
import { createPrismaClient } from "@/lib/db/prisma";
import { dataDir, demoAuthSecret, resolveDatabase } from "@/lib/db/runtime";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureAdmin, seedDemo } from "@/prisma/seed/demo";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT) || 3000;
const log = (line: string) => console.log(`[commitment-tracker] ${line}`);

// Run Next's own CLI with this Node, not through npx, so that signals reach the server itself.
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const next = (args: string[]) => [nextBin, ...args];
// Production runs the app's own server (scripts/serve.ts), which tells the app each request's socket address.
const serve = (portNumber: number) => ["--import", pathToFileURL(require.resolve("tsx")).href, "scripts/serve.ts", String(portNumber)];

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "components", "lib", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs"]) visit(entry);
  return newest;
}

function needsBuild(): boolean {
  if (process.env.SKIP_BUILD === "1") return false;
  const buildId = path.join(".next", "BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceChange();
}

async function main() {
  const database = await resolveDatabase(log);
  const demo = database.embedded !== null;
  let stopping = false;
  const stopDatabase = async () => {
    if (database.embedded) await database.embedded.stop().catch(() => undefined);
  };

  try {
    let secret = process.env.NEXTAUTH_SECRET;
    if (!secret && demo) secret = await demoAuthSecret();
    if (!secret) {
      throw new Error(
        "NEXTAUTH_SECRET is not set. Outside the embedded demo the app refuses to start without one.\n" +
          "Generate one with: openssl rand -base64 32",
      );
    }

    const migrations = await migrate(database.url, { log });
    log(`Database ready (${migrations.applied.length} migrations applied now, ${migrations.alreadyApplied.length} already).`);

    const prisma = createPrismaClient(database.url, 2);
    try {
      if (demo && (await prisma.meeting.count()) === 0) await seedDemo(prisma, log);
      if (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD) {
        const { created } = await ensureAdmin(prisma, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
        if (created) log(`Created the admin account ${process.env.ADMIN_EMAIL}.`);
      } else if ((await prisma.user.count({ where: { role: "ADMIN", active: true } })) === 0) {
        log("No admin account exists. Set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run db:create-admin`.");
      }
    } finally {
      await prisma.$disconnect();
    }

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!dev && needsBuild()) {
      log("Building the app for production (first start, or the sources changed)…");
      const build = spawnSync(process.execPath, next(["build"]), { stdio: "inherit", env });
      if (build.status !== 0) throw new Error("next build failed; see above.");
    }

    const server = spawn(process.execPath, dev ? next(["dev", "-p", String(port)]) : serve(port), {
      stdio: ["inherit", "pipe", "inherit"],
      env,
    });
    server.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (/ready|started server|Local:/i.test(chunk.toString())) announce();
    });
    let announced = false;
    function announce() {
      if (announced) return;
      announced = true;
      log(`Commitment Tracker is running at http://localhost:${port}`);
      if (demo) {
        log(`Database: embedded PostgreSQL, data kept in ${dataDir()}`);
        log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(", ")}`);
      }
      log("Press Ctrl-C to stop.");
    }

    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`Stopping (${signal})…`);
      server.kill("SIGTERM");
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
      await stopDatabase();
      process.exit(0);
    };
    process.on("SIGINT", (signal) => void shutdown(signal));
    process.on("SIGTERM", (signal) => void shutdown(signal));
    const serverExited = async (code: number | null) => {
      if (stopping) return;
      log(`The web server exited (code ${code}).`);
      await stopDatabase();
      process.exit(code ?? 1);
    };
    server.on("exit", (code) => void serverExited(code));
  } catch (error) {
    console.error(`[commitment-tracker] ${(error as Error).message}`);
    await stopDatabase();
    process.exit(1);
  }
}

void main();
