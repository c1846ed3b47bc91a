import { db } from "@/lib/db/client";
import { databaseTrouble } from "@/lib/db/errors";

export const dynamic = "force-dynamic";

const HEALTH_TIMEOUT_MS = 3_000;

/**
 * Liveness with the database checked; answers without a session. Says honestly what is wrong: the
 * database is down (or restarting), or it is up but every pooled connection is busy.
 */
export async function GET() {
  const started = performance.now();
  const headers = { "cache-control": "no-store" };
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`.then((rows) => rows),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout exceeded when trying to connect")), HEALTH_TIMEOUT_MS)),
    ]);
    return Response.json({ status: "ok", database: "up", latencyMs: Math.round(performance.now() - started) }, { headers });
  } catch (error) {
    const trouble = databaseTrouble(error);
    const database = trouble === "busy" ? "busy" : "down";
    return Response.json({ status: "error", database }, { status: 503, headers: { ...headers, "retry-after": "5" } });
  }
}
