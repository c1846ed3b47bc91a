import { historyExportBatches } from "@/lib/data/exchange";
import { HISTORY_COLUMNS, historyCsvRow, historyRecord } from "@/lib/domain/commitment-exchange";
import { commitmentsExportHandler } from "@/lib/http/export-stream";

export const dynamic = "force-dynamic";

/** The full status history of the commitments matching the list's filters, as CSV or JSON, streamed. */
export const GET = commitmentsExportHandler({
  batches: historyExportBatches,
  columns: HISTORY_COLUMNS,
  csvLine: historyCsvRow,
  jsonRecord: historyRecord,
  fileName: "status-history",
});
