import type { ImportIssue, ImportRow } from "@/lib/validation/commitment-import";
import type { IndicatorRecord, MeasurementRecord, MilestoneData, PartyStatusRecord } from "./commitment-exchange";
import { locateQuote } from "./source-quote";
import { isoDate } from "./target-date";

// What importing a file would do, row by row, decided from the file and what the database holds (read
// beforehand by the data layer): pure, so every rule of the plan is unit-tested without a database.

/** A commitment as stored, with what an import compares. */
export type StoredCommitment = {
  id: string;
  meetingId: string;
  meetingSlug: string;
  title: string;
  description: string | null;
  category: string;
  parties: string[];
  status: string;
  progress: number;
  statusEffectiveOn: Date;
  /** The obstacles and next step of the update that set the current status (its latest). */
  obstacles: string | null;
  nextStep: string | null;
  targetPrecision: string;
  targetDate: Date | null;
  sourceQuote: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  version: number;
  /** Each party's own state, for every party of the commitment (effective_on null: never assessed). */
  partyStates: {
    party: string;
    status: string;
    progress: number;
    effective_on: string | null;
    responsible_body: string | null;
    version: number;
  }[];
  /** The commitment's milestones, with the versions that guard their update. */
  milestones: StoredMilestone[];
  /** Its indicator with its measurements (in the order they were measured, then recorded), or null. */
  indicator: StoredIndicator | null;
};

export type StoredMilestone = MilestoneData & { id: string; version: number };
export type StoredIndicator = IndicatorRecord & { id: string; version: number };

/** A milestone the import adds (`id` null) or updates (guarded by the `version` the plan read). */
export type MilestoneChange = MilestoneData & { id: string | null; version: number | null };

/**
 * What the import does to a commitment's indicator: creates it (`version` null) or updates its fields
 * when they differ (guarded by `version`), then appends the file's measurements not already stored.
 */
export type IndicatorChange = {
  /** The stored indicator's id, or the new one's. */
  id: string;
  version: number | null;
  fieldsChanged: boolean;
  fields: Omit<IndicatorRecord, "measurements">;
  newMeasurements: MeasurementRecord[];
};

/** A party's own status the import records (an assessment), moving from what is stored. */
export type PartyStatusChange = PartyStatusRecord & { from: { status: string; progress: number }; version: number | null };

/** What the database holds that the file's rows refer to. */
export type ImportContext = {
  meetings: Map<string, { id: string; slug: string; heldOn: Date; sourceText: string | null }>;
  /** Parties by name. */
  parties: Map<string, string>;
  /** The commitments the rows name by id, or by meeting and title. */
  commitments: StoredCommitment[];
};

export type PlannedRow = ImportRow & {
  action: "create" | "update" | "unchanged";
  commitmentId: string;
  meetingId: string;
  existing: StoredCommitment | null;
  /** Whether the row records a status update: its status, progress, day, obstacles or next step differ from the current one. */
  statusChanged: boolean;
  /**
   * The current status's obstacles and next step once imported: the file's; without the columns, the
   * stored ones while the status stays, and none for an update the row records (its notes are its own).
   */
  obstacles: string | null;
  nextStep: string | null;
  partiesChanged: boolean;
  /** The parties' own statuses that differ from what is stored (all of the file's, for a new commitment). */
  partyChanges: PartyStatusChange[];
  /** The milestones the file adds or changes (a stored one the file leaves out stays as it is). */
  milestoneChanges: MilestoneChange[];
  /** Null when the indicator stays as it is. */
  indicatorChange: IndicatorChange | null;
  sourceStart: number | null;
  sourceEnd: number | null;
};

export type ImportPlan = {
  issues: ImportIssue[];
  rows: PlannedRow[];
  newMeetings: { id: string; slug: string; title: string; kind: string; heldOn: string }[];
  newParties: { id: string; name: string }[];
  /** Rows whose quote offsets were left out: their meeting has no readout to check them against. */
  offsetsDropped: number[];
  /** Rows without offsets whose quote was found in their meeting's readout: those offsets come from the readout. */
  offsetsFound: number[];
};

/** Decides what each row would do, adding a problem for every row that cannot be imported as it is. */
export function planImportRows(
  rows: ImportRow[],
  context: ImportContext,
  issues: ImportIssue[] = [],
  newId: () => string = () => crypto.randomUUID(),
): ImportPlan {
  const issue = (row: ImportRow, column: string, message: string) => issues.push({ row: row.row, line: row.line, column, message });

  // Within the file: one row per commitment.
  const seenIds = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  for (const row of rows) {
    if (row.id) {
      if (seenIds.has(row.id)) issue(row, "id", `The same id is on row ${seenIds.get(row.id)}.`);
      seenIds.set(row.id, row.row);
    }
    const key = `${row.meeting.slug}\u0000${row.title}`;
    if (seenTitles.has(key)) issue(row, "title", `Row ${seenTitles.get(key)} has the same meeting and title.`);
    seenTitles.set(key, row.row);
  }

  // Meetings: a stored one must be the same meeting; a new one must be described the same on every row.
  const newMeetings = new Map<string, ImportPlan["newMeetings"][number] & { row: number }>();
  for (const row of rows) {
    const stored = context.meetings.get(row.meeting.slug);
    if (stored) {
      if (isoDate(stored.heldOn) !== row.meeting.heldOn)
        issue(
          row,
          "meeting_held_on",
          `The meeting "${row.meeting.slug}" was held on ${isoDate(stored.heldOn)}, not ${row.meeting.heldOn}.`,
        );
      continue;
    }
    const planned = newMeetings.get(row.meeting.slug);
    if (!planned)
      newMeetings.set(row.meeting.slug, {
        id: newId(),
        slug: row.meeting.slug,
        title: row.meeting.title,
        kind: row.meeting.kind,
        heldOn: row.meeting.heldOn,
        row: row.row,
      });
    else if (planned.title !== row.meeting.title || planned.kind !== row.meeting.kind || planned.heldOn !== row.meeting.heldOn)
      issue(row, "meeting_slug", `Row ${planned.row} describes the new meeting "${row.meeting.slug}" differently (title, kind or date).`);
  }

  const names = [...new Set(rows.flatMap((r) => r.parties))];
  const newParties = names.filter((name) => !context.parties.has(name)).map((name) => ({ id: newId(), name }));

  const byId = new Map(context.commitments.map((c) => [c.id, c]));
  const byTitle = new Map(context.commitments.map((c) => [`${c.meetingSlug}\u0000${c.title}`, c]));
  const planned: PlannedRow[] = [];
  const offsetsDropped: number[] = [];
  const offsetsFound: number[] = [];
  for (const row of rows) {
    const meeting = context.meetings.get(row.meeting.slug);
    const meetingId = meeting?.id ?? newMeetings.get(row.meeting.slug)!.id;
    const titleOwner = byTitle.get(`${row.meeting.slug}\u0000${row.title}`);
    const existing = row.id ? (byId.get(row.id) ?? null) : (titleOwner ?? null);
    const commitmentId = existing?.id ?? row.id ?? newId();
    if (titleOwner && titleOwner.id !== commitmentId)
      issue(row, "title", `The meeting "${row.meeting.slug}" already has another commitment with this title.`);

    // The file's offsets say where the quote was; against a readout, `locateQuote`'s rule decides where
    // it is (and finds it when the file has no offsets). Without a readout (a meeting this import
    // creates: exports carry no readouts) nothing can check offsets, so they are left out and the
    // preview says so; the quote is placed when the readout is added (lib/data/meetings.ts).
    const span = meeting?.sourceText ? locateQuote(meeting.sourceText, row.sourceQuote, row.sourceStart ?? existing?.sourceStart) : null;
    if (!meeting?.sourceText && row.sourceStart !== null) offsetsDropped.push(row.row);
    if (span && row.sourceStart === null) offsetsFound.push(row.row);
    const [sourceStart, sourceEnd] = span ? [span.start, span.end] : [null, null];

    const rowParties = [...row.parties].sort();
    // A note the file leaves out (no column: undefined) is not a change.
    const noteChanged = (file: string | null | undefined, stored: string | null) => file !== undefined && file !== stored;
    const statusChanged =
      !!existing &&
      (existing.status !== row.status ||
        existing.progress !== row.progress ||
        isoDate(existing.statusEffectiveOn) !== row.statusEffectiveOn ||
        noteChanged(row.obstacles, existing.obstacles) ||
        noteChanged(row.nextStep, existing.nextStep));
    const keptNotes = existing && !statusChanged ? existing : { obstacles: null, nextStep: null };
    if (existing && statusChanged && row.statusEffectiveOn < isoDate(existing.statusEffectiveOn))
      issue(
        row,
        "status_effective_on",
        `The current status took effect on ${isoDate(existing.statusEffectiveOn)}; an imported status cannot take effect earlier.`,
      );
    const partiesChanged = !!existing && existing.parties.join("\u0000") !== rowParties.join("\u0000");
    const describingChanged =
      !!existing &&
      (existing.meetingId !== meetingId ||
        existing.title !== row.title ||
        existing.description !== row.description ||
        existing.category !== row.category ||
        existing.targetPrecision !== row.targetPrecision ||
        (existing.targetDate ? isoDate(existing.targetDate) : null) !== (row.targetDate ? isoDate(row.targetDate) : null) ||
        existing.sourceQuote !== row.sourceQuote ||
        existing.sourceStart !== sourceStart ||
        existing.sourceEnd !== sourceEnd);
    const partyChanges = plannedPartyChanges(row, existing, (column, message) => issue(row, column, message));
    const milestoneChanges = plannedMilestoneChanges(row, existing, (column, message) => issue(row, column, message));
    const indicatorChange = plannedIndicatorChange(row, existing, newId);
    const action = !existing
      ? "create"
      : statusChanged || partiesChanged || describingChanged || partyChanges.length || milestoneChanges.length || indicatorChange
        ? "update"
        : "unchanged";
    planned.push({
      ...row,
      parties: rowParties,
      action,
      commitmentId,
      meetingId,
      existing,
      statusChanged,
      obstacles: row.obstacles === undefined ? keptNotes.obstacles : row.obstacles,
      nextStep: row.nextStep === undefined ? keptNotes.nextStep : row.nextStep,
      partiesChanged,
      partyChanges,
      milestoneChanges,
      indicatorChange,
      sourceStart,
      sourceEnd,
    });
  }
  return {
    issues,
    rows: planned,
    newMeetings: [...newMeetings.values()].map(({ row: _row, ...m }) => m),
    newParties,
    offsetsDropped,
    offsetsFound,
  };
}

/**
 * The parties' own statuses a row records. A party's status that differs from the stored one becomes
 * an assessment (it cannot take effect before the stored one); a party the file leaves out keeps its
 * status (history is never removed), and a party with assessments cannot leave the commitment.
 */
function plannedPartyChanges(
  row: ImportRow,
  existing: StoredCommitment | null,
  issue: (column: string, message: string) => void,
): PartyStatusChange[] {
  const stored = new Map((existing?.partyStates ?? []).map((s) => [s.party, s]));
  for (const state of stored.values())
    if (state.effective_on !== null && !row.parties.includes(state.party))
      issue("parties", `${state.party} has its own assessments on this commitment, so it stays a party.`);
  const changes: PartyStatusChange[] = [];
  for (const state of row.partyStatuses ?? []) {
    const before = stored.get(state.party);
    if (
      before &&
      before.effective_on !== null &&
      before.status === state.status &&
      before.progress === state.progress &&
      before.effective_on === state.effective_on &&
      before.responsible_body === state.responsible_body
    )
      continue;
    if (before?.effective_on && state.effective_on < before.effective_on)
      issue(
        "party_statuses",
        `${state.party}'s current status took effect on ${before.effective_on}; an imported one cannot take effect earlier.`,
      );
    changes.push({
      ...state,
      from: { status: before?.status ?? "NOT_YET_ASSESSED", progress: before?.progress ?? 0 },
      version: before?.version ?? null,
    });
  }
  return changes;
}

const sameMilestone = (a: MilestoneData, b: MilestoneData) =>
  a.title === b.title &&
  a.due_precision === b.due_precision &&
  a.due_date === b.due_date &&
  a.done_on === b.done_on &&
  a.evidence_url === b.evidence_url &&
  a.responsible_party === b.responsible_party;

/**
 * The milestones a row adds or changes. A milestone is found by its title within its commitment: a new
 * title is added, a known one that differs is updated; one the file leaves out stays (an import never
 * deletes), so its responsible party stays a party of the commitment.
 */
function plannedMilestoneChanges(
  row: ImportRow,
  existing: StoredCommitment | null,
  issue: (column: string, message: string) => void,
): MilestoneChange[] {
  const stored = existing?.milestones ?? [];
  const file = row.milestones ?? [];
  const inFile = new Set(file.map((m) => m.title));
  for (const m of stored)
    if (!inFile.has(m.title) && m.responsible_party !== null && !row.parties.includes(m.responsible_party))
      issue("parties", `${m.responsible_party} is responsible for the milestone "${m.title}" of this commitment, so it stays a party.`);
  const changes: MilestoneChange[] = [];
  for (const m of file) {
    const matches = stored.filter((s) => s.title === m.title);
    if (matches.length > 1) {
      issue(
        "milestones",
        `milestones: the commitment has ${matches.length} milestones titled "${m.title}"; rename one on its page before importing.`,
      );
      continue;
    }
    const before = matches[0] ?? null;
    if (before && sameMilestone(before, m)) continue;
    changes.push({ ...m, id: before?.id ?? null, version: before?.version ?? null });
  }
  return changes;
}

const measurementKey = (m: MeasurementRecord) => JSON.stringify([m.value, m.measured_on, m.source_url, m.note]);

/**
 * What a row does to the commitment's indicator: none in the file (an empty cell, no column) changes
 * nothing; otherwise it is created, or its fields updated where they differ, and the file's
 * measurements not already stored (same value, day, source and note; as many times as the file has
 * them) are appended. Measurements are append-only: none is ever removed.
 */
function plannedIndicatorChange(row: ImportRow, existing: StoredCommitment | null, newId: () => string): IndicatorChange | null {
  if (!row.indicator) return null;
  const { measurements, ...fields } = row.indicator;
  const stored = existing?.indicator ?? null;
  const fieldsChanged =
    !stored ||
    stored.name !== fields.name ||
    stored.unit !== fields.unit ||
    stored.direction !== fields.direction ||
    stored.baseline_value !== fields.baseline_value ||
    stored.baseline_on !== fields.baseline_on ||
    stored.target_value !== fields.target_value ||
    stored.target_on !== fields.target_on;
  const unmatched = new Map<string, number>();
  for (const m of stored?.measurements ?? []) unmatched.set(measurementKey(m), (unmatched.get(measurementKey(m)) ?? 0) + 1);
  const newMeasurements = measurements.filter((m) => {
    const left = unmatched.get(measurementKey(m)) ?? 0;
    if (left) unmatched.set(measurementKey(m), left - 1);
    return !left;
  });
  if (!fieldsChanged && !newMeasurements.length) return null;
  return { id: stored?.id ?? newId(), version: stored?.version ?? null, fieldsChanged, fields, newMeasurements };
}
