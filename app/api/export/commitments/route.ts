import { getSessionUser } from "@/lib/auth/session";
import { commitmentExportBatches } from "@/lib/data/exchange";
import { COMMITMENT_COLUMNS, commitmentCsvRow, commitmentRecord } from "@/lib/domain/commitment-exchange";
import { exportFormat, exportResponse, refuseExport } from "@/lib/http/export-stream";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

/** The commitments matching the list's filters (same query string), as CSV or JSON, streamed. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  const refused = refuseExport(user, "commitment:export");
  if (refused) return refused;
  const url = new URL(request.url);
  const format = exportFormat(url);
  if (!format) return Response.json({ error: "format must be csv or json." }, { status: 400 });
  const filters = parseCommitmentFilters(Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])));
  return exportResponse({
    batches: commitmentExportBatches(user, filters),
    format,
    columns: COMMITMENT_COLUMNS,
    csvLine: commitmentCsvRow,
    jsonRecord: commitmentRecord,
    fileName: `commitments-${new Date().toISOString().slice(0, 10)}`,
  });
}
