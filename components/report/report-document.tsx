import type { ImplementationReport } from "@/lib/domain/report";
import { reportHtml } from "@/lib/report/html";

// The implementation report on the web page: the same outline as its PDF and Word files, as HTML
// (lib/report/html.ts escapes every text). On paper the app's print styles hide the controls, start
// each part on a new page, write out every link's address and number the pages.
export function ReportDocument({ report }: { report: ImplementationReport }) {
  return (
    <div
      className="report space-y-8 rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0"
      data-testid="report-document"
    >
      <div className="space-y-8" dangerouslySetInnerHTML={{ __html: reportHtml(report) }} />
      {report.sections.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700" data-testid="report-empty">
          No commitment matches these filters on this date. Choose a later as-of date, or another meeting, category or party.
        </p>
      ) : null}
    </div>
  );
}
