import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrator";
import { adminQuery, assertLocal, TEMPLATE_DATABASE, withDatabase } from "./test-database";

let embedded: EmbeddedServer | null = null;

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
  const adminUrl = withDatabase(serverUrl, "postgres");
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await migrate(withDatabase(serverUrl, TEMPLATE_DATABASE));
  project.provide("testServerUrl", serverUrl);
}

export async function teardown() {
  await embedded?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}
