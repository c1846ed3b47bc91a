// `npm run bench:report`: the implementation report of a synthetic 1,000 commitments with 10,000 status
// updates, rendered as Word and as PDF through renderReportFile (the child process the server spawns),
// timed from the spawn to the last byte, with the child's peak resident memory. Writes
// docs/benchmarks-report.json. Not a test: nothing asserts.
//
// BENCH_REPORT_COMMITMENTS=1000    commitments, in ten categories
// BENCH_REPORT_HISTORY=10          status updates per commitment
// BENCH_REPORT_FORMATS=docx,pdf    the formats, in this order
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { renderReportFile, type ReportFormat, type ReportUsage } from "@/lib/report/render-file";
import { syntheticReport } from "@/lib/report/report-fixtures";

const COMMITMENTS = Number(process.env.BENCH_REPORT_COMMITMENTS) || 1000;
const HISTORY = Number(process.env.BENCH_REPORT_HISTORY) || 10;
const FORMATS = (process.env.BENCH_REPORT_FORMATS ?? "docx,pdf").split(",") as ReportFormat[];
const TARGET_SECONDS: Record<ReportFormat, number> = { pdf: 10, docx: 5 };
// Far beyond the server's limit, so that the benchmark measures however long it takes.
const TIMEOUT_MS = 30 * 60_000;
const log = (line: string) => console.log(`[bench:report] ${line}`);

/** Pages of a PDF, counted from its page objects (PDFKit compresses page contents, not the page dictionaries). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

const report = syntheticReport(COMMITMENTS, HISTORY);
log(
  `${COMMITMENTS} commitments, ${COMMITMENTS * HISTORY} status updates; request ${(JSON.stringify(report).length / 1e6).toFixed(1)} MB of JSON`,
);
const results: Record<string, unknown>[] = [];
for (const format of FORMATS) {
  let usage: ReportUsage | undefined;
  const started = performance.now();
  const file = await renderReportFile(format, report, { timeoutMs: TIMEOUT_MS, onUsage: (u) => (usage = u) });
  const seconds = (performance.now() - started) / 1000;
  const result = {
    format,
    seconds: Number(seconds.toFixed(1)),
    renderSeconds: usage ? Number((usage.renderMs / 1000).toFixed(1)) : null,
    peakRssMb: usage ? Math.round(usage.peakRssKb / 1024) : null,
    fileMb: Number((file.length / 1e6).toFixed(2)),
    pages: format === "pdf" ? pdfPages(file) : null,
    targetSeconds: TARGET_SECONDS[format],
  };
  results.push(result);
  log(
    `${format}: ${result.seconds} s (rendering ${result.renderSeconds} s in the child), peak RSS ${result.peakRssMb} MB, ` +
      `${result.fileMb} MB${result.pages ? `, ${result.pages} pages` : ""}; target < ${result.targetSeconds} s ` +
      (seconds < result.targetSeconds ? "met" : "MISSED"),
  );
}

await writeFile(
  "docs/benchmarks-report.json",
  `${JSON.stringify(
    {
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.split(" ").slice(0, 2).join(" ")}, Node ${process.version}`,
      commitments: COMMITMENTS,
      statusUpdates: COMMITMENTS * HISTORY,
      results,
    },
    null,
    2,
  )}\n`,
);
