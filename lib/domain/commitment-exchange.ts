import { CSV_BOM, csvRow } from "./csv";
import { decimalInputValue, type IndicatorDirectionValue } from "./indicators";
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
  "obstacles",
  "next_step",
  "target_precision",
  "target",
  "source_quote",
  "source_start",
  "source_end",
  "party_statuses",
  "milestones",
  "indicator",
] as const;
export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)[number];

/**
 * Columns an import may go without (files exported before they existed): a file without one leaves
 * what it holds as it is. (`obstacles` and `next_step` are those of the current status's update: a
 * file without them that changes the status records an update with none.)
 */
export const OPTIONAL_IMPORT_COLUMNS: readonly CommitmentColumn[] = ["obstacles", "next_step", "party_statuses", "milestones", "indicator"];

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

/** A code-unit comparison: the same in every database and locale (a collation would not be). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A milestone as stored, in the export's terms: its due date as the stated period's last day
 * (YYYY-MM-DD, null for "upcoming" and "none"), its responsible party by name. No id: an export
 * imports into any database, where a milestone is found by its title within its commitment.
 */
export type MilestoneData = {
  title: string;
  due_precision: TargetPrecisionValue;
  due_date: string | null;
  done_on: string | null;
  evidence_url: string | null;
  responsible_party: string | null;
};

/**
 * A milestone in the `milestones` column (a JSON array): its due date as the precision and the typed
 * value (`2027-Q2`), exactly as the commitment's own `target_precision` and `target` columns are.
 */
export type MilestoneRecord = {
  title: string;
  due_precision: TargetPrecisionValue;
  due: string | null;
  done_on: string | null;
  evidence_url: string | null;
  responsible_party: string | null;
};

/** The records in the export's order (soonest due first, those without a date last, then by title) and key order. */
export function milestoneRecords(milestones: MilestoneData[]): MilestoneRecord[] {
  const key = (m: MilestoneData) => [
    m.due_date ?? "\uffff",
    m.title,
    m.due_precision,
    m.done_on ?? "",
    m.evidence_url ?? "",
    m.responsible_party ?? "",
  ];
  return [...milestones]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return byText(ka[i], kb[i]);
      return 0;
    })
    .map((m) => ({
      title: m.title,
      due_precision: m.due_precision,
      due: targetInputValue(m.due_precision, m.due_date ? new Date(`${m.due_date}T00:00:00Z`) : null) || null,
      done_on: m.done_on,
      evidence_url: m.evidence_url,
      responsible_party: m.responsible_party,
    }));
}

/** The cell: empty when the commitment has no milestones, otherwise the JSON array. */
export function milestonesCell(milestones: MilestoneData[]): string {
  return milestones.length ? JSON.stringify(milestoneRecords(milestones)) : "";
}

/** One measured value of the indicator; the value is decimal text ("5.6"), exact, never a float. */
export type MeasurementRecord = { value: string; measured_on: string; source_url: string | null; note: string | null };

/**
 * A commitment's measurable target in the `indicator` column (a JSON object), with its measurements in
 * the order they were measured, then recorded. Values are decimal text, so that what the database keeps
 * exactly (NUMERIC(20,6)) travels exactly.
 */
export type IndicatorRecord = {
  name: string;
  unit: string;
  direction: IndicatorDirectionValue;
  baseline_value: string;
  baseline_on: string;
  target_value: string;
  target_on: string;
  measurements: MeasurementRecord[];
};

/**
 * The record in the export's key order, with every decimal in its canonical text ("5.600000" → "5.6",
 * "05.60" → "5.6"), so that the same indicator always gives the same text. Measurements are kept in
 * their recorded order within a day (the sort is stable).
 */
export function indicatorRecord(indicator: IndicatorRecord | null): IndicatorRecord | null {
  if (!indicator) return null;
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline_value: decimalInputValue(indicator.baseline_value),
    baseline_on: indicator.baseline_on,
    target_value: decimalInputValue(indicator.target_value),
    target_on: indicator.target_on,
    measurements: [...indicator.measurements]
      .sort((a, b) => byText(a.measured_on, b.measured_on))
      .map((m) => ({ value: decimalInputValue(m.value), measured_on: m.measured_on, source_url: m.source_url, note: m.note })),
  };
}

/** The cell: empty when the commitment has no indicator, otherwise the JSON object. */
export function indicatorCell(indicator: IndicatorRecord | null): string {
  return indicator ? JSON.stringify(indicatorRecord(indicator)) : "";
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
  /** The obstacles and next step of the update that set the current status (its latest). */
  obstacles: string | null;
  nextStep: string | null;
  targetPrecision: TargetPrecisionValue;
  targetDate: Date | null;
  sourceQuote: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  partyStatuses: PartyStatusRecord[];
  milestones: MilestoneData[];
  indicator: IndicatorRecord | null;
};

export function commitmentRecord(
  row: CommitmentExportRow,
): Record<CommitmentColumn, string | number | string[] | PartyStatusRecord[] | MilestoneRecord[] | IndicatorRecord | null> {
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
    obstacles: row.obstacles,
    next_step: row.nextStep,
    target_precision: row.targetPrecision,
    target: targetInputValue(row.targetPrecision, row.targetDate) || null,
    source_quote: row.sourceQuote,
    source_start: row.sourceStart,
    source_end: row.sourceEnd,
    party_statuses: partyStatusRecords(row.partyStatuses),
    milestones: milestoneRecords(row.milestones),
    indicator: indicatorRecord(row.indicator),
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
          : c === "milestones"
            ? milestonesCell(row.milestones)
            : c === "indicator"
              ? indicatorCell(row.indicator)
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
  obstacles: "The office's premises are not chosen yet.",
  next_step: "Visit the two offered buildings in Almaty.",
  target_precision: "QUARTER",
  target: "2027-Q2",
  source_quote: "The sides agreed to open a joint trade office in Almaty.",
  source_start: "",
  source_end: "",
  party_statuses: partyStatusesCell([
    { party: "Türkiye", status: "IN_PROGRESS", progress: 20, effective_on: "2026-03-01", responsible_body: "Ministry of Trade of Türkiye" },
  ]),
  milestones: milestonesCell([
    {
      title: "Sign the office's lease",
      due_precision: "QUARTER",
      due_date: "2026-12-31",
      done_on: null,
      evidence_url: null,
      responsible_party: "Kazakhstan",
    },
  ]),
  indicator: indicatorCell({
    name: "Exporters helped by the office",
    unit: "companies",
    direction: "INCREASE",
    baseline_value: "0",
    baseline_on: "2026-01-15",
    target_value: "150",
    target_on: "2027-06-30",
    measurements: [{ value: "12", measured_on: "2026-03-01", source_url: null, note: null }],
  }),
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
  "obstacles",
  "next_step",
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
  obstacles: string | null;
  nextStep: string | null;
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
    obstacles: row.obstacles,
    next_step: row.nextStep,
    evidence_urls: row.evidenceUrls,
    author_email: row.authorEmail,
  };
}

export function historyCsvRow(row: HistoryExportRow): string {
  const record = historyRecord(row);
  return csvRow(HISTORY_COLUMNS.map((c) => (c === "evidence_urls" ? record.evidence_urls.join(" ") : record[c])));
}
