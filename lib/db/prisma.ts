import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_POOL_SIZE = 10;

/** A Prisma client over node-postgres. The app keeps one (lib/db/client.ts); scripts make their own. */
export function createPrismaClient(connectionString: string, poolSize = DEFAULT_POOL_SIZE): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    // Fail with a clear error instead of hanging when every connection is busy or the server is down.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type { PrismaClient };
