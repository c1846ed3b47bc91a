// `npm run bench:import`: a 20,000-row import, timed, into a fresh embedded PostgreSQL (data/bench-import)
// with the demo data. Two runs: the file creating 20,000 commitments, then the same file with every
// row changed (status, progress, title, parties), which updates all 20,000. During the update a second
// connection tries every 5 ms to take the lock an analyst's save takes on the first commitment the
// import changes (`FOR NO KEY UPDATE NOWAIT`): how long it is refused is how long that save would wait.
// Writes docs/benchmarks-import.json. Not a test: nothing asserts.
//
// BENCH_IMPORT_ROWS=20000   rows in the file
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { rmSync } from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrator";
import { createPrismaClient } from "@/lib/db/prisma";
import { COMMITMENT_COLUMNS } from "@/lib/domain/commitment-exchange";
import { csvRow } from "@/lib/domain/csv";
import { seedDemo } from "@/prisma/seed/demo";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS) || 20_000;
const PER_MEETING = 50;
const log = (line: string) => console.log(`[bench:import] ${line}`);

function file(rows: Record<string, string>[]): string {
  return [csvRow([...COMMITMENT_COLUMNS]), ...rows.map((row) => csvRow(COMMITMENT_COLUMNS.map((c) => row[c] ?? "")))].join("");
}

function generatedRows(ids: Map<string, string> | null): Record<string, string>[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const meeting = Math.floor(i / PER_MEETING);
    const title = `Bench import pledge ${i}`;
    const slug = `bench-import-meeting-${meeting}`;
    const changed = ids !== null;
    return {
      id: ids?.get(`${slug}\u0000${title}`) ?? "",
      meeting_slug: slug,
      meeting_title: `Bench import meeting ${meeting}`,
      meeting_kind: "Bilateral ministerial",
      meeting_held_on: "2026-01-15",
      title: changed ? `${title} (revised)` : title,
      description: "",
      category: "Trade & investment",
      parties: changed ? "Kazakhstan; Türkiye; Azerbaijan" : "Kazakhstan; Türkiye",
      status: changed ? "IN_PROGRESS" : "NOT_YET_ASSESSED",
      progress: changed ? String(1 + (i % 99)) : "0",
      status_effective_on: changed ? "2026-03-01" : "2026-01-15",
      target_precision: "YEAR",
      target: "2027",
      source_quote: `The sides agreed on pledge number ${i} of the benchmark meeting.`,
      source_start: "",
      source_end: "",
    };
  });
}

/** Polls a row lock every 5 ms; resolves with the time from the first refusal to the last. */
function lockProbe(url: string, commitmentId: string) {
  const client = new pg.Client({ connectionString: url });
  let firstRefused: number | null = null;
  let lastRefused = 0;
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const started = performance.now();
      try {
        await client.query("BEGIN");
        await client.query("SELECT 1 FROM commitments WHERE id = $1 FOR NO KEY UPDATE NOWAIT", [commitmentId]);
      } catch (error) {
        if ((error as { code?: string }).code !== "55P03") throw error;
        firstRefused ??= started;
        lastRefused = performance.now();
      } finally {
        await client.query("ROLLBACK");
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await client.end();
    return firstRefused === null ? 0 : lastRefused - firstRefused;
  })();
  return {
    stop: async () => {
      running = false;
      return done;
    },
  };
}

async function main() {
  rmSync("data/bench-import", { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir: "data/bench-import", port: 54347, database: "ct_bench_import", log });
  try {
    await migrate(server.url);
    const prisma = createPrismaClient(server.url, 2);
    await seedDemo(prisma, () => {}, { history: false });
    await prisma.$disconnect();
    process.env.DATABASE_URL = server.url;
    // The data layer is server-only; this script runs with --conditions=react-server to import it.
    const { importCommitments } = await import("@/lib/data/exchange");
    const { db } = await import("@/lib/db/client");
    const analyst = await db.user.findFirstOrThrow({
      where: { role: "ANALYST" },
      select: { id: true, email: true, name: true, role: true },
    });
    const actor = { ...analyst, ip: null };

    const createFile = file(generatedRows(null));
    let started = performance.now();
    const created = await importCommitments(actor, createFile, "bench-create.csv");
    const createMs = performance.now() - started;
    log(`create: ${created.creates} commitments in ${(createMs / 1000).toFixed(1)} s`);

    const stored = await db.commitment.findMany({
      where: { title: { startsWith: "Bench import pledge" } },
      select: { id: true, title: true, meeting: { select: { slug: true } } },
    });
    const ids = new Map(stored.map((c) => [`${c.meeting.slug}\u0000${c.title}`, c.id]));
    const updateFile = file(generatedRows(ids));
    const probe = lockProbe(server.url, ids.get(`bench-import-meeting-0\u0000Bench import pledge 0`)!);
    started = performance.now();
    const updated = await importCommitments(actor, updateFile, "bench-update.csv").catch((error: Error) => ({
      updates: 0,
      failed: error.message.split("\n").at(-1)!.slice(0, 300),
    }));
    const updateMs = performance.now() - started;
    const lockedMs = await probe.stop();
    const failed = "failed" in updated ? updated.failed : null;
    if (failed) log(`update FAILED after ${(updateMs / 1000).toFixed(1)} s: ${failed}`);
    else log(`update: ${updated.updates} commitments in ${(updateMs / 1000).toFixed(1)} s`);
    log(`the first changed commitment was locked for ${(lockedMs / 1000).toFixed(1)} s`);
    await db.$disconnect();

    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`;
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine,
      rows: ROWS,
      createSeconds: createMs / 1000,
      updateSeconds: updateMs / 1000,
      updateFailed: failed,
      firstRowLockedSeconds: lockedMs / 1000,
    };
    console.log(JSON.stringify(result));
    await writeFile("docs/benchmarks-import.json", JSON.stringify(result, null, 2) + "\n");
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
