import type { ImportIssue, ImportRow } from "@/lib/validation/commitment-import";
import type { PartyStatusRecord } from "./commitment-exchange";
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
  statusChanged: boolean;
  partiesChanged: boolean;
  /** The parties' own statuses that differ from what is stored (all of the file's, for a new commitment). */
  partyChanges: PartyStatusChange[];
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
    const statusChanged =
      !!existing &&
      (existing.status !== row.status ||
        existing.progress !== row.progress ||
        isoDate(existing.statusEffectiveOn) !== row.statusEffectiveOn);
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
    const action = !existing
      ? "create"
      : statusChanged || partiesChanged || describingChanged || partyChanges.length
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
      partiesChanged,
      partyChanges,
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
