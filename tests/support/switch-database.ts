import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { adminQuery, withDatabase } from "./test-database";

/**
 * Points the app's one Prisma client at a new, empty (migrated) database and returns a function that
 * switches back; used to prove that an export imports into an empty database.
 */
export async function useEmptyDatabase(): Promise<{ restore: () => Promise<void> }> {
  const serverUrl = inject("testServerUrl");
  const adminUrl = withDatabase(serverUrl, "postgres");
  const database = `ct_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${inject("testTemplateDatabase")}`);
  const previous = process.env.DATABASE_URL;
  const holder = globalThis as unknown as { commitmentTrackerDb?: { $disconnect: () => Promise<void> } };
  const disconnect = async () => {
    await holder.commitmentTrackerDb?.$disconnect();
    delete holder.commitmentTrackerDb;
  };
  await disconnect();
  process.env.DATABASE_URL = withDatabase(serverUrl, database);
  return {
    restore: async () => {
      await disconnect();
      process.env.DATABASE_URL = previous;
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
