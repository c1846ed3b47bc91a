import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrator";
import { randomBytes } from "node:crypto";
import { adminQuery, assertLocal, withDatabase } from "./test-database";

// One template per run, so that runs against a shared server do not collide.
const TEMPLATE_DATABASE = `ct_test_template_${randomBytes(4).toString("hex")}`;

let embedded: EmbeddedServer | null = null;

let adminUrl: string | null = null;

export async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    assertLocal(serverUrl);
  } else {
    const dataDir = path.resolve("data/test");
    await rm(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.TEST_EMBEDDED_PG_PORT) || 54335,
      database: "postgres",
    });
    serverUrl = embedded.adminUrl;
  }
  adminUrl = withDatabase(serverUrl, "postgres");
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await migrate(withDatabase(serverUrl, TEMPLATE_DATABASE));
  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`).catch(() => undefined);
  await embedded?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplateDatabase: string;
  }
}
