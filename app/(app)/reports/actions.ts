"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/define-action";
import { issueReport, renderReportFiles } from "@/lib/data/issued-reports";
import { siteUrl } from "@/lib/http/site-url";
import { IssueReportSchema } from "@/lib/validation/report";

export const issueReportAction = defineAction<typeof IssueReportSchema, Awaited<ReturnType<typeof issueReport>>, { issuedId: string }>({
  permission: "report:issue",
  schema: IssueReportSchema,
  run: async (user, input) => {
    const header = await headers();
    return issueReport(user, input, { baseUrl: siteUrl((name) => header.get(name)), render: renderReportFiles });
  },
  done: (issued) => ({
    ok: true,
    message: issued.replayed
      ? "This report was already issued; nothing new was stored."
      : "Report issued. Its PDF and Word files are stored as they are now.",
    issuedId: issued.id,
  }),
});
