import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_POOL_TIMEOUT_MS = 5_000;

/** A Prisma client over node-postgres. The app keeps one (lib/db/client.ts); scripts make their own. */
export function createPrismaClient(
  connectionString: string,
  poolSize = DEFAULT_POOL_SIZE,
  connectionTimeoutMillis = DEFAULT_POOL_TIMEOUT_MS,
): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: poolSize,
      // Fail with a clear error instead of hanging when every connection is busy or the server is down.
      connectionTimeoutMillis,
      idleTimeoutMillis: 30_000,
    },
    {
      // A connection that dies while idle (the database restarted) is dropped from the pool and
      // replaced on the next request; log it, never crash the process.
      onPoolError: (error) => console.warn(JSON.stringify({ event: "database-pool-error", message: error.message })),
      onConnectionError: (error) => console.warn(JSON.stringify({ event: "database-connection-error", message: error.message })),
    },
  );
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type { PrismaClient };
