import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { refuseRequest } from "./route-guard";
import { CSV_BOM, csvRow } from "@/lib/domain/csv";
import { parseCommitmentFilters, type CommitmentFilters } from "@/lib/validation/commitment-filters";

export type ExportFormat = "csv" | "json";

export function exportFormat(url: URL): ExportFormat | null {
  const format = url.searchParams.get("format") ?? "csv";
  return format === "csv" || format === "json" ? format : null;
}

/**
 * Streams batches as CSV (UTF-8 with a byte-order mark, CRLF) or as a JSON array, pulling the next
 * batch only when the client has read the previous one: memory stays at one batch whatever the size.
 */
export function exportResponse<T>(options: {
  batches: AsyncGenerator<T[]>;
  format: ExportFormat;
  columns: readonly string[];
  csvLine: (row: T) => string;
  jsonRecord: (row: T) => unknown;
  fileName: string;
}): Response {
  const encoder = new TextEncoder();
  let started = false;
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(options.format === "csv" ? CSV_BOM + csvRow([...options.columns]) : "["));
        return;
      }
      try {
        const next = await options.batches.next();
        if (next.done) {
          if (options.format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
          controller.close();
          return;
        }
        const text =
          options.format === "csv"
            ? next.value.map(options.csvLine).join("")
            : next.value
                .map((row) => {
                  const line = `${first ? "\n" : ",\n"}${JSON.stringify(options.jsonRecord(row))}`;
                  first = false;
                  return line;
                })
                .join("");
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        console.error("Export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await options.batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": options.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${options.fileName}.${options.format}"`,
      "cache-control": "no-store",
    },
  });
}

/**
 * A GET handler for an export of commitments data: checks the session and role itself, reads the
 * list's filters from the query string, and streams the batches in the asked format.
 */
export function commitmentsExportHandler<T>(options: {
  batches: (user: Actor, filters: CommitmentFilters) => AsyncGenerator<T[]>;
  columns: readonly string[];
  csvLine: (row: T) => string;
  jsonRecord: (row: T) => unknown;
  fileName: string;
}) {
  return async function GET(request: Request): Promise<Response> {
    const user = await getSessionUser();
    const refused = refuseRequest(user, "commitment:export", "Your role does not allow exports.");
    if (refused || !user) return refused!;
    const url = new URL(request.url);
    const format = exportFormat(url);
    if (!format) return Response.json({ error: "format must be csv or json." }, { status: 400 });
    const filters = parseCommitmentFilters(
      Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
    );
    return exportResponse({
      batches: options.batches(user, filters),
      format,
      columns: options.columns,
      csvLine: options.csvLine,
      jsonRecord: options.jsonRecord,
      fileName: `${options.fileName}-${new Date().toISOString().slice(0, 10)}`,
    });
  };
}
