import { getSessionUser } from "@/lib/auth/session";
import { getImplementationReport, reportFileName, ReportTooLargeError } from "@/lib/data/report";
import { refuseRequest } from "@/lib/http/route-guard";
import { reportFileResponse, reportFormat, reportProblem } from "@/lib/http/report-files";
import { siteUrl } from "@/lib/http/site-url";
import { renderReportFile } from "@/lib/report/render-file";
import { parseReportParams } from "@/lib/validation/report-params";

export const dynamic = "force-dynamic";

/**
 * The implementation report drawn now, as a PDF or a Word file: the report page's parameters in the
 * query string, plus format=pdf|docx. Anyone who may read commitments may draw one. The file is
 * rendered in a child process (lib/report/render-file.ts), so the server keeps answering meanwhile.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  const refused = refuseRequest(user, "commitment:read", "Your role does not allow reports.");
  if (refused || !user) return refused!;
  const url = new URL(request.url);
  const format = reportFormat(url);
  if (!format) return reportProblem("format must be pdf or docx.", 400);
  const params = parseReportParams(Object.fromEntries(url.searchParams));
  if (params.notices.length) return reportProblem(params.notices.join(" "), 400);
  try {
    const report = await getImplementationReport(user, params, { baseUrl: siteUrl((name) => request.headers.get(name)) });
    const bytes = await renderReportFile(format, report);
    return reportFileResponse(bytes, format, reportFileName(params, format));
  } catch (error) {
    if (error instanceof ReportTooLargeError) return reportProblem(error.message, 422);
    console.error("Report rendering failed", error);
    return reportProblem("The report could not be drawn; try again, or narrow it with a filter. Nothing was changed.", 500);
  }
}
