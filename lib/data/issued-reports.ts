import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ImplementationReport } from "@/lib/domain/report";
import type { ReportParams } from "@/lib/validation/report-params";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { renderReportFile, type ReportFormat } from "@/lib/report/render-file";
import { getImplementationReport } from "./report";

// Issued reports: the exact PDF and Word files of a report, stored once with their parameters, who
// issued them and when, and a SHA-256 of each file (the database checks the hashes and refuses any
// UPDATE or DELETE). Downloading an issued report gives back those bytes, whatever changed since.

export type ReportFiles = { pdf: Buffer; docx: Buffer };
export type { ReportFormat };

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Both files of a report, rendered side by side (each in a child process of its own, one per core). */
export async function renderReportFiles(report: ImplementationReport): Promise<ReportFiles> {
  const [pdf, docx] = await Promise.all([renderReportFile("pdf", report), renderReportFile("docx", report)]);
  return { pdf, docx };
}

/** The parameters an issued report keeps: what is needed to say what it covered and to draw it again. */
function storedParameters(params: ReportParams, report: ImplementationReport) {
  return { meeting: params.meeting, category: params.category, party: params.party, asOf: report.asOf, since: report.since };
}

/**
 * Draws the report for the parameters, renders both files (outside any transaction: rendering takes
 * seconds) and stores them with the audit event in one transaction. A resubmitted form (same
 * clientRequestId) gets the report it already issued and writes nothing.
 */
export async function issueReport(
  actor: Actor | null,
  input: { params: ReportParams; clientRequestId: string },
  options: { baseUrl: string; render: (report: ImplementationReport) => Promise<ReportFiles> },
): Promise<{ id: string; replayed: boolean }> {
  assertCan(actor, "report:issue");
  const earlier = await db.issuedReport.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, issuedById: true } });
  if (earlier && earlier.issuedById === actor.id) return { id: earlier.id, replayed: true };

  const meeting = input.params.meeting
    ? await db.meeting.findUnique({ where: { slug: input.params.meeting }, select: { id: true } })
    : null;
  if (input.params.meeting && !meeting) throw new NotFoundError("The meeting");
  const report = await getImplementationReport(actor, input.params, { baseUrl: options.baseUrl });
  const files = await options.render(report);
  const pdfSha256 = sha256Hex(files.pdf);
  const docxSha256 = sha256Hex(files.docx);
  const commitmentCount = report.summary.total;

  const store = db.$transaction(async (tx) => {
    const row = await tx.issuedReport.create({
      data: {
        meetingId: meeting?.id ?? null,
        title: report.title,
        scope: report.scope,
        parameters: storedParameters(input.params, report),
        asOf: new Date(`${report.asOf}T00:00:00Z`),
        since: new Date(`${report.since}T00:00:00Z`),
        commitmentCount,
        issuedById: actor.id,
        pdf: new Uint8Array(files.pdf),
        pdfSha256,
        docx: new Uint8Array(files.docx),
        docxSha256,
        clientRequestId: input.clientRequestId,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "report.issue",
      entityType: "issued_report",
      entityId: row.id,
      after: { scope: report.scope, asOf: report.asOf, since: report.since, commitmentCount, pdfSha256, docxSha256 },
    });
    return row.id;
  });
  try {
    return { id: await store, replayed: false };
  } catch (error) {
    // The same form sent twice at once: the first stored it; this one is its replay.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await db.issuedReport.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true } });
      if (stored) return { id: stored.id, replayed: true };
    }
    throw error;
  }
}

export type IssuedReportSummary = {
  id: string;
  title: string;
  scope: string;
  asOf: Date;
  since: Date;
  commitmentCount: number;
  issuedAt: Date;
  issuedBy: string;
  pdfSha256: string;
  docxSha256: string;
  pdfBytes: number;
  docxBytes: number;
};

/** A meeting's issued reports, newest first, without their files. */
export async function listIssuedReports(actor: Actor | null, meetingId: string): Promise<IssuedReportSummary[]> {
  assertCan(actor, "meeting:read");
  return db.$queryRaw<IssuedReportSummary[]>`
    SELECT r.id, r.title, r.scope, r.as_of AS "asOf", r.since, r.commitment_count AS "commitmentCount", r.issued_at AS "issuedAt",
           u.name AS "issuedBy", r.pdf_sha256 AS "pdfSha256", r.docx_sha256 AS "docxSha256",
           octet_length(r.pdf) AS "pdfBytes", octet_length(r.docx) AS "docxBytes"
    FROM issued_reports r JOIN users u ON u.id = r.issued_by_id
    WHERE r.meeting_id = ${meetingId}::uuid
    ORDER BY r.issued_at DESC`;
}

/** One stored file of an issued report, exactly as it was issued. */
export async function getIssuedReportFile(
  actor: Actor | null,
  id: string,
  format: ReportFormat,
): Promise<{ bytes: Uint8Array; sha256: string; fileName: string }> {
  assertCan(actor, "commitment:read");
  const row =
    format === "pdf"
      ? await db.issuedReport.findUnique({ where: { id }, select: { pdf: true, pdfSha256: true, asOf: true, issuedAt: true } })
      : await db.issuedReport.findUnique({ where: { id }, select: { docx: true, docxSha256: true, asOf: true, issuedAt: true } });
  if (!row) throw new NotFoundError("The issued report");
  const bytes = "pdf" in row ? row.pdf : row.docx;
  const sha256 = "pdf" in row ? row.pdfSha256 : row.docxSha256;
  const issued = row.issuedAt.toISOString().slice(0, 10);
  return { bytes, sha256, fileName: `implementation-report-issued-${issued}-${id.slice(0, 8)}.${format}` };
}
