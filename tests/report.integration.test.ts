import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getCompliance } from "@/lib/data/compliance";
import { getDashboard } from "@/lib/data/dashboard";
import { getIssuedReportFile, issueReport, listIssuedReports, renderReportFiles, sha256Hex } from "@/lib/data/issued-reports";
import { getImplementationReport, ReportTooLargeError } from "@/lib/data/report";
import { assessParty } from "@/lib/data/party-assessments";
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/domain/status";
import type { ImplementationReport } from "@/lib/domain/report";
import { PartyAssessmentSchema } from "@/lib/validation/party-assessment";
import { parseReportParams } from "@/lib/validation/report-params";
import { commitmentByTitle, databaseFingerprint, recordStatus, seedDemoActors, type Actors } from "./support/fixtures";

// The implementation report: its figures are the dashboard's, "changes since" lists exactly the moves
// of its window, and an issued report keeps its bytes whatever happens afterwards.

const BASE = "http://tracker.test";
let actors: Actors;

function move(title: string, status: CommitmentStatusValue, progress: number, effectiveOn: string, extra: Record<string, string> = {}) {
  return recordStatus(actors.analyst, title, status, progress, effectiveOn, {
    rationale: `Moved to ${status} on ${effectiveOn} for the report test.`,
    evidenceUrls: "https://example.org/evidence",
    ...extra,
  });
}

const report = (query: Record<string, string>) =>
  getImplementationReport(actors.viewer, parseReportParams(query, new Date("2026-11-27T12:00:00Z")), { baseUrl: BASE });

const allCommitments = (r: ImplementationReport) => r.sections.flatMap((s) => s.commitments);

beforeAll(async () => {
  actors = await seedDemoActors();
  // A constructed history: Maarif Schools moves three times, the Action Plan twice, and Türkiye is
  // assessed on its own on the Action Plan.
  await move("Maarif Schools", "NOT_STARTED", 0, "2026-03-01");
  await move("Maarif Schools", "IN_PROGRESS", 30, "2026-04-15", {
    obstacles: "Land allocation in Almaty is pending.",
    nextStep: "Sign the lease in May.",
  });
  await move("Maarif Schools", "PARTIALLY_FULFILLED", 60, "2026-06-01");
  await move("Action Plan", "IN_PROGRESS", 20, "2026-02-20");
  await move("Action Plan", "FULFILLED", 100, "2026-09-30");
  const plan = await commitmentByTitle("Action Plan");
  const turkiye = await db.party.findUniqueOrThrow({ where: { name: "Türkiye" } });
  await assessParty(
    actors.analyst,
    PartyAssessmentSchema.parse({
      commitmentId: plan.id,
      partyId: turkiye.id,
      version: "1",
      status: "FULFILLED",
      progress: "100",
      effectiveOn: "2026-09-30",
      rationale: "Türkiye completed its part of the Action Plan.",
      evidenceUrls: "",
      responsibleBody: "",
      requestId: randomUUID(),
    }),
  );
});

describe("the report's figures", () => {
  const views: Record<string, string>[] = [
    {},
    { meeting: "jspg-8-2026-ankara" },
    { category: "Education, science & culture" },
    { party: "Kazakhstan" },
    { meeting: "jspg-8-2026-ankara", party: "Türkiye" },
    { asOf: "2026-05-01" },
    { asOf: "2026-05-01", meeting: "jspg-8-2026-ankara" },
    { asOf: "2026-10-01", category: "Trade & investment" },
  ];
  it.each(views)("equal the dashboard's for the same filters and date (%o)", async (query) => {
    const params = parseReportParams(query, new Date("2026-11-27T12:00:00Z"));
    const [r, dashboard, compliance] = await Promise.all([
      getImplementationReport(actors.viewer, params, { baseUrl: BASE }),
      getDashboard(actors.viewer, params),
      getCompliance(actors.viewer, params),
    ]);
    expect(r.summary.total).toBe(dashboard.tracked);
    expect(Object.fromEntries(r.summary.byStatus.map((row) => [row.status, row.count]))).toEqual(dashboard.byStatus);
    expect(r.summary.overdue).toBe(dashboard.overdueCount);
    expect(r.summary.compliance).toEqual(
      compliance.byParty.map(({ party, n, fulfilled, partial, none, percent }) => ({ party, n, fulfilled, partial, none, percent })),
    );
    // Every commitment counted is in a section, once, under its own status.
    const listed = allCommitments(r);
    expect(new Set(listed.map((c) => c.id)).size).toBe(r.summary.total);
    for (const status of COMMITMENT_STATUSES) {
      expect(listed.filter((c) => c.status === status).length).toBe(dashboard.byStatus[status]);
    }
  });

  it("sees the dashboard's data before a meeting's date as empty", async () => {
    const r = await report({ asOf: "2025-01-01" });
    expect(r.summary.total).toBe(0);
    expect(r.sections).toEqual([]);
    expect(r.summary.fulfilledPercent).toBeNull();
  });
});

describe("changes since", () => {
  it("lists exactly the moves dated after `since` and on or before the as-of date", async () => {
    const r = await report({ meeting: "jspg-8-2026-ankara", since: "2026-03-01", asOf: "2026-05-31" });
    const maarif = allCommitments(r).find((c) => c.title.includes("Maarif Schools"))!;
    expect(maarif.changes.map((m) => [m.effectiveOn, m.from, m.to, m.progress])).toEqual([
      ["2026-04-15", "NOT_STARTED", "IN_PROGRESS", 30],
    ]);
    expect(maarif.status).toBe("IN_PROGRESS");
    expect(maarif.latest).toMatchObject({ obstacles: "Land allocation in Almaty is pending.", nextStep: "Sign the lease in May." });
    // The annex: everything up to the as-of date, oldest first, the June move not yet.
    expect(maarif.history.map((m) => m.effectiveOn)).toEqual([maarif.history[0].effectiveOn, "2026-03-01", "2026-04-15"]);
    const plan = allCommitments(r).find((c) => c.title.includes("Action Plan"))!;
    expect(plan.changes).toEqual([]);
    expect(plan.parties.find((p) => p.name === "Türkiye")?.status).toBeNull();
  });

  it("defaults to the meeting's date when no report was issued", async () => {
    const first = await report({ meeting: "jspg-8-2026-ankara" });
    expect(first.since).toBe("2026-02-02");
    const today = allCommitments(first).find((c) => c.title.includes("Action Plan"))!;
    expect(today.changes.map((m) => m.effectiveOn)).toEqual(["2026-02-20", "2026-09-30"]);
    expect(today.parties.find((p) => p.name === "Türkiye")?.status).toBe("FULFILLED");
    expect(today.sourceUrl).toMatch(/^http:\/\/tracker\.test\/meetings\/jspg-8-2026-ankara#source-\d+$/);
  });

  it("refuses a report larger than the limit, saying how to narrow it", async () => {
    await expect(getImplementationReport(actors.viewer, parseReportParams({}), { baseUrl: BASE, maxCommitments: 3 })).rejects.toThrow(
      ReportTooLargeError,
    );
    await expect(getImplementationReport(actors.viewer, parseReportParams({}), { baseUrl: BASE, maxCommitments: 3 })).rejects.toThrow(
      /Choose a meeting, a category or a party/,
    );
  });
});

describe("an issued report", () => {
  it("keeps its exact bytes and hashes after later status updates, and the database refuses to change or delete it", async () => {
    const params = parseReportParams({ meeting: "jspg-8-2026-ankara", since: "2026-06-01", asOf: "2026-10-01" });
    const issued = await issueReport(
      actors.analyst,
      { params, clientRequestId: randomUUID() },
      { baseUrl: BASE, render: renderReportFiles },
    );
    expect(issued.replayed).toBe(false);
    const pdf = await getIssuedReportFile(actors.viewer, issued.id, "pdf");
    const docx = await getIssuedReportFile(actors.viewer, issued.id, "docx");
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(Buffer.from(docx.bytes).subarray(0, 2).toString()).toBe("PK");
    expect(pdf.sha256).toBe(sha256Hex(pdf.bytes));
    expect(docx.sha256).toBe(sha256Hex(docx.bytes));

    const meeting = await db.meeting.findUniqueOrThrow({ where: { slug: "jspg-8-2026-ankara" } });
    const listed = await listIssuedReports(actors.viewer, meeting.id);
    expect(listed.map((r) => r.id)).toContain(issued.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "report.issue", entityId: issued.id } });
    expect(audit.actorId).toBe(actors.analyst.id);
    expect(audit.after).toMatchObject({ pdfSha256: pdf.sha256, docxSha256: docx.sha256 });

    // The next report's "changes since" starts where this one ended.
    expect((await report({ meeting: "jspg-8-2026-ankara" })).since).toBe("2026-10-01");

    await move("Maarif Schools", "FULFILLED", 100, "2026-11-20");
    const again = await getIssuedReportFile(actors.viewer, issued.id, "pdf");
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
    expect(again.sha256).toBe(pdf.sha256);
    const againDocx = await getIssuedReportFile(actors.viewer, issued.id, "docx");
    expect(Buffer.from(againDocx.bytes).equals(Buffer.from(docx.bytes))).toBe(true);

    await expect(db.$executeRaw`UPDATE issued_reports SET scope = 'rewritten' WHERE id = ${issued.id}::uuid`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`DELETE FROM issued_reports WHERE id = ${issued.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE issued_reports`).rejects.toThrow(/append-only/);
    // A hash that is not the stored bytes' hash is refused, whoever writes the row.
    await expect(
      db.$executeRaw`INSERT INTO issued_reports (title, scope, parameters, as_of, since, commitment_count, issued_by_id, pdf, pdf_sha256, docx, docx_sha256)
        VALUES ('x', 'x', '{}', '2026-11-01', '2026-10-01', 0, ${actors.analyst.id}::uuid, '\\x01', ${"0".repeat(64)}, '\\x01', ${sha256Hex(Buffer.from([1]))})`,
    ).rejects.toThrow(/pdf_sha256_check/);
  });

  it("is issued once for a resubmitted form, and never by a viewer or a signed-out caller", async () => {
    const params = parseReportParams({ meeting: "jspg-8-2026-ankara" });
    const clientRequestId = randomUUID();
    const render = renderReportFiles;
    const first = await issueReport(actors.analyst, { params, clientRequestId }, { baseUrl: BASE, render });
    const before = await databaseFingerprint();
    const replay = await issueReport(actors.analyst, { params, clientRequestId }, { baseUrl: BASE, render });
    expect(replay).toEqual({ id: first.id, replayed: true });
    await expect(issueReport(actors.viewer, { params, clientRequestId: randomUUID() }, { baseUrl: BASE, render })).rejects.toMatchObject({
      reason: "forbidden",
    });
    await expect(issueReport(null, { params, clientRequestId: randomUUID() }, { baseUrl: BASE, render })).rejects.toMatchObject({
      reason: "signed-out",
    });
    expect(await databaseFingerprint()).toEqual(before);
  });
});
