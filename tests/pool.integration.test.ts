import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

// The pool is sized (DATABASE_POOL_SIZE) and a request waits for a connection at most
// DATABASE_POOL_TIMEOUT_MS: with every connection taken, an action answers with a clear message
// instead of hanging, writes nothing, and the app recovers when connections free up.
process.env.DATABASE_POOL_SIZE = "2";
process.env.DATABASE_POOL_TIMEOUT_MS = "1000";
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { updateCommitmentStatusAction } = await import("@/app/(app)/commitments/actions");
const { db } = await import("@/lib/db/client");
const { GET: health } = await import("@/app/api/health/route");

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

describe("an exhausted connection pool", () => {
  it("gets a clear 'busy' answer within the timeout, writes nothing, and recovers", async () => {
    const c = await commitmentByTitle("Maarif Schools");
    session.user = actors.analyst;
    const form = new FormData();
    for (const [k, v] of Object.entries({
      commitmentId: c.id,
      version: String(c.version),
      status: "IN_PROGRESS",
      progress: "10",
      effectiveOn: "2026-03-01",
      rationale: "Saved while the pool is full.",
      evidenceUrls: "",
    }))
      form.append(k, v);
    const before = await databaseFingerprint();

    // Both pooled connections busy for 4 s.
    const holders = [db.$queryRaw`SELECT pg_sleep(4)::text`.then((r) => r), db.$queryRaw`SELECT pg_sleep(4)::text`.then((r) => r)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const state = (await updateCommitmentStatusAction(null, form)) as { ok: boolean; message: string };
    const waited = performance.now() - started;
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("every database connection is in use") });
    expect(waited).toBeLessThan(3_500);
    const busy = await health();
    expect(busy.status).toBe(503);
    expect(await busy.json()).toMatchObject({ database: "busy" });
    await Promise.all(holders);

    expect(await databaseFingerprint()).toEqual(before);
    const ok = await health();
    expect(await ok.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("says the database is down when it cannot be reached at all", async () => {
    const { createPrismaClient } = await import("@/lib/db/prisma");
    const { databaseTrouble } = await import("@/lib/db/errors");
    // A port where nothing listens.
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/none", 1, 1000);
    const error = await unreachable.$queryRaw`SELECT 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseTrouble(error)).toBe("unavailable");
    await unreachable.$disconnect();
  });
});
