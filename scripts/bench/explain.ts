// `npx tsx --conditions=react-server scripts/bench/explain.ts [url-query]`: EXPLAIN ANALYZE of the
// dashboard's statements on the benchmark database, to see where the time goes.
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { commitmentFilterSql, } from "@/lib/data/commitments";
import { dashboardQueries } from "@/lib/data/dashboard";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";

const search = process.argv[2] ?? "";
const server = process.env.BENCH_DATABASE_URL
  ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: "data/bench", port: 54345, database: "ct_bench" });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(search)));
const where = commitmentFilterSql({ q: "", statuses: [], categories: params.category ? [params.category] : [], parties: params.party ? [params.party] : [], meeting: params.meeting });
const queries = dashboardQueries(params, { where, rollup: { dimension: "category", key: params.category } });
for (const [name, q] of Object.entries(queries)) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values as unknown[]);
  console.log(`\n=== ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
}
await client.end();
await server.stop();
