import { COMPLIANCE_FORMULA, formatCompliance, formatScore, scoreGroups } from "@/lib/domain/compliance";
import { sectionAnchor, type ImplementationReport, type ReportCommitment, type ReportStatusMove } from "@/lib/domain/report";
import { statusLabel } from "@/lib/domain/status";
import { formatDayText } from "@/lib/domain/target-date";

// The implementation report as a sequence of format-neutral blocks: every word, figure and the order
// they come in is decided here, once, so that the PDF (pdf.tsx) and the Word document (docx.ts) only
// say how a heading, a line of text, a table or a bar looks in their format, and cannot drift apart.

/** A stretch of text in one style; `href` makes it a link (always an absolute URL, printed as well). */
export type ReportRun = { text: string; bold?: boolean; flag?: boolean; href?: string };

/** A line of runs; long lines wrap. */
export type ReportLine = ReportRun[];

export type ReportColumn = { header: string; align: "left" | "right"; /** Share of the table's width. */ width: number };

export type ContentsEntry = { text: string; anchor: string };

export type ReportBlock =
  | { kind: "cover"; title: string; lines: string[] }
  | { kind: "contents"; title: string; entries: ContentsEntry[] }
  | { kind: "heading"; level: 1 | 2 | 3; text: string; anchor?: string; newPage?: boolean }
  /** Lines kept as one paragraph; "quote" is set off from the text, "entry" is one record of the annex. */
  | { kind: "text"; lines: ReportLine[]; style?: "quote" | "entry" }
  | { kind: "table"; columns: ReportColumn[]; rows: string[][] }
  /** A horizontal bar chart: each bar's length is `fraction` of the longest possible, its number beside it. */
  | { kind: "bars"; caption: string; bars: { label: string; value: string; fraction: number }[] };

/** The files' colours (hex, without "#"): one palette for the PDF and the Word document. */
export const REPORT_COLORS = { ink: "1F2933", muted: "52606D", rule: "CBD2D9", bar: "3E6FB0", flag: "B42318", link: "1D4ED8" } as const;

export const SUMMARY_ANCHOR = "summary";
export const ANNEX_ANCHOR = "annex";

export const REPORT_WORDS = {
  contents: "Contents",
  summary: "Summary",
  annex: "Annex: Status history",
  page: "Page",
  of: "of",
} as const;

/** "27 Nov 2026" for a calendar day; the text as given when it is not one (the model promises days). */
export function reportDay(day: string): string {
  return formatDayText(day) ?? day;
}

/** "27 Nov 2026, 14:05 UTC" for an ISO instant. */
export function reportInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${reportDay(date.toISOString().slice(0, 10))}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** "Page 3 of 12": the footer's words around the numbers each format fills in its own way. */
export function pageLabel(page: number, pages: number): string {
  return `${REPORT_WORDS.page} ${page} ${REPORT_WORDS.of} ${pages}`;
}

function percent(value: number): string {
  return `${value}%`;
}

/**
 * "12 Mar 2026: from In progress to Partially fulfilled (60%)", or only the new status for the first update.
 * In words, not with an arrow: Noto Sans has no "→" (U+2192), and a PDF would draw it with a font
 * that cannot.
 */
export function moveLine(move: ReportStatusMove): string {
  const to = statusLabel(move.to);
  const change = move.from ? `from ${statusLabel(move.from)} to ${to}` : to;
  return `${reportDay(move.effectiveOn)}: ${change} (${percent(move.progress)})`;
}

const plain = (text: string): ReportRun => ({ text });
const label = (text: string): ReportRun => ({ text: `${text}: `, bold: true });
const link = (url: string): ReportRun => ({ text: url, href: url });
const dash = (text: string | null) => (text && text.trim() ? text : "—");

/** The URLs one after the other as links, or "none". */
function linkRuns(urls: string[]): ReportRun[] {
  if (urls.length === 0) return [plain("none")];
  return urls.flatMap((url, i) => (i === 0 ? [link(url)] : [plain("; "), link(url)]));
}

function contentsEntries(report: ImplementationReport): ContentsEntry[] {
  return [
    { text: REPORT_WORDS.summary, anchor: SUMMARY_ANCHOR },
    ...report.sections.map((section, i) => ({ text: section.category, anchor: sectionAnchor(i) })),
    { text: REPORT_WORDS.annex, anchor: ANNEX_ANCHOR },
  ];
}

function summaryBlocks(report: ImplementationReport): ReportBlock[] {
  const { summary } = report;
  const share = (count: number) => (summary.total > 0 ? percent(Math.round((count / summary.total) * 100)) : "—");
  const longest = Math.max(0, ...summary.byStatus.map((s) => s.count));
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 1, text: REPORT_WORDS.summary, anchor: SUMMARY_ANCHOR, newPage: true },
    {
      kind: "text",
      lines: [
        [label("Commitments"), plain(String(summary.total))],
        [label("Overdue"), plain(String(summary.overdue))],
        [label("Fulfilled"), plain(summary.fulfilledPercent === null ? "—" : percent(Math.round(summary.fulfilledPercent)))],
      ],
    },
    { kind: "heading", level: 2, text: "Commitments by status" },
    {
      kind: "table",
      columns: [
        { header: "Status", align: "left", width: 0.5 },
        { header: "Commitments", align: "right", width: 0.25 },
        { header: "Share", align: "right", width: 0.25 },
      ],
      rows: summary.byStatus.map((s) => [s.label, String(s.count), share(s.count)]),
    },
    {
      kind: "bars",
      caption: "Figure 1. Commitments by status",
      bars: summary.byStatus.map((s) => ({ label: s.label, value: String(s.count), fraction: longest > 0 ? s.count / longest : 0 })),
    },
  ];
  if (summary.compliance.length > 0) {
    const scores = scoreGroups()
      .map((g) => `${formatScore(g.score)} ${g.labels.join(", ")}`)
      .join("; ");
    blocks.push(
      { kind: "heading", level: 2, text: "Compliance by party" },
      { kind: "text", lines: [[plain(`Each party scores ${scores}; Not yet assessed is left out. ${COMPLIANCE_FORMULA}`)]] },
      {
        kind: "table",
        columns: [
          { header: "Party", align: "left", width: 0.4 },
          { header: "n", align: "right", width: 0.1 },
          { header: "+1", align: "right", width: 0.1 },
          { header: "0", align: "right", width: 0.1 },
          { header: "−1", align: "right", width: 0.1 },
          { header: "Compliance", align: "right", width: 0.2 },
        ],
        rows: summary.compliance.map((c) => [
          c.party,
          String(c.n),
          String(c.fulfilled),
          String(c.partial),
          String(c.none),
          formatCompliance(c.percent),
        ]),
      },
    );
  }
  return blocks;
}

function commitmentBlocks(commitment: ReportCommitment, since: string): ReportBlock[] {
  const { latest } = commitment;
  const parties = commitment.parties.length
    ? commitment.parties.map((p) => `${p.name}: ${p.status ? statusLabel(p.status) : "not assessed"}`).join("; ")
    : "none named";
  const target: ReportRun[] = [plain(commitment.target ?? "No target date")];
  if (commitment.overdue) target.push(plain(" "), { text: "OVERDUE", flag: true });
  const changes: ReportLine[] = commitment.changes.length
    ? commitment.changes.map((move) => [plain(moveLine(move))])
    : [[plain("No status change in this period")]];
  return [
    { kind: "heading", level: 3, text: commitment.title },
    {
      kind: "text",
      style: "quote",
      lines: [[{ text: `“${commitment.sourceQuote}”`, href: commitment.sourceUrl }], [label("Source"), link(commitment.sourceUrl)]],
    },
    {
      kind: "text",
      lines: [
        [label("Meeting"), plain(commitment.meetingTitle)],
        [label("Parties"), plain(parties)],
        [label("Status"), plain(`${statusLabel(commitment.status)}, ${percent(commitment.progress)} progress`)],
        [label("Target"), ...target],
        latest
          ? [label(`Latest assessment (${reportDay(latest.effectiveOn)})`), plain(dash(latest.rationale))]
          : [label("Latest assessment"), plain("none yet")],
        [label("Evidence"), ...linkRuns(latest?.evidenceUrls ?? [])],
        [label(`Changes since ${reportDay(since)}`)],
        ...changes,
        [label("Obstacles"), plain(dash(latest?.obstacles ?? null))],
        [label("Next step"), plain(dash(latest?.nextStep ?? null))],
      ],
    },
  ];
}

/**
 * One record of the annex. Evidence, obstacles and a next step appear only when the update gave them:
 * the annex of a long report is most of its pages, and three empty lines per record nearly doubled it.
 */
function historyEntry(move: ReportStatusMove): ReportBlock {
  const lines: ReportLine[] = [
    [{ text: moveLine(move), bold: true }, plain(`, by ${move.author ?? "Unknown analyst"}`)],
    [label("Rationale"), plain(dash(move.rationale))],
  ];
  if (move.evidenceUrls.length) lines.push([label("Evidence"), ...linkRuns(move.evidenceUrls)]);
  if (move.obstacles?.trim()) lines.push([label("Obstacles"), plain(move.obstacles)]);
  if (move.nextStep?.trim()) lines.push([label("Next step"), plain(move.nextStep)]);
  return { kind: "text", style: "entry", lines };
}

/** The whole report, cover to annex, in the order both formats print it. */
export function reportOutline(report: ImplementationReport): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      kind: "cover",
      title: report.title,
      lines: [
        report.scope,
        `As of ${reportDay(report.asOf)}`,
        `Changes since ${reportDay(report.since)}`,
        `Generated by ${report.generatedBy} on ${reportInstant(report.generatedAt)}`,
      ],
    },
    { kind: "contents", title: REPORT_WORDS.contents, entries: contentsEntries(report) },
    ...summaryBlocks(report),
  ];
  report.sections.forEach((section, i) => {
    blocks.push({ kind: "heading", level: 1, text: section.category, anchor: sectionAnchor(i), newPage: true });
    if (section.commitments.length === 0) blocks.push({ kind: "text", lines: [[plain("No commitments in this category.")]] });
    for (const commitment of section.commitments) blocks.push(...commitmentBlocks(commitment, report.since));
  });
  blocks.push({ kind: "heading", level: 1, text: REPORT_WORDS.annex, anchor: ANNEX_ANCHOR, newPage: true });
  for (const section of report.sections) {
    if (section.commitments.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: section.category });
    for (const commitment of section.commitments) {
      blocks.push({ kind: "heading", level: 3, text: commitment.title });
      if (commitment.history.length === 0) {
        blocks.push({ kind: "text", lines: [[plain(`No status update on or before ${reportDay(report.asOf)}.`)]] });
      }
      for (const move of commitment.history) blocks.push(historyEntry(move));
    }
  }
  return blocks;
}
