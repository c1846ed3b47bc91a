// Prisma versus plain node-postgres for the three hottest queries, on one shared pg.Pool: the SQL
// Prisma sends is captured from its query log and replayed through the pool directly, so both sides
// run the same statements over the same connections.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { commitmentDetailSelect } from "@/lib/data/commitment-queries";
import { summary } from "./measure";

type Captured = { query: string; params: unknown[] }[];

export type OrmComparison = {
  name: string;
  prisma: { p50: number; p95: number; n: number };
  pg: { p50: number; p95: number; n: number };
  ratio: number;
  statements: number;
};

export async function compareOrm(
  url: string,
  ids: { userId: string; commitmentId: string },
  sql: { list: Prisma.Sql; session: Prisma.Sql },
  iterations = 300,
): Promise<OrmComparison[]> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
  let capture: Captured | null = null;
  prisma.$on("query", (event) => {
    if (capture) capture.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
  });

  // The app's own calls (lib/auth/session.ts → getSessionActor, lib/data/commitments.ts → getCommitment, the list).
  const hot: { name: string; run: () => Promise<unknown> }[] = [
    {
      // What the app runs now (lib/data/users.ts → sessionActorQuery): one plain statement.
      name: "Session check, now ($queryRaw, one statement)",
      run: () => prisma.$queryRaw(sql.session),
    },
    {
      // What it ran before the benchmark (two Prisma queries: the account, then the signed-out check).
      name: "Session check, before (Prisma findUnique)",
      run: () =>
        prisma.user.findUnique({
          where: { id: ids.userId },
          select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, mustChangePassword: true },
        }),
    },
    {
      name: "Commitment page (commitment, meeting, parties)",
      run: () =>
        prisma.commitment.findUnique({
          where: { id: ids.commitmentId },
          select: commitmentDetailSelect,
        }),
    },
    { name: "Commitments list page ($queryRaw)", run: () => prisma.$queryRaw(sql.list) },
  ];

  const results: OrmComparison[] = [];
  for (const q of hot) {
    capture = [];
    await q.run();
    const statements = capture;
    capture = null;
    const replay = async () => {
      for (const s of statements) await pool.query(s.query, s.params);
    };
    for (let i = 0; i < 20; i++) {
      await q.run();
      await replay();
    }
    const viaPrisma: number[] = [];
    const viaPg: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let started = performance.now();
      await q.run();
      viaPrisma.push(performance.now() - started);
      started = performance.now();
      await replay();
      viaPg.push(performance.now() - started);
    }
    const a = summary(viaPrisma);
    const b = summary(viaPg);
    results.push({ name: q.name, prisma: a, pg: b, ratio: a.p50 / b.p50, statements: statements.length });
  }
  await prisma.$disconnect();
  await pool.end();
  return results;
}
