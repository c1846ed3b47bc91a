import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { mustRunOutsideTransaction, splitSqlStatements } from "./sql-statements";

// Same key as Prisma's own migrate engine, so this migrator and `prisma migrate deploy`
// never run at the same time against one database.
const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {}

/** Reads `<dir>/<name>/migration.sql` in name order, as Prisma lays them out. */
export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies pending migrations, each in its own transaction, keeping Prisma's `_prisma_migrations`
 * bookkeeping so that `prisma migrate status` on a connected machine agrees. Refuses to continue
 * when an applied migration's file has changed or an earlier attempt failed half-way.
 */
export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_BOOKKEEPING);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const result: MigrationResult = { applied: [], alreadyApplied: [] };

    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.finished_at === null) {
          throw new MigrationError(
            `Migration ${migration.name} started but never finished. Repair the database by hand, then mark it rolled back.`,
          );
        }
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Restore the original file and put the change in a new migration.`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      log(`Applying migration ${migration.name}`);
      const statements = splitSqlStatements(migration.sql);
      if (statements.some(mustRunOutsideTransaction)) await applyInSteps(client, migration, statements);
      else await applyInOneTransaction(client, migration);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyInOneTransaction(client: pg.Client, migration: MigrationFile) {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

/**
 * A migration with a statement PostgreSQL refuses inside a transaction (`CREATE INDEX CONCURRENTLY`…),
 * applied as Prisma Migrate applies it: each such statement alone, outside a transaction, the runs of
 * statements between them each in a transaction. It cannot be all or nothing, so it is recorded as
 * started first: a failure part-way leaves it unfinished, and the next run refuses to go on until the
 * database is repaired by hand (as `prisma migrate deploy` does).
 */
async function applyInSteps(client: pg.Client, migration: MigrationFile, statements: string[]) {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  const steps: string[][] = [];
  for (const statement of statements) {
    if (mustRunOutsideTransaction(statement) || !steps.length || mustRunOutsideTransaction(steps.at(-1)![0])) steps.push([statement]);
    else steps.at(-1)!.push(statement);
  }
  for (const [index, step] of steps.entries()) {
    const alone = mustRunOutsideTransaction(step[0]);
    try {
      if (alone) await client.query(step[0]);
      else {
        await client.query("BEGIN");
        await client.query(step.join(";\n"));
        await client.query("COMMIT");
      }
    } catch (error) {
      if (!alone) await client.query("ROLLBACK").catch(() => undefined);
      await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, (error as Error).message]);
      throw new MigrationError(
        `Migration ${migration.name} failed at step ${index + 1} of ${steps.length} (${index} applied; it contains statements that cannot run in a transaction, so it is not rolled back as a whole): ${(error as Error).message}. Repair the database by hand, then mark it rolled back.`,
      );
    }
    await client.query(`UPDATE "_prisma_migrations" SET applied_steps_count = $2 WHERE id = $1`, [id, index + 1]);
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp() WHERE id = $1`, [id]);
}
