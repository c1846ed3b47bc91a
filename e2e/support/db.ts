import { readFileSync } from "node:fs";
import pg from "pg";

/** The e2e server's own database (the fresh embedded PostgreSQL under data/e2e). */
export function e2eDatabaseUrl(): string {
  const password = readFileSync("data/e2e/postgres-password", "utf8").trim();
  const port = process.env.E2E_PG_PORT || "54339";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/commitment_tracker`;
}

const TABLES = ["users", "parties", "meetings", "commitments", "commitment_parties", "status_updates", "audit_events", "revoked_sessions"];

/** Row counts and an md5 of every row of the tables a request could write; equal means untouched. */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await client.query(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`);
    result[table] = `${rows[0].n}:${rows[0].digest}`;
  }
  return result;
}
