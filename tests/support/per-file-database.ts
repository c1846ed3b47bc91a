import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery, withDatabase } from "./test-database";

// Runs before each integration test file: a fresh database cloned from the migrated template.
const serverUrl = inject("testServerUrl");
const template = inject("testTemplateDatabase");
const adminUrl = withDatabase(serverUrl, "postgres");
const database = `ct_test_${randomBytes(6).toString("hex")}`;
await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${template}`);
process.env.DATABASE_URL = withDatabase(serverUrl, database);

afterAll(async () => {
  const holder = globalThis as unknown as { commitmentTrackerDb?: { $disconnect: () => Promise<void> } };
  await holder.commitmentTrackerDb?.$disconnect();
  delete holder.commitmentTrackerDb;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
