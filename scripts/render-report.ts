// Renders one implementation report file in a process of its own, so that laying out a long PDF (CPU
// and memory heavy, minutes for a thousand commitments) never blocks the web server's event loop.
// lib/report/render-file.ts spawns it; by hand, from the project's root:
//
//   node --import tsx scripts/render-report.ts < request.json > report.pdf
//
// stdin: {"format": "pdf" | "docx", "report": ImplementationReport} as JSON. stdout: the file's bytes,
// exit code 0. On failure: the message on stderr, exit code 1. With CT_REPORT_USAGE=1, a last stderr
// line reports the process's peak memory and time (REPORT_USAGE_PREFIX + JSON), for the benchmark.
import type { ImplementationReport } from "@/lib/domain/report";
import { REPORT_USAGE_PREFIX, type ReportFormat, type ReportUsage } from "@/lib/report/render-file";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseRequest(text: string): { format: ReportFormat; report: ImplementationReport } {
  let request: { format?: unknown; report?: Partial<ImplementationReport> };
  try {
    request = JSON.parse(text) as typeof request;
  } catch (error) {
    throw new Error(`The request is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (request.format !== "pdf" && request.format !== "docx") throw new Error(`Unknown report format ${JSON.stringify(request.format)}.`);
  const report = request.report;
  if (!report || typeof report.title !== "string" || !Array.isArray(report.sections) || !report.summary) {
    throw new Error("The request has no report (title, summary and sections).");
  }
  return { format: request.format, report: report as ImplementationReport };
}

async function render({ format, report }: { format: ReportFormat; report: ImplementationReport }): Promise<Buffer> {
  // Only the renderer asked for is loaded: a PDF needs none of docx, a Word file none of PDFKit.
  if (format === "pdf") return (await import("@/lib/report/pdf")).renderReportPdf(report);
  return (await import("@/lib/report/docx")).renderReportDocx(report);
}

function write(stream: NodeJS.WriteStream, data: Buffer | string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(data, (error) => (error ? reject(error) : resolve())));
}

try {
  const started = performance.now();
  const file = await render(parseRequest(await readStdin()));
  await write(process.stdout, file);
  if (process.env.CT_REPORT_USAGE === "1") {
    const usage: ReportUsage = { peakRssKb: process.resourceUsage().maxRSS, renderMs: Math.round(performance.now() - started) };
    await write(process.stderr, `${REPORT_USAGE_PREFIX}${JSON.stringify(usage)}\n`);
  }
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
