// `npx tsx --conditions=react-server scripts/bench/explain.ts [url-query]`: EXPLAIN ANALYZE of the
// dashboard's statements (compliance by party's too) on the benchmark database, to see where the time goes.
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { dashboardQueries, resolveDashboardFilters } from "@/lib/data/dashboard";
import { complianceSql } from "@/lib/data/compliance";
import { parseDashboardParams } from "@/lib/validation/dashboard-params";

const search = process.argv[2] ?? "";
const server = process.env.BENCH_DATABASE_URL
  ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: "data/bench", port: 54345, database: "ct_bench" });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(search)));
process.env.DATABASE_URL = server.url;
const resolved = await resolveDashboardFilters(params);
if (!resolved) throw new Error("The filters name nothing.");
const queries = { ...dashboardQueries(params, resolved), compliance: complianceSql(params) };
for (const [name, q] of Object.entries(queries)) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values as unknown[]);
  console.log(`\n=== ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
}
await client.end();
await server.stop();
process.exit(0);
