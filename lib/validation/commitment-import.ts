import { z } from "zod";
import {
  COMMITMENT_COLUMNS,
  OPTIONAL_IMPORT_COLUMNS,
  type CommitmentColumn,
  type IndicatorRecord,
  type MeasurementRecord,
  type MilestoneData,
  type PartyStatusRecord,
} from "@/lib/domain/commitment-exchange";
import { decimalInputValue } from "@/lib/domain/indicators";
import { COMMITMENT_STATUSES, progressProblem } from "@/lib/domain/status";
import { parseCsv, readCsvText, CsvSyntaxError } from "@/lib/domain/csv";
import { formatDayText, isoDate } from "@/lib/domain/target-date";
import { CommitmentFieldsSchema, withTargetDate } from "./commitment";
import { IndicatorSchema, MeasurementSchema } from "./indicator";
import { MeetingFieldsSchema } from "./meeting";
import { MilestoneCreateSchema } from "./milestone";
import { StatusFieldsSchema, StatusUpdateNotesSchema, statusAgreesWithProgress } from "./status-update";

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export type ImportIssue = { row: number; line: number; column: string; message: string };

/** The import form: the file's text, its name, and whether to preview or import. */
export const ImportRequestSchema = z.object({
  csv: z
    .string("Choose a CSV file first.")
    .refine((csv) => csv.trim().length > 0, "Choose a CSV file first.")
    .refine(
      (csv) => new TextEncoder().encode(csv).length <= IMPORT_MAX_BYTES,
      "The file is larger than 20 MB; split it into smaller files.",
    ),
  fileName: z
    .string()
    .optional()
    .transform((name) => (name || "import.csv").slice(0, 200)),
  intent: z
    .string()
    .optional()
    .transform((intent) => (intent === "import" ? "import" : "preview")),
});

// Each CSV column is checked by the rules of the form field it fills (the commitment form, the status
// form, the meeting form), picked from those forms' own schemas: a rule added to a form applies to
// import by construction. Columns are renamed to the forms' field names first; issues name the column.
const FIELD_OF_COLUMN = {
  id: "id",
  meeting_slug: "meetingSlug",
  meeting_title: "meetingTitle",
  meeting_kind: "meetingKind",
  meeting_held_on: "meetingHeldOn",
  title: "title",
  description: "description",
  category: "category",
  parties: "parties",
  status: "status",
  progress: "progress",
  status_effective_on: "effectiveOn",
  obstacles: "obstacles",
  next_step: "nextStep",
  target_precision: "targetPrecision",
  target: "target",
  source_quote: "sourceQuote",
  source_start: "sourceStart",
  source_end: "sourceEnd",
  party_statuses: "partyStatuses",
  milestones: "milestones",
  indicator: "indicator",
} as const satisfies Record<CommitmentColumn, string>;
type ImportField = (typeof FIELD_OF_COLUMN)[CommitmentColumn];
const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column])) as Record<
  ImportField,
  CommitmentColumn
>;

/** Empty cell → null; anything else must pass `schema`. */
const emptyOr = <T>(schema: z.ZodType<T, string>) => z.union([z.literal("").transform(() => null), schema]);
/** A whole number written as digits only (a form's number field also takes "", " 4 " or "4.0"; a file must not). */
const digits = (column: string) => z.string().regex(/^\d+$/, `${column} must be a whole number.`);

const PARTY_STATUSES_FORMAT =
  'party_statuses must be empty or a JSON array as the export writes it: [{"party": …, "status": …, "progress": …, "effective_on": …, "responsible_body": …}].';

/** One party's own status in the `party_statuses` cell, by the rules of the assessment form. */
const PartyStatusSchema = z.object(
  {
    party: z.string(PARTY_STATUSES_FORMAT).trim().min(1, PARTY_STATUSES_FORMAT).max(200, PARTY_STATUSES_FORMAT),
    status: z.enum(COMMITMENT_STATUSES, `party_statuses: a status must be one of: ${COMMITMENT_STATUSES.join(", ")}.`),
    progress: z.number(PARTY_STATUSES_FORMAT).int("party_statuses: progress is a whole number from 0 to 100.").min(0).max(100),
    effective_on: StatusFieldsSchema.shape.effectiveOn,
    responsible_body: z.string(PARTY_STATUSES_FORMAT).max(300, "party_statuses: a responsible body is at most 300 characters.").nullable(),
  },
  PARTY_STATUSES_FORMAT,
);

const PartyStatusesCellSchema = z
  .string()
  .transform((text, ctx) => {
    if (!text.trim()) return [];
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: PARTY_STATUSES_FORMAT });
      return z.NEVER;
    }
  })
  .pipe(z.array(PartyStatusSchema, PARTY_STATUSES_FORMAT).max(50, "party_statuses: at most 50 parties."));

/** A JSON cell: an empty cell is `empty`, anything else must be JSON (`format` says how it should look). */
function jsonCell<T>(format: string, empty: T) {
  return z.string().transform((text, ctx) => {
    if (!text.trim()) return empty as unknown;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: format });
      return z.NEVER;
    }
  });
}

// The milestones and the indicator are checked by their forms' own schemas (lib/validation/milestone.ts,
// lib/validation/indicator.ts), run whole on each item with a stand-in for the ids the forms carry: a
// rule added to those forms applies to import by construction. Their issues name the cell's keys.
const STAND_IN_ID = "00000000-0000-4000-8000-000000000000";

/** Issues of a form's schema, re-addressed to the cell's key and prefixed with where in the cell they are. */
function addFormIssues(ctx: z.RefinementCtx, issues: z.core.$ZodIssue[], keyOf: Record<string, string>, where: string) {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    const key = keyOf[field] ?? field;
    const message = issue.code === "invalid_value" ? `${key} must be one of: ${issue.values.join(", ")}.` : issue.message;
    ctx.addIssue({ code: "custom", path: [key], message: `${where}: ${message}` });
  }
}

const MILESTONES_FORMAT =
  'milestones must be empty or a JSON array as the export writes it: [{"title": …, "due_precision": …, "due": …, "done_on": …, "evidence_url": …, "responsible_party": …}].';
const MILESTONE_KEY_OF_FIELD = {
  title: "title",
  duePrecision: "due_precision",
  due: "due",
  doneOn: "done_on",
  evidenceUrl: "evidence_url",
};

const MilestoneJsonSchema = z.object(
  {
    title: z.string(MILESTONES_FORMAT),
    due_precision: z.string(MILESTONES_FORMAT),
    due: z.string(MILESTONES_FORMAT).nullable(),
    done_on: z.string(MILESTONES_FORMAT).nullable(),
    evidence_url: z.string(MILESTONES_FORMAT).nullable(),
    responsible_party: z.string(MILESTONES_FORMAT).nullable(),
  },
  MILESTONES_FORMAT,
);

/** The `milestones` cell: each milestone by the milestone form's rules (its due date read as the form reads it). */
const MilestonesCellSchema = jsonCell(MILESTONES_FORMAT, [])
  .pipe(z.array(MilestoneJsonSchema, MILESTONES_FORMAT).max(200, "milestones: at most 200 milestones."))
  .transform((items, ctx): MilestoneData[] => {
    const milestones: MilestoneData[] = [];
    items.forEach((m, i) => {
      const parsed = MilestoneCreateSchema.safeParse({
        commitmentId: STAND_IN_ID,
        title: m.title,
        duePrecision: m.due_precision,
        due: m.due ?? "",
        doneOn: m.done_on ?? "",
        evidenceUrl: m.evidence_url ?? "",
        responsiblePartyId: "",
      });
      if (!parsed.success) return addFormIssues(ctx, parsed.error.issues, MILESTONE_KEY_OF_FIELD, `milestones, item ${i + 1}`);
      milestones.push({
        title: parsed.data.title,
        due_precision: parsed.data.duePrecision,
        due_date: parsed.data.dueDate && isoDate(parsed.data.dueDate),
        done_on: parsed.data.doneOn,
        evidence_url: parsed.data.evidenceUrl,
        responsible_party: m.responsible_party?.trim() || null,
      });
    });
    return milestones.length === items.length ? milestones : z.NEVER;
  });

const INDICATOR_FORMAT =
  'indicator must be empty or a JSON object as the export writes it: {"name": …, "unit": …, "direction": …, "baseline_value": "5.6", "baseline_on": …, "target_value": …, "target_on": …, "measurements": [{"value": …, "measured_on": …, "source_url": …, "note": …}]}.';
/** A decimal as text ("5.6", exact); a JSON number is read as its text. */
const decimalJson = z.union([z.string(), z.number()], INDICATOR_FORMAT).transform(String);

const IndicatorJsonSchema = z.object(
  {
    name: z.string(INDICATOR_FORMAT),
    unit: z.string(INDICATOR_FORMAT),
    direction: z.string(INDICATOR_FORMAT),
    baseline_value: decimalJson,
    baseline_on: z.string(INDICATOR_FORMAT),
    target_value: decimalJson,
    target_on: z.string(INDICATOR_FORMAT),
    measurements: z
      .array(
        z.object(
          {
            value: decimalJson,
            measured_on: z.string(INDICATOR_FORMAT),
            source_url: z.string(INDICATOR_FORMAT).nullable(),
            note: z.string(INDICATOR_FORMAT).nullable(),
          },
          INDICATOR_FORMAT,
        ),
        INDICATOR_FORMAT,
      )
      .max(1_000, "indicator: at most 1,000 measurements."),
  },
  INDICATOR_FORMAT,
);
const INDICATOR_KEY_OF_FIELD = {
  name: "name",
  unit: "unit",
  direction: "direction",
  baselineValue: "baseline_value",
  baselineOn: "baseline_on",
  targetValue: "target_value",
  targetOn: "target_on",
};
const MEASUREMENT_KEY_OF_FIELD = { value: "value", measuredOn: "measured_on", sourceUrl: "source_url", note: "note" };

/**
 * The `indicator` cell: the indicator by the indicator form's rules, each measurement by the measurement
 * form's (and not dated before the baseline, as adding one refuses). Decimals in their canonical text.
 */
const IndicatorCellSchema = jsonCell(INDICATOR_FORMAT, null)
  .pipe(IndicatorJsonSchema.nullable())
  .transform((cell, ctx): IndicatorRecord | null => {
    if (!cell) return null;
    let valid = true;
    const indicator = IndicatorSchema.safeParse({
      commitmentId: STAND_IN_ID,
      version: "",
      name: cell.name,
      unit: cell.unit,
      direction: cell.direction,
      baselineValue: cell.baseline_value,
      baselineOn: cell.baseline_on,
      targetValue: cell.target_value,
      targetOn: cell.target_on,
    });
    if (!indicator.success) {
      addFormIssues(ctx, indicator.error.issues, INDICATOR_KEY_OF_FIELD, "indicator");
      valid = false;
    }
    const measurements: MeasurementRecord[] = [];
    cell.measurements.forEach((m, i) => {
      const where = `indicator, measurement ${i + 1}`;
      const parsed = MeasurementSchema.safeParse({
        indicatorId: STAND_IN_ID,
        value: m.value,
        measuredOn: m.measured_on,
        sourceUrl: m.source_url ?? "",
        note: m.note ?? "",
      });
      if (!parsed.success) {
        addFormIssues(ctx, parsed.error.issues, MEASUREMENT_KEY_OF_FIELD, where);
        valid = false;
      } else if (indicator.success && parsed.data.measuredOn < indicator.data.baselineOn) {
        ctx.addIssue({
          code: "custom",
          path: ["measured_on"],
          message: `${where}: the baseline is dated ${formatDayText(indicator.data.baselineOn)}; a measurement cannot be dated earlier.`,
        });
        valid = false;
      } else {
        measurements.push({
          value: decimalInputValue(parsed.data.value),
          measured_on: parsed.data.measuredOn,
          source_url: parsed.data.sourceUrl,
          note: parsed.data.note,
        });
      }
    });
    if (!valid || !indicator.success) return z.NEVER;
    const { name, unit, direction, baselineValue, baselineOn, targetValue, targetOn } = indicator.data;
    return {
      name,
      unit,
      direction,
      baseline_value: decimalInputValue(baselineValue),
      baseline_on: baselineOn,
      target_value: decimalInputValue(targetValue),
      target_on: targetOn,
      measurements,
    };
  });

// Each column's own rules: what a value must be, read alone.
const RowFieldsSchema = CommitmentFieldsSchema.pick({
  title: true,
  description: true,
  category: true,
  sourceQuote: true,
  targetPrecision: true,
  target: true,
})
  .extend(StatusFieldsSchema.pick({ status: true, effectiveOn: true }).shape)
  .extend({
    progress: digits("progress").pipe(StatusFieldsSchema.shape.progress),
    id: emptyOr(z.uuid("id must be a commitment id (a UUID) or empty for a new commitment.")),
    meetingSlug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "meeting_slug must be lower-case letters, digits and hyphens (as in the meeting's address)."),
    meetingTitle: MeetingFieldsSchema.shape.title,
    meetingKind: MeetingFieldsSchema.shape.kind,
    meetingHeldOn: MeetingFieldsSchema.shape.heldOn,
    parties: z
      .string()
      .transform((v) => [
        ...new Set(
          v
            .split(";")
            .map((p) => p.trim())
            .filter(Boolean),
        ),
      ])
      .refine((list) => list.length >= 1, 'parties needs at least one party name (separate several with "; ").')
      .refine((list) => list.length <= 50 && list.every((p) => p.length <= 200), "parties: at most 50 names of at most 200 characters."),
    sourceStart: emptyOr(digits("source_start").transform(Number)),
    sourceEnd: emptyOr(digits("source_end").transform(Number)),
    // Absent (undefined) in a file exported before the columns existed; an empty cell is no note (null).
    obstacles: StatusUpdateNotesSchema.shape.obstacles.optional(),
    nextStep: StatusUpdateNotesSchema.shape.nextStep.optional(),
    // Optional: a file exported before the column existed leaves the parties' own statuses as they are.
    partyStatuses: PartyStatusesCellSchema.optional(),
    // Optional too: a file without them leaves the commitment's milestones and indicator alone.
    milestones: MilestonesCellSchema.optional(),
    indicator: IndicatorCellSchema.optional(),
  });
// With columns missing, the values that are there are still checked, each by its column's rules; the
// rules between columns wait for a complete header (and the missing column is one header problem).
const PresentValuesSchema = RowFieldsSchema.partial();

const RowSchema = RowFieldsSchema.superRefine(statusAgreesWithProgress)
  .transform(withTargetDate)
  .transform((row, ctx) => {
    if ((row.sourceStart === null) !== (row.sourceEnd === null)) {
      ctx.addIssue({ code: "custom", path: ["sourceEnd"], message: "source_start and source_end go together: give both or neither." });
      return z.NEVER;
    }
    if (row.sourceStart !== null && row.sourceEnd! - row.sourceStart !== row.sourceQuote.length) {
      ctx.addIssue({ code: "custom", path: ["sourceEnd"], message: "source_end - source_start must equal the length of source_quote." });
      return z.NEVER;
    }
    const heldOn = isoDate(row.meetingHeldOn);
    if (row.effectiveOn < heldOn) {
      ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: "status_effective_on cannot be before the meeting was held." });
      return z.NEVER;
    }
    const partyProblem = row.partyStatuses && partyStatusesProblem(row.partyStatuses, row.parties, heldOn);
    if (partyProblem) {
      ctx.addIssue({ code: "custom", path: ["partyStatuses"], message: partyProblem });
      return z.NEVER;
    }
    const milestoneProblem = row.milestones && milestonesProblem(row.milestones, row.parties, heldOn);
    if (milestoneProblem) {
      ctx.addIssue({ code: "custom", path: ["milestones"], message: milestoneProblem });
      return z.NEVER;
    }
    return {
      id: row.id,
      meeting: { slug: row.meetingSlug, title: row.meetingTitle, kind: row.meetingKind, heldOn },
      title: row.title,
      description: row.description,
      category: row.category,
      parties: row.parties,
      status: row.status,
      progress: row.progress,
      statusEffectiveOn: row.effectiveOn,
      /** The new status's notes; undefined when the file has no such column (lib/domain/import-plan.ts decides). */
      obstacles: row.obstacles,
      nextStep: row.nextStep,
      targetPrecision: row.targetPrecision,
      targetDate: row.targetDate,
      sourceQuote: row.sourceQuote,
      sourceStart: row.sourceStart,
      sourceEnd: row.sourceEnd,
      /** Null when the file has no party_statuses column: nothing to change. */
      partyStatuses: (row.partyStatuses ?? null) as PartyStatusRecord[] | null,
      /** Null when the file has no milestones column: nothing to change. A stored milestone the cell leaves out stays. */
      milestones: row.milestones ?? null,
      /** Null when the file has no indicator column or an empty cell: nothing to change (an import never removes one). */
      indicator: row.indicator ?? null,
    };
  });

/** What is wrong between the milestones cell and the row's other columns, or null. */
function milestonesProblem(milestones: MilestoneData[], parties: string[], heldOn: string): string | null {
  const seen = new Set<string>();
  for (const m of milestones) {
    if (seen.has(m.title)) return `milestones: "${m.title}" appears more than once; an import finds a milestone by its title.`;
    seen.add(m.title);
    if (m.responsible_party !== null && !parties.includes(m.responsible_party))
      return `milestones: "${m.title}": ${m.responsible_party} is not among this row's parties; only one of them can be responsible.`;
    if (m.done_on !== null && m.done_on < heldOn) return `milestones: "${m.title}" cannot be done before the meeting was held (${heldOn}).`;
  }
  return null;
}

/** What is wrong between the party_statuses cell and the row's other columns, or null. */
function partyStatusesProblem(states: PartyStatusRecord[], parties: string[], heldOn: string): string | null {
  const seen = new Set<string>();
  for (const state of states) {
    if (!parties.includes(state.party)) return `party_statuses: ${state.party} is not among this row's parties.`;
    if (seen.has(state.party)) return `party_statuses: ${state.party} appears more than once.`;
    seen.add(state.party);
    if (state.effective_on < heldOn) return `party_statuses: ${state.party}'s status cannot take effect before the meeting was held.`;
    const problem = progressProblem(state.status, state.progress);
    if (problem) return `party_statuses: ${state.party}: ${problem}`;
  }
  return null;
}
export type ImportRow = z.infer<typeof RowSchema> & { row: number; line: number };

/**
 * Reads an import file: the header must name the export's columns (in any order, none missing, none
 * unknown, none twice); each row is checked on its own. A header problem does not stop the rows being
 * checked: an unknown column is ignored, a repeated one is read from its first occurrence, and with
 * columns missing every value that is there is still checked. Rows are numbered from 1 after the
 * header, and the spreadsheet line is kept too. `rows` holds the rows that can be imported as they
 * are (none while columns are missing); `total` counts every row of the file.
 */
export function readImportFile(text: string): { rows: ImportRow[]; issues: ImportIssue[]; total: number } {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return {
        rows: [],
        total: 0,
        issues: [{ row: 0, line: error.line, column: "", message: `The file is not valid CSV: ${error.message}` }],
      };
    throw error;
  }
  if (!records.length)
    return {
      rows: [],
      total: 0,
      issues: [{ row: 0, line: 1, column: "", message: "The file is empty. Export the commitments first to get the columns." }],
    };
  const header = records[0].fields.map((h) => h.trim());
  const total = records.length - 1;
  const isColumn = (h: string): h is CommitmentColumn => (COMMITMENT_COLUMNS as readonly string[]).includes(h);
  const missing = COMMITMENT_COLUMNS.filter((c) => !header.includes(c) && !OPTIONAL_IMPORT_COLUMNS.includes(c));
  const unknown = [...new Set(header.filter((h) => !isColumn(h)))];
  const repeated = [...new Set(header.filter((h, i) => isColumn(h) && header.indexOf(h) !== i))];
  const issues: ImportIssue[] = [
    ...missing.map((c) => ({ row: 0, line: 1, column: c, message: `The header has no "${c}" column.` })),
    ...unknown.map((c) => ({ row: 0, line: 1, column: c, message: `Unknown column "${c}"; the columns are those of the export.` })),
    ...repeated.map((c) => ({ row: 0, line: 1, column: c, message: `The column "${c}" appears more than once; only the first is read.` })),
  ];
  if (total > IMPORT_MAX_ROWS)
    return {
      rows: [],
      total,
      issues: [
        ...issues,
        {
          row: 0,
          line: 1,
          column: "",
          message: `The file has ${total} rows; import at most ${IMPORT_MAX_ROWS.toLocaleString("en")} at a time.`,
        },
      ],
    };

  // Where each known column is read from: its first occurrence.
  const read = COMMITMENT_COLUMNS.flatMap((c) => (header.includes(c) ? [[FIELD_OF_COLUMN[c], header.indexOf(c)] as const] : []));
  const schema = missing.length ? PresentValuesSchema : RowSchema;
  const rows: ImportRow[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 1;
    if (record.fields.length !== header.length) {
      issues.push({ row, line: record.line, column: "", message: `Expected ${header.length} fields, found ${record.fields.length}.` });
      return;
    }
    const values = Object.fromEntries(read.map(([field, at]) => [field, readCsvText(record.fields[at])]));
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const said = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[issue.path[0] as ImportField] ?? "";
        // A form offers a list to pick from; a file's author needs the list spelled out.
        // Inside a JSON cell, the key too: "party_statuses: status must be one of …".
        const where = issue.path.length > 1 ? `${column}: ${String(issue.path.at(-1))}` : column;
        const message = issue.code === "invalid_value" ? `${where} must be one of: ${issue.values.join(", ")}.` : issue.message;
        // A JSON cell's format message once, not once per key it lacks.
        if (said.has(`${column}\u0000${message}`)) continue;
        said.add(`${column}\u0000${message}`);
        issues.push({ row, line: record.line, column, message });
      }
      return;
    }
    if (!missing.length) rows.push({ ...(parsed.data as z.infer<typeof RowSchema>), row, line: record.line });
  });
  return { rows, issues, total };
}
