import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

// How the command-line scripts find their database: DATABASE_URL when set, otherwise the embedded
// PostgreSQL under the data folder (the demo default).

export const DEFAULT_EMBEDDED_PORT = 54329;
export const EMBEDDED_DATABASE = "commitment_tracker";

export function dataDir(): string {
  return path.resolve(process.env.COMMITMENT_TRACKER_DATA_DIR || "data");
}

export type ResolvedDatabase = { url: string; embedded: EmbeddedServer | null };

export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT) || DEFAULT_EMBEDDED_PORT;
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir(), port, database: EMBEDDED_DATABASE, log });
  return { url: embedded.url, embedded };
}

/** The demo's auth secret, generated once and kept in the data folder so sessions survive restarts. */
export async function demoAuthSecret(): Promise<string> {
  const file = path.join(dataDir(), "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}
