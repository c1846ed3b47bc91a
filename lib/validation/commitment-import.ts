import { z } from "zod";
import {
  COMMITMENT_COLUMNS,
  OPTIONAL_IMPORT_COLUMNS,
  type CommitmentColumn,
  type PartyStatusRecord,
} from "@/lib/domain/commitment-exchange";
import { COMMITMENT_STATUSES, progressProblem } from "@/lib/domain/status";
import { parseCsv, readCsvText, CsvSyntaxError } from "@/lib/domain/csv";
import { isoDate } from "@/lib/domain/target-date";
import { CommitmentFieldsSchema, withTargetDate } from "./commitment";
import { MeetingFieldsSchema } from "./meeting";
import { StatusFieldsSchema, statusAgreesWithProgress } from "./status-update";

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
  target_precision: "targetPrecision",
  target: "target",
  source_quote: "sourceQuote",
  source_start: "sourceStart",
  source_end: "sourceEnd",
  party_statuses: "partyStatuses",
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
    // Optional: a file exported before the column existed leaves the parties' own statuses as they are.
    partyStatuses: PartyStatusesCellSchema.optional(),
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
      targetPrecision: row.targetPrecision,
      targetDate: row.targetDate,
      sourceQuote: row.sourceQuote,
      sourceStart: row.sourceStart,
      sourceEnd: row.sourceEnd,
      /** Null when the file has no party_statuses column: nothing to change. */
      partyStatuses: (row.partyStatuses ?? null) as PartyStatusRecord[] | null,
    };
  });

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
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[issue.path[0] as ImportField] ?? "";
        // A form offers a list to pick from; a file's author needs the list spelled out.
        // Inside a JSON cell, the key too: "party_statuses: status must be one of …".
        const where = issue.path.length > 1 ? `${column}: ${String(issue.path.at(-1))}` : column;
        const message = issue.code === "invalid_value" ? `${where} must be one of: ${issue.values.join(", ")}.` : issue.message;
        issues.push({ row, line: record.line, column, message });
      }
      return;
    }
    if (!missing.length) rows.push({ ...(parsed.data as z.infer<typeof RowSchema>), row, line: record.line });
  });
  return { rows, issues, total };
}
