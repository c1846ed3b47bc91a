import type { ImportIssue, ImportRow } from "@/lib/validation/commitment-import";
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
};

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
    const action = !existing ? "create" : statusChanged || partiesChanged || describingChanged ? "update" : "unchanged";
    planned.push({
      ...row,
      parties: rowParties,
      action,
      commitmentId,
      meetingId,
      existing,
      statusChanged,
      partiesChanged,
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
