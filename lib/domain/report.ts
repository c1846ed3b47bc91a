import type { CommitmentStatusValue } from "./status";

// The implementation report for the next meeting: one plain, serialisable model that the data layer
// fills (lib/data/report.ts) and every format draws — the printable web page, the PDF and the Word
// document — so that all three carry the same content. Dates are calendar days (YYYY-MM-DD) except
// generatedAt (an ISO instant). Links are absolute URLs so that they work from a file.

/** Above this many commitments the app asks for a narrower filter instead of drawing the report. */
export const REPORT_MAX_COMMITMENTS = 5000;

export type ReportStatusMove = {
  effectiveOn: string;
  from: CommitmentStatusValue | null;
  to: CommitmentStatusValue;
  progress: number;
  author: string | null;
  rationale: string;
  evidenceUrls: string[];
  obstacles: string | null;
  nextStep: string | null;
};

export type ReportParty = {
  name: string;
  /** The party's own status on the as-of date; null when it was never assessed by then. */
  status: CommitmentStatusValue | null;
};

export type ReportCommitment = {
  id: string;
  title: string;
  /** The commitment's page in the app. */
  url: string;
  meetingTitle: string;
  sourceQuote: string;
  /** The sentence in the meeting's readout. */
  sourceUrl: string;
  parties: ReportParty[];
  status: CommitmentStatusValue;
  progress: number;
  /** "By 2026", "June 2026", "12 March 2026", or null when no target was given. */
  target: string | null;
  overdue: boolean;
  /** The latest status update on or before the as-of date (null when none). */
  latest: ReportStatusMove | null;
  /** Status moves with effective dates after `since` and on or before `asOf`, oldest first. */
  changes: ReportStatusMove[];
  /** Every status update on or before the as-of date, oldest first (the annex). */
  history: ReportStatusMove[];
};

export type ReportSection = { category: string; commitments: ReportCommitment[] };

export type ReportCompliance = { party: string; n: number; fulfilled: number; partial: number; none: number; percent: number | null };

export type ImplementationReport = {
  title: string;
  /** What the report covers, in words: the meeting's title or the filters. */
  scope: string;
  asOf: string;
  since: string;
  generatedBy: string;
  generatedAt: string;
  summary: {
    total: number;
    /** Every status of the scale in its order, with its count (zeros included). */
    byStatus: { status: CommitmentStatusValue; label: string; count: number }[];
    overdue: number;
    /** Fulfilled ÷ total, in percent; null when the report has no commitments. */
    fulfilledPercent: number | null;
    /** Compliance by party (lib/domain/compliance.ts); empty when no party was assessed. */
    compliance: ReportCompliance[];
  };
  sections: ReportSection[];
};

/** The section's anchor id, shared by the formats' tables of contents. */
export function sectionAnchor(index: number): string {
  return `section-${index + 1}`;
}
