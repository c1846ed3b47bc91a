import { getSessionUser } from "@/lib/auth/session";
import { historyExportBatches } from "@/lib/data/exchange";
import { HISTORY_COLUMNS, historyCsvRow, historyRecord } from "@/lib/domain/commitment-exchange";
import { exportFormat, exportResponse, refuseExport } from "@/lib/http/export-stream";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

/** The full status history of the commitments matching the list's filters, as CSV or JSON, streamed. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  const refused = refuseExport(user, "commitment:export");
  if (refused) return refused;
  const url = new URL(request.url);
  const format = exportFormat(url);
  if (!format) return Response.json({ error: "format must be csv or json." }, { status: 400 });
  const filters = parseCommitmentFilters(Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])));
  return exportResponse({
    batches: historyExportBatches(user, filters),
    format,
    columns: HISTORY_COLUMNS,
    csvLine: historyCsvRow,
    jsonRecord: historyRecord,
    fileName: `status-history-${new Date().toISOString().slice(0, 10)}`,
  });
}
