import { z } from "zod";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { COMMITMENT_COLUMNS, type CommitmentColumn } from "@/lib/domain/commitment-exchange";
import { parseCsv, readCsvText, CsvSyntaxError } from "@/lib/domain/csv";
import { COMMITMENT_STATUSES } from "@/lib/domain/status";
import { parseTarget, TARGET_PRECISIONS } from "@/lib/domain/target-date";

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export type ImportIssue = { row: number; line: number; column: string; message: string };

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date as YYYY-MM-DD.`)
    .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, `${label} is not a real date.`);
const optional = (schema: z.ZodType<string>) => z.string().transform((v, ctx) => {
  if (v === "") return null;
  const parsed = schema.safeParse(v);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  }
  return parsed.data;
});
const integer = (label: string, min: number, max: number) =>
  z.string().regex(/^\d+$/, `${label} must be a whole number.`).transform(Number).refine((n) => n >= min && n <= max, `${label} must be between ${min} and ${max}.`);

const RowSchema = z
  .object({
    id: optional(z.uuid("id must be a commitment id (a UUID) or empty for a new commitment.")),
    meeting_slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "meeting_slug must be lower-case letters, digits and hyphens (as in the meeting's address)."),
    meeting_title: z.string().trim().min(5, "meeting_title needs at least 5 characters.").max(300, "meeting_title is at most 300 characters."),
    meeting_kind: z.string().trim().min(2, "meeting_kind is required (e.g. Bilateral ministerial).").max(120, "meeting_kind is at most 120 characters."),
    meeting_held_on: day("meeting_held_on"),
    title: z.string().trim().min(5, "title needs at least 5 characters.").max(200, "title is at most 200 characters."),
    description: z.string().max(5_000, "description is at most 5,000 characters.").transform((v) => v || null),
    category: z.enum(COMMITMENT_CATEGORIES, `category must be one of: ${COMMITMENT_CATEGORIES.join(", ")}.`),
    parties: z
      .string()
      .transform((v) => [...new Set(v.split(";").map((p) => p.trim()).filter(Boolean))])
      .refine((list) => list.length >= 1, "parties needs at least one party name (separate several with \"; \").")
      .refine((list) => list.length <= 50 && list.every((p) => p.length <= 200), "parties: at most 50 names of at most 200 characters."),
    status: z.enum(COMMITMENT_STATUSES, `status must be one of: ${COMMITMENT_STATUSES.join(", ")}.`),
    progress: integer("progress", 0, 100),
    status_effective_on: day("status_effective_on"),
    target_precision: z.enum(TARGET_PRECISIONS, `target_precision must be one of: ${TARGET_PRECISIONS.join(", ")}.`),
    target: z.string(),
    source_quote: z.string().min(10, "source_quote needs at least 10 characters of the readout.").max(5_000, "source_quote is at most 5,000 characters."),
    source_start: optional(z.string().regex(/^\d+$/, "source_start must be a whole number or empty.")),
    source_end: optional(z.string().regex(/^\d+$/, "source_end must be a whole number or empty.")),
  })
  .transform((row, ctx) => {
    const target = parseTarget(row.target_precision, row.target);
    if (!target.ok) {
      ctx.addIssue({ code: "custom", path: ["target"], message: `target: ${target.message}` });
      return z.NEVER;
    }
    if ((row.source_start === null) !== (row.source_end === null)) {
      ctx.addIssue({ code: "custom", path: ["source_end"], message: "source_start and source_end go together: give both or neither." });
      return z.NEVER;
    }
    const sourceStart = row.source_start === null ? null : Number(row.source_start);
    const sourceEnd = row.source_end === null ? null : Number(row.source_end);
    if (sourceStart !== null && sourceEnd! - sourceStart !== row.source_quote.length) {
      ctx.addIssue({ code: "custom", path: ["source_end"], message: "source_end - source_start must equal the length of source_quote." });
      return z.NEVER;
    }
    if (row.status_effective_on < row.meeting_held_on) {
      ctx.addIssue({ code: "custom", path: ["status_effective_on"], message: "status_effective_on cannot be before the meeting was held." });
      return z.NEVER;
    }
    if (row.status === "NOT_YET_ASSESSED" && row.progress !== 0) {
      ctx.addIssue({ code: "custom", path: ["progress"], message: "A commitment not yet assessed has progress 0." });
      return z.NEVER;
    }
    return {
      id: row.id,
      meeting: { slug: row.meeting_slug, title: row.meeting_title, kind: row.meeting_kind, heldOn: row.meeting_held_on },
      title: row.title,
      description: row.description,
      category: row.category,
      parties: row.parties,
      status: row.status,
      progress: row.progress,
      statusEffectiveOn: row.status_effective_on,
      targetPrecision: row.target_precision,
      targetDate: target.targetDate,
      sourceQuote: row.source_quote,
      sourceStart,
      sourceEnd,
    };
  });
export type ImportRow = z.infer<typeof RowSchema> & { row: number; line: number };

/**
 * Reads an import file: the header must name the export's columns (in any order, none missing, none
 * unknown); each row is checked on its own. Rows are numbered from 1 after the header, and the
 * spreadsheet line is kept too.
 */
export function readImportFile(text: string): { rows: ImportRow[]; issues: ImportIssue[] } {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], issues: [{ row: 0, line: error.line, column: "", message: `The file is not valid CSV: ${error.message}` }] };
    throw error;
  }
  if (!records.length) return { rows: [], issues: [{ row: 0, line: 1, column: "", message: "The file is empty. Export the commitments first to get the columns." }] };
  const header = records[0].fields.map((h) => h.trim());
  const missing = COMMITMENT_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(COMMITMENT_COLUMNS as readonly string[]).includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  const headerIssues: ImportIssue[] = [
    ...missing.map((c) => ({ row: 0, line: 1, column: c, message: `The header has no "${c}" column.` })),
    ...unknown.map((c) => ({ row: 0, line: 1, column: c, message: `Unknown column "${c}"; the columns are those of the export.` })),
    ...repeated.map((c) => ({ row: 0, line: 1, column: c, message: `The column "${c}" appears twice.` })),
  ];
  if (headerIssues.length) return { rows: [], issues: headerIssues };
  if (records.length - 1 > IMPORT_MAX_ROWS)
    return { rows: [], issues: [{ row: 0, line: 1, column: "", message: `The file has ${records.length - 1} rows; import at most ${IMPORT_MAX_ROWS.toLocaleString("en")} at a time.` }] };

  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 1;
    if (record.fields.length !== header.length) {
      issues.push({ row, line: record.line, column: "", message: `Expected ${header.length} fields, found ${record.fields.length}.` });
      return;
    }
    const values = Object.fromEntries(header.map((h, i) => [h, readCsvText(record.fields[i])])) as Record<CommitmentColumn, string>;
    const parsed = RowSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ row, line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
      return;
    }
    rows.push({ ...parsed.data, row, line: record.line });
  });
  return { rows, issues };
}
