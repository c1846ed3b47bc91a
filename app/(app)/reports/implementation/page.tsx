import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { DownloadButton, IssueReportForm, PrintButton } from "@/components/report/report-controls";
import { ReportDocument } from "@/components/report/report-document";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getReportScope, ReportTooLargeError, type ReportScope } from "@/lib/data/report";
import { dashboardQuery } from "@/lib/validation/dashboard-params";
import { parseReportParams, reportQuery } from "@/lib/validation/report-params";

export const metadata: Metadata = { title: "Implementation report" };

/**
 * The implementation report for the next meeting: the meeting's or the dashboard's filters, an as-of
 * date and a "changes since" date; printable, and downloadable as PDF and Word with the same content.
 */
export default async function ImplementationReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = parseReportParams(await searchParams);
  let report: ReportScope | null = null;
  let tooLarge: string | null = null;
  try {
    report = await getReportScope(user, params);
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    tooLarge = error.message;
  }
  // The report, its files and the issued report are drawn from exactly the parameters on screen, the
  // "changes since" default included, so that what is downloaded is what was read.
  const query = reportQuery({ ...params, since: report?.since ?? params.since }).replace(/^\?/, "");
  const reportHref = (format: "html" | "pdf" | "docx") => `/api/reports/implementation?${query ? `${query}&` : ""}format=${format}`;

  return (
    <div className="space-y-4">
      <div className="space-y-3 print:hidden">
        <nav aria-label="Breadcrumb" className="text-sm">
          {params.meeting ? (
            <>
              <Link href="/meetings">Meetings</Link> <span aria-hidden="true">/</span>{" "}
              <Link href={`/meetings/${params.meeting}`}>Meeting</Link>
            </>
          ) : (
            <Link href={`/${dashboardQuery(params)}`}>Dashboard</Link>
          )}
        </nav>
        <h1 className="text-2xl font-semibold">Implementation report</h1>
        {params.notices.length ? (
          <ul role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            {params.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}
        <form
          method="get"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
          aria-label="Report parameters"
        >
          {(["meeting", "category", "party"] as const).map((key) =>
            params[key] ? <input key={key} type="hidden" name={key} value={params[key]!} /> : null,
          )}
          <label className="text-sm">
            <span className="block font-medium">As of</span>
            <input type="date" name="asOf" defaultValue={params.asOf} className="rounded-md border border-slate-300 px-2 py-1" />
          </label>
          <label className="text-sm">
            <span className="block font-medium">Changes since</span>
            <input
              type="date"
              name="since"
              defaultValue={report?.since ?? params.since ?? ""}
              aria-describedby="since-hint"
              className="rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
            Update report
          </button>
          <p id="since-hint" className="basis-full text-xs text-slate-600">
            “Changes since” lists status moves dated after that day, up to the as-of date. Left empty, it is the date of the previous issued
            report for this meeting, else the meeting&apos;s date. Review of assessments and report languages do not exist yet, so every
            recorded assessment is included and the report is in English.
          </p>
        </form>
        {report ? (
          <div className="flex flex-wrap items-start gap-3">
            <DownloadButton href={reportHref("pdf")} label="PDF" testId="download-pdf" />
            <DownloadButton href={reportHref("docx")} label="Word" testId="download-docx" />
            <PrintButton />
          </div>
        ) : null}
        {report && can(user, "report:issue") ? <IssueReportForm query={query} requestId={randomUUID()} /> : null}
      </div>
      {tooLarge ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900" data-testid="report-too-large">
          {tooLarge}
        </p>
      ) : null}
      {report?.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700" data-testid="report-empty">
          No commitment matches these filters on this date. Choose a later as-of date, or another meeting, category or party.
        </p>
      ) : null}
      {report ? <ReportDocument key={reportHref("html")} src={reportHref("html")} commitments={report.total} /> : null}
    </div>
  );
}
