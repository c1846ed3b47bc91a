import "server-only";
import { createPrismaClient, DEFAULT_POOL_SIZE, DEFAULT_POOL_TIMEOUT_MS, type PrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { commitmentTrackerDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.commitmentTrackerDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which sets it.");
    const poolSize = Number(process.env.DATABASE_POOL_SIZE) || DEFAULT_POOL_SIZE;
    const timeout = Number(process.env.DATABASE_POOL_TIMEOUT_MS) || DEFAULT_POOL_TIMEOUT_MS;
    globalForPrisma.commitmentTrackerDb = createPrismaClient(url, poolSize, timeout);
  }
  return globalForPrisma.commitmentTrackerDb;
}

/**
 * The one Prisma client of the app. It connects on first use (not at import, so `next build` needs no
 * database) and lives on globalThis so that dev reloads do not open new pools.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
