import { cp, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrator";
import * as enums from "@/lib/generated/prisma/enums";
import { seedDemo } from "@/prisma/seed/demo";
import { adminQuery, withDatabase } from "./support/test-database";

// The migrator's own tests add tables; they run on a scratch copy so the schema checks below see
// exactly what the migrations create.
const serverUrl = inject("testServerUrl");
const scratch = `ct_scratch_${randomBytes(4).toString("hex")}`;
let scratchReady: Promise<unknown> | null = null;
async function url() {
  scratchReady ??= adminQuery(withDatabase(serverUrl, "postgres"), `CREATE DATABASE ${scratch} TEMPLATE ${inject("testTemplateDatabase")}`);
  await scratchReady;
  return withDatabase(serverUrl, scratch);
}
afterAll(async () => {
  if (scratchReady) await adminQuery(withDatabase(serverUrl, "postgres"), `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
});

async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(tmpdir(), "ct-migrations-"));
  await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
  return dir;
}

describe("the migrator", () => {
  it("finds everything applied on a migrated database and records Prisma's bookkeeping", async () => {
    const result = await migrate(await url());
    const names = (await readMigrations()).map((m) => m.name);
    expect(result).toEqual({ applied: [], alreadyApplied: names });
    const { rows } = await adminQuery(
      await url(),
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = await readMigrations();
    expect(
      rows.map((r: { migration_name: string; checksum: string; applied_steps_count: number }) => [
        r.migration_name,
        r.checksum,
        r.applied_steps_count,
      ]),
    ).toEqual(files.map((f) => [f.name, f.checksum, 1]));
    expect(rows.every((r: { finished_at: unknown }) => r.finished_at instanceof Date)).toBe(true);
  });

  it("refuses to continue when an applied migration's file was changed", async () => {
    const dir = await copyOfMigrations();
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first.name, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")) + "\n-- edited afterwards\n");
    await expect(migrate(await url(), { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it("applies a new migration once, and rolls back a failing one completely", async () => {
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990101000000_add_probe"));
    await writeFile(path.join(dir, "29990101000000_add_probe", "migration.sql"), `CREATE TABLE "probe" ("id" INTEGER PRIMARY KEY);`);
    expect((await migrate(await url(), { dir })).applied).toEqual(["29990101000000_add_probe"]);
    expect((await migrate(await url(), { dir })).applied).toEqual([]);

    await mkdir(path.join(dir, "29990102000000_broken"));
    await writeFile(
      path.join(dir, "29990102000000_broken", "migration.sql"),
      `CREATE TABLE "half_done" ("id" INTEGER); SELECT * FROM "no_such_table";`,
    );
    await expect(migrate(await url(), { dir })).rejects.toThrow(/29990102000000_broken failed and was rolled back/);
    const leftovers = await adminQuery(
      await url(),
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(leftovers.rows[0].n).toBe(0);
    const bookkeeping = await adminQuery(
      await url(),
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29990102000000_broken'`,
    );
    expect(bookkeeping.rows[0].n).toBe(0);
  });

  it("applies a migration with CREATE INDEX CONCURRENTLY as Prisma Migrate does, outside a transaction", async () => {
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990104000000_concurrent_index"));
    await writeFile(
      path.join(dir, "29990104000000_concurrent_index", "migration.sql"),
      `-- A table, an index built without blocking writes, and a comment on it.
CREATE TABLE "probe_concurrent" ("id" INTEGER PRIMARY KEY, "label" TEXT);
CREATE INDEX CONCURRENTLY "probe_concurrent_label_idx" ON "probe_concurrent" ("label");
COMMENT ON INDEX "probe_concurrent_label_idx" IS 'built concurrently; no writes blocked';`,
    );
    expect((await migrate(await url(), { dir })).applied).toEqual(["29990104000000_concurrent_index"]);
    const index = await adminQuery(await url(), `SELECT obj_description('"probe_concurrent_label_idx"'::regclass) AS note`);
    expect(index.rows[0].note).toBe("built concurrently; no writes blocked");
    const row = await adminQuery(
      await url(),
      `SELECT finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" WHERE migration_name = '29990104000000_concurrent_index'`,
    );
    expect(row.rows[0]).toEqual({ finished: true, applied_steps_count: 3 });

    // One that fails after its concurrent step is left unfinished, and the next run refuses to go on.
    await mkdir(path.join(dir, "29990105000000_concurrent_broken"));
    await writeFile(
      path.join(dir, "29990105000000_concurrent_broken", "migration.sql"),
      `CREATE INDEX CONCURRENTLY "probe_concurrent_id_label_idx" ON "probe_concurrent" ("id", "label");\nSELECT * FROM "no_such_table";`,
    );
    await expect(migrate(await url(), { dir })).rejects.toThrow(/29990105000000_concurrent_broken failed at step 2 of 2 \(1 applied/);
    await expect(migrate(await url(), { dir })).rejects.toThrow(/started but never finished/);
  });

  it("lets only one of two concurrent runs apply a migration", async () => {
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990103000000_once"));
    await writeFile(path.join(dir, "29990103000000_once", "migration.sql"), `CREATE TABLE "once_only" ("id" INTEGER);`);
    const target = await url();
    const results = await Promise.all([migrate(target, { dir }), migrate(target, { dir })]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
  });
});

type RuntimeField = { name: string; kind: "scalar" | "enum" | "object"; type: string; dbName?: string };
type RuntimeModel = { dbName: string | null; fields: RuntimeField[] };

/** Which fields schema.prisma declares optional (`?`) or as lists (`[]`), per model. */
async function declaredShapes(): Promise<Record<string, Record<string, { optional: boolean; list: boolean }>>> {
  const schema = await readFile(path.resolve("prisma/schema.prisma"), "utf8");
  const shapes: Record<string, Record<string, { optional: boolean; list: boolean }>> = {};
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields: Record<string, { optional: boolean; list: boolean }> = {};
    for (const line of match[2].split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\[\])?(\?)?/.exec(line);
      if (field) fields[field[1]] = { list: !!field[3], optional: !!field[4] };
    }
    shapes[match[1]] = fields;
  }
  return shapes;
}

const PG_TYPES: Record<string, string[]> = {
  String: ["text", "uuid"],
  Int: ["integer", "smallint"],
  BigInt: ["bigint"],
  Boolean: ["boolean"],
  DateTime: ["timestamp with time zone", "date"],
  Decimal: ["numeric"],
  Json: ["jsonb"],
  Bytes: ["bytea"],
};

describe("schema.prisma and the migrations", () => {
  it("agree on every model, field, type and nullability, in both directions", async () => {
    const models = (db as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
    const shapes = await declaredShapes();
    const columns = await db.$queryRaw<
      { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }[]
    >`
      SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`;
    const tables = new Set(columns.map((c) => c.table_name));
    const modelTables = Object.values(models).map((m) => m.dbName);
    expect([...tables].sort()).toEqual([...modelTables].sort());

    for (const [modelName, model] of Object.entries(models)) {
      const table = model.dbName!;
      const stored = new Map(columns.filter((c) => c.table_name === table).map((c) => [c.column_name, c]));
      const fields = model.fields.filter((f) => f.kind !== "object");
      expect(new Set(fields.map((f) => f.dbName ?? f.name)), `columns of ${table}`).toEqual(new Set(stored.keys()));
      for (const field of fields) {
        const column = stored.get(field.dbName ?? field.name)!;
        const shape = shapes[modelName][field.name];
        const where = `${modelName}.${field.name}`;
        if (shape.list) {
          expect(column.data_type, where).toBe("ARRAY");
        } else if (field.kind === "enum") {
          expect([column.data_type, column.udt_name], where).toEqual(["USER-DEFINED", field.type]);
        } else {
          expect(PG_TYPES[field.type], where).toContain(column.data_type);
        }
        // Prisma creates list columns without NOT NULL.
        expect(column.is_nullable === "YES", `${where} nullable`).toBe(shape.optional || shape.list);
      }
    }
  });

  it("agree on every enum and its values", async () => {
    const rows = await db.$queryRaw<{ typname: string; labels: string[] }[]>`
      SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    const stored = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const declared = Object.fromEntries(Object.entries(enums).map(([name, values]) => [name, Object.values(values as object)]));
    expect(stored).toEqual(declared);
  });

  it("can select every scalar field of every model through the client", async () => {
    const models = (db as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
    for (const [name, model] of Object.entries(models)) {
      const select = Object.fromEntries(model.fields.filter((f) => f.kind !== "object").map((f) => [f.name, true]));
      const delegate = (db as unknown as Record<string, { findMany: (args: object) => Promise<unknown[]> }>)[
        name.charAt(0).toLowerCase() + name.slice(1)
      ];
      await expect(delegate.findMany({ select, take: 1 })).resolves.toBeInstanceOf(Array);
    }
  });
});

describe("what only SQL can enforce", () => {
  it("keeps history and audit rows append-only, even for the database owner", async () => {
    await seedDemo(db);
    await db.$executeRaw`INSERT INTO audit_events (action, entity_type) VALUES ('probe', 'test')`;
    await expect(db.$executeRaw`UPDATE audit_events SET action = 'rewritten'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_events`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE audit_events`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM status_updates`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE status_updates SET rationale = 'x'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE status_updates CASCADE`).rejects.toThrow(/append-only/);
  });

  it("refuses a status update's obstacles or next step that is blank or over 4,000 characters", async () => {
    await seedDemo(db);
    const c = await db.commitment.findFirstOrThrow();
    const effectiveOn = new Date("2026-06-01T00:00:00Z");
    const row = { commitmentId: c.id, toStatus: "NOT_STARTED" as const, progress: 0, effectiveOn, rationale: "Probe." };
    for (const notes of [{ obstacles: " " }, { obstacles: "x".repeat(4_001) }, { nextStep: "" }, { nextStep: "y".repeat(4_001) }])
      await expect(db.statusUpdate.create({ data: { ...row, ...notes } }), JSON.stringify(notes).slice(0, 30)).rejects.toThrow(
        /status_updates_(obstacles|next_step)_length/,
      );
    // Astral characters count once each: what the form accepts (4,000 UTF-16 units) always fits.
    await expect(db.statusUpdate.create({ data: { ...row, obstacles: "😀".repeat(4_000), nextStep: "Next." } })).resolves.toBeDefined();
  });

  it("folds accents and case for search", async () => {
    const rows = await db.$queryRaw<{ folded: string }[]>`SELECT ct_fold('Türkiye, Nurdağı, İSTANBUL, Kosherbayev') AS folded`;
    expect(rows[0].folded).toBe("turkiye, nurdagi, istanbul, kosherbayev");
  });
});
