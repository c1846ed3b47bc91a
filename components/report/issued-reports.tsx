import type { IssuedReportSummary } from "@/lib/data/issued-reports";
import { formatDay } from "@/lib/domain/target-date";

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-GB")} KB`;

/** A meeting's issued reports: what was told to whom and when, each file with its SHA-256. */
export function IssuedReports({ reports }: { reports: IssuedReportSummary[] }) {
  return (
    <section aria-labelledby="issued-reports-heading" className="space-y-2" data-testid="issued-reports">
      <h2 id="issued-reports-heading" className="text-lg font-semibold">
        Issued reports ({reports.length})
      </h2>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-700">
          None yet. Open the implementation report and issue it to keep its files exactly as they were sent.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {reports.map((report) => (
            <li key={report.id} className="space-y-1 p-3 text-sm" data-testid="issued-report">
              <p>
                <span className="font-medium">
                  As of {formatDay(report.asOf)}, changes since {formatDay(report.since)}
                </span>{" "}
                · {report.commitmentCount} commitments · issued by {report.issuedBy} on{" "}
                {report.issuedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </p>
              <p className="flex flex-wrap gap-x-4">
                <a href={`/api/reports/issued/${report.id}?format=pdf`} data-testid="issued-report-pdf">
                  PDF ({kilobytes(report.pdfBytes)})
                </a>
                <a href={`/api/reports/issued/${report.id}?format=docx`} data-testid="issued-report-docx">
                  Word ({kilobytes(report.docxBytes)})
                </a>
              </p>
              <p className="break-all font-mono text-xs text-slate-600">
                SHA-256 PDF {report.pdfSha256}
                <br />
                SHA-256 Word {report.docxSha256}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
