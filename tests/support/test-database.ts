import pg from "pg";

// Integration tests run on a real PostgreSQL: the embedded one by default, or the server that
// TEST_DATABASE_URL points at. Each test file gets its own database, cloned from a freshly migrated
// template, and drops it afterwards.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** Refuses to create and drop databases anywhere but on this machine. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.ALLOW_NONLOCAL_TEST_DATABASE !== "1") {
    throw new Error(`Refusing to run tests against ${host}: TEST_DATABASE_URL must be a local server.`);
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
