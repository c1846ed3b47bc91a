import { spawn } from "node:child_process";
import path from "node:path";
import type { ImplementationReport } from "@/lib/domain/report";

// Renders a report file in a child process (scripts/render-report.ts): a long PDF keeps a core busy
// for minutes and takes gigabytes, which must not stall or bloat the web server that asked for it.

export type ReportFormat = "pdf" | "docx";

/** The child's peak resident memory and rendering time, when asked for (the benchmark). */
export type ReportUsage = { peakRssKb: number; renderMs: number };

/** Starts the stderr line that carries a ReportUsage as JSON. */
export const REPORT_USAGE_PREFIX = "report-usage ";

export const REPORT_RENDER_TIMEOUT_MS = 120_000;

type RenderFileOptions = {
  timeoutMs?: number;
  /** Called with the child's usage before the promise resolves. */
  onUsage?: (usage: ReportUsage) => void;
};

/** The variables the child needs to run; the server's secrets stay with the server. */
function childEnv(reportUsage: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production", CT_REPORT_USAGE: reportUsage ? "1" : "0" };
  for (const name of ["PATH", "HOME", "TMPDIR", "LANG"]) if (process.env[name]) env[name] = process.env[name];
  return env;
}

/** The report file's bytes, rendered by `node --import tsx scripts/render-report.ts` run from the project's root. */
export function renderReportFile(format: ReportFormat, report: ImplementationReport, options: RenderFileOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? REPORT_RENDER_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    // The app runs from the project's root (scripts/start.ts, the tests); tsx reads tsconfig.json's "@/" paths there.
    // A larger young generation: rendering allocates many short-lived objects, and with the default the
    // collector took a third of a Word file's time (measured: 5.1 s → 4.5 s for 1,000 commitments).
    const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", path.join("scripts", "render-report.ts")], {
      cwd: process.cwd(),
      env: childEnv(Boolean(options.onUsage)),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    // A child that fails before reading its input closes the pipe; its exit code and stderr tell why.
    child.stdin.on("error", () => {});
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const lines = Buffer.concat(stderr).toString("utf8").trimEnd().split("\n");
      const usageLine = lines.at(-1)?.startsWith(REPORT_USAGE_PREFIX) ? lines.pop() : undefined;
      if (timedOut) return reject(new Error(`Rendering the ${format} report took longer than ${timeoutMs / 1000} s and was stopped.`));
      if (code !== 0)
        return reject(new Error(lines.join("\n").trim() || `The report renderer stopped (${signal ?? `exit code ${code}`}).`));
      if (usageLine && options.onUsage) options.onUsage(JSON.parse(usageLine.slice(REPORT_USAGE_PREFIX.length)) as ReportUsage);
      resolve(Buffer.concat(stdout));
    });
    child.stdin.end(JSON.stringify({ format, report }));
  });
}
