import { getSessionUser } from "@/lib/auth/session";
import { getImplementationReport, reportFileName, ReportTooLargeError } from "@/lib/data/report";
import { refuseRequest } from "@/lib/http/route-guard";
import { reportFileResponse, reportFormat, reportProblem } from "@/lib/http/report-files";
import { reportHtml } from "@/lib/report/html";
import { siteUrl } from "@/lib/http/site-url";
import { renderReportFile } from "@/lib/report/render-file";
import { parseReportParams } from "@/lib/validation/report-params";

export const dynamic = "force-dynamic";

/**
 * The implementation report drawn now: the report page's parameters in the query string, plus
 * format=pdf|docx for a file, or format=html for the report's HTML, which the report page loads into
 * itself (sent once, as a string; inside the page's own React payload it would travel twice). Anyone who
 * may read commitments may draw one. Files are rendered in a child process
 * (lib/report/render-file.ts), so the server keeps answering meanwhile.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  const refused = refuseRequest(user, "commitment:read", "Your role does not allow reports.");
  if (refused || !user) return refused!;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "html" ? "html" : reportFormat(url);
  if (!format) return reportProblem("format must be pdf, docx or html.", 400);
  const params = parseReportParams(Object.fromEntries(url.searchParams));
  if (params.notices.length) return reportProblem(params.notices.join(" "), 400);
  try {
    const report = await getImplementationReport(user, params, { baseUrl: siteUrl((name) => request.headers.get(name)) });
    if (format === "html")
      return new Response(reportHtml(report), { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
    const bytes = await renderReportFile(format, report);
    return reportFileResponse(bytes, format, reportFileName(params, format));
  } catch (error) {
    if (error instanceof ReportTooLargeError) return reportProblem(error.message, 422);
    console.error("Report rendering failed", error);
    return reportProblem("The report could not be drawn; try again, or narrow it with a filter. Nothing was changed.", 500);
  }
}
