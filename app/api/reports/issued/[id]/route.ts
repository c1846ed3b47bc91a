import { getSessionUser } from "@/lib/auth/session";
import { getIssuedReportFile } from "@/lib/data/issued-reports";
import { NotFoundError } from "@/lib/data/errors";
import { refuseRequest } from "@/lib/http/route-guard";
import { reportFileResponse, reportFormat, reportProblem } from "@/lib/http/report-files";
import { isUuid } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** An issued report's stored file, byte for byte as issued, with its SHA-256 in a header. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSessionUser();
  const refused = refuseRequest(user, "commitment:read", "Your role does not allow reports.");
  if (refused || !user) return refused!;
  const { id } = await context.params;
  const format = reportFormat(new URL(request.url));
  if (!format) return reportProblem("format must be pdf or docx.", 400);
  if (!isUuid(id)) return reportProblem("There is no issued report at this address.", 404);
  try {
    const file = await getIssuedReportFile(user, id, format);
    return reportFileResponse(file.bytes, format, file.fileName, { "x-content-sha256": file.sha256 });
  } catch (error) {
    if (error instanceof NotFoundError) return reportProblem(error.message, 404);
    throw error;
  }
}
