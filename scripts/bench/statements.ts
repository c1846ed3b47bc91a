// `npm run bench:statements`: each of the dashboard's statements alone (and compliance by party's), warm,
// for every view of the benchmark (today and as of 30 Jun 2025), on the benchmark's database (build it
// first with `npm run bench`): p50 / p95 over BENCH_ROUNDS rounds (default 15) after 2 to warm up. Where
// `npm run bench` times a view's statements together, this says which one costs what.
import pg from "pg";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";
import { dashboardStatements } from "./dashboard";
import { benchDatabase, dashboardViews } from "./dataset";
import { summary } from "./measure";

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 15;
const server = await benchDatabase(() => {});
process.env.DATABASE_URL = server.url;
const client = new pg.Client({ connectionString: server.url });
await client.connect();
const views = await dashboardViews(client);
console.log(`| View | ${["snapshot", "overTime", "recent", "compliance"].map((s) => `${s} p50 / p95`).join(" | ")} |`);
console.log("| --- | --- | --- | --- | --- |");
for (const asOf of [null, "2025-06-30"]) {
  for (const { name, query } of views) {
    const search = asOf ? `${query}${query ? "&" : ""}asOf=${asOf}` : query;
    const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(search)));
    const statements = await dashboardStatements(params, search);
    const cells: string[] = [];
    for (const statement of Object.values(statements)) {
      const times: number[] = [];
      for (let round = 0; round < ROUNDS + 2; round++) {
        const started = performance.now();
        await client.query(statement.text, statement.values as unknown[]);
        if (round >= 2) times.push(performance.now() - started);
      }
      const s = summary(times);
      cells.push(`${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} ms`);
    }
    console.log(`| ${name}${asOf ? `, as of ${asOf}` : ""} | ${cells.join(" | ")} |`);
  }
}
await client.end();
await server.stop();
process.exit(0);
