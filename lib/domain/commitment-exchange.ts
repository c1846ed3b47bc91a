import { CSV_BOM, csvRow } from "./csv";
import type { CommitmentStatusValue } from "./status";
import { isoDate, targetInputValue, type TargetPrecisionValue } from "./target-date";

// The columns of the commitments export, which the import reads back. Only what describes a
// commitment and where it stands; database bookkeeping (versions, timestamps) is left out so that an
// export imported elsewhere and exported again gives the same file.
export const COMMITMENT_COLUMNS = [
  "id",
  "meeting_slug",
  "meeting_title",
  "meeting_kind",
  "meeting_held_on",
  "title",
  "description",
  "category",
  "parties",
  "status",
  "progress",
  "status_effective_on",
  "target_precision",
  "target",
  "source_quote",
  "source_start",
  "source_end",
  "party_statuses",
] as const;
export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)[number];

/**
 * Columns an import may go without (files exported before they existed): a file without one leaves
 * what it holds as it is.
 */
export const OPTIONAL_IMPORT_COLUMNS: readonly CommitmentColumn[] = ["party_statuses"];

/**
 * Each assessed party's own status on a commitment (per-party assessments), in the `party_statuses`
 * column: a JSON array, one object per party that has been assessed, by party name. JSON because a
 * responsible body may hold any character; the keys are those of the export's other columns.
 */
export type PartyStatusRecord = {
  party: string;
  status: CommitmentStatusValue;
  progress: number;
  effective_on: string;
  responsible_body: string | null;
};

/** The records in the export's order and key order, so that the same states always give the same text. */
export function partyStatusRecords(states: PartyStatusRecord[]): PartyStatusRecord[] {
  return [...states]
    .sort((a, b) => (a.party < b.party ? -1 : a.party > b.party ? 1 : 0))
    .map((s) => ({
      party: s.party,
      status: s.status,
      progress: s.progress,
      effective_on: s.effective_on,
      responsible_body: s.responsible_body,
    }));
}

/** The cell: empty when no party was assessed on its own, otherwise the JSON array. */
export function partyStatusesCell(states: PartyStatusRecord[]): string {
  return states.length ? JSON.stringify(partyStatusRecords(states)) : "";
}

/** Parties in one cell: names joined by "; " (a name cannot contain a semicolon). */
export const PARTY_SEPARATOR = "; ";

export type CommitmentExportRow = {
  id: string;
  meetingSlug: string;
  meetingTitle: string;
  meetingKind: string;
  meetingHeldOn: Date;
  title: string;
  description: string | null;
  category: string;
  parties: string[];
  status: CommitmentStatusValue;
  progress: number;
  statusEffectiveOn: Date;
  targetPrecision: TargetPrecisionValue;
  targetDate: Date | null;
  sourceQuote: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  partyStatuses: PartyStatusRecord[];
};

export function commitmentRecord(
  row: CommitmentExportRow,
): Record<CommitmentColumn, string | number | string[] | PartyStatusRecord[] | null> {
  return {
    id: row.id,
    meeting_slug: row.meetingSlug,
    meeting_title: row.meetingTitle,
    meeting_kind: row.meetingKind,
    meeting_held_on: isoDate(row.meetingHeldOn),
    title: row.title,
    description: row.description,
    category: row.category,
    parties: [...row.parties].sort(),
    status: row.status,
    progress: row.progress,
    status_effective_on: isoDate(row.statusEffectiveOn),
    target_precision: row.targetPrecision,
    target: targetInputValue(row.targetPrecision, row.targetDate) || null,
    source_quote: row.sourceQuote,
    source_start: row.sourceStart,
    source_end: row.sourceEnd,
    party_statuses: partyStatusRecords(row.partyStatuses),
  };
}

export function commitmentCsvRow(row: CommitmentExportRow): string {
  const record = commitmentRecord(row);
  return csvRow(
    COMMITMENT_COLUMNS.map((c) =>
      c === "parties"
        ? (record.parties as string[]).join(PARTY_SEPARATOR)
        : c === "party_statuses"
          ? partyStatusesCell(row.partyStatuses)
          : (record[c] as string | number | null),
    ),
  );
}

/**
 * The example row of the import template. It describes a meeting of its own (a slug no real meeting
 * has) with parties by name, so it imports cleanly into any database: the meeting and any missing
 * party are created, and importing it again changes nothing. It leaves the offsets empty, as an
 * analyst writing a row would: they are found from the quote once the meeting has a readout.
 */
export const IMPORT_TEMPLATE_EXAMPLE: Record<CommitmentColumn, string> = {
  id: "",
  meeting_slug: "example-meeting-2026-01-15",
  meeting_title: "Example meeting (replace this row with your own)",
  meeting_kind: "Bilateral ministerial",
  meeting_held_on: "2026-01-15",
  title: "Example: open a joint trade office in Almaty",
  description: "A joint office to help exporters of both countries find partners.",
  category: "Trade & investment",
  parties: ["Kazakhstan", "Türkiye"].join(PARTY_SEPARATOR),
  status: "IN_PROGRESS",
  progress: "20",
  status_effective_on: "2026-03-01",
  target_precision: "QUARTER",
  target: "2027-Q2",
  source_quote: "The sides agreed to open a joint trade office in Almaty.",
  source_start: "",
  source_end: "",
  party_statuses: partyStatusesCell([
    { party: "Türkiye", status: "IN_PROGRESS", progress: 20, effective_on: "2026-03-01", responsible_body: "Ministry of Trade of Türkiye" },
  ]),
};

/** The import template: the export's header and one example row, written as the export writes CSV. */
export function importTemplateCsv(): string {
  return CSV_BOM + csvRow([...COMMITMENT_COLUMNS]) + csvRow(COMMITMENT_COLUMNS.map((c) => IMPORT_TEMPLATE_EXAMPLE[c]));
}

export const HISTORY_COLUMNS = [
  "status_update_id",
  "commitment_id",
  "commitment_title",
  "meeting_slug",
  "effective_on",
  "recorded_at",
  "from_status",
  "to_status",
  "from_progress",
  "progress",
  "rationale",
  "evidence_urls",
  "author_email",
] as const;

export type HistoryExportRow = {
  id: string;
  commitmentId: string;
  commitmentTitle: string;
  meetingSlug: string;
  effectiveOn: Date;
  recordedAt: Date;
  fromStatus: CommitmentStatusValue | null;
  toStatus: CommitmentStatusValue;
  fromProgress: number | null;
  progress: number;
  rationale: string;
  evidenceUrls: string[];
  authorEmail: string | null;
};

export function historyRecord(row: HistoryExportRow) {
  return {
    status_update_id: row.id,
    commitment_id: row.commitmentId,
    commitment_title: row.commitmentTitle,
    meeting_slug: row.meetingSlug,
    effective_on: isoDate(row.effectiveOn),
    recorded_at: row.recordedAt.toISOString(),
    from_status: row.fromStatus,
    to_status: row.toStatus,
    from_progress: row.fromProgress,
    progress: row.progress,
    rationale: row.rationale,
    evidence_urls: row.evidenceUrls,
    author_email: row.authorEmail,
  };
}

export function historyCsvRow(row: HistoryExportRow): string {
  const record = historyRecord(row);
  return csvRow(HISTORY_COLUMNS.map((c) => (c === "evidence_urls" ? record.evidence_urls.join(" ") : record[c])));
}
