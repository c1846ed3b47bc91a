import { readFileSync } from "node:fs";
import pg from "pg";
import { FINGERPRINT_TABLES, fingerprintSql } from "../../tests/support/fingerprint";

/** The e2e server's own database (the fresh embedded PostgreSQL under data/e2e). */
export function e2eDatabaseUrl(): string {
  const password = readFileSync("data/e2e/postgres-password", "utf8").trim();
  const port = process.env.E2E_PG_PORT || "54339";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/commitment_tracker`;
}

/** The same fingerprint as the integration tests (tests/support/fingerprint.ts), over node-postgres. */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of FINGERPRINT_TABLES) {
    const { rows } = await client.query(fingerprintSql(table));
    result[table] = `${rows[0].n}:${rows[0].digest}`;
  }
  return result;
}
