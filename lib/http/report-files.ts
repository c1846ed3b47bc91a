import "server-only";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "@/lib/data/issued-reports";

// The answers of the report downloads (drawn now, or issued earlier).

export function reportFormat(url: URL): ReportFormat | null {
  const format = url.searchParams.get("format");
  return format === "pdf" || format === "docx" ? format : null;
}

export function reportFileResponse(
  bytes: Uint8Array,
  format: ReportFormat,
  fileName: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": REPORT_CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-length": String(bytes.byteLength),
      "cache-control": "no-store",
      ...extra,
    },
  });
}

export function reportProblem(message: string, status: number): Response {
  return Response.json({ ok: false, message, error: message }, { status, headers: { "cache-control": "no-store" } });
}
