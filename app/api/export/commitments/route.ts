import { commitmentExportBatches } from "@/lib/data/exchange";
import { COMMITMENT_COLUMNS, commitmentCsvRow, commitmentRecord } from "@/lib/domain/commitment-exchange";
import { commitmentsExportHandler } from "@/lib/http/export-stream";

export const dynamic = "force-dynamic";

/** The commitments matching the list's filters (same query string), as CSV or JSON, streamed. */
export const GET = commitmentsExportHandler({
  batches: commitmentExportBatches,
  columns: COMMITMENT_COLUMNS,
  csvLine: commitmentCsvRow,
  jsonRecord: commitmentRecord,
  fileName: "commitments",
});
