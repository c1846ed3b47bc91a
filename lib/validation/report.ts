import { z } from "zod";
import { parseReportParams } from "./report-params";

const REPORT_PARAMETERS = ["meeting", "category", "party", "asOf", "since"];

/**
 * "Issue this report": the report page's own query (its filters and dates) and the form's request
 * id. Parameters the page would have corrected with a notice are refused here instead: an issued
 * report must be exactly what was asked for.
 */
export const IssueReportSchema = z
  .object({
    query: z.string().max(2000, "The report's parameters are too long; open the report again from the meeting or the dashboard."),
    clientRequestId: z.uuid({ version: "v4", message: "This form is out of date; reload the page and issue again." }),
  })
  .transform((value, ctx) => {
    const query = new URLSearchParams(value.query);
    const unknown = [...query.keys()].filter((key) => !REPORT_PARAMETERS.includes(key));
    if (unknown.length) {
      ctx.addIssue({
        code: "custom",
        path: ["query"],
        message: "The report's parameters are damaged; open the report again from the meeting or the dashboard.",
      });
      return z.NEVER;
    }
    const params = parseReportParams(Object.fromEntries(query));
    if (params.notices.length) {
      ctx.addIssue({ code: "custom", path: ["query"], message: params.notices.join(" ") });
      return z.NEVER;
    }
    return { params, clientRequestId: value.clientRequestId };
  });
