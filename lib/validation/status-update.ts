import { z } from "zod";
import { COMMITMENT_STATUSES, progressProblem, type CommitmentStatusValue } from "@/lib/domain/status";
import { latestTodayOnEarth } from "@/lib/domain/target-date";
import { calendarDayField, httpUrlField } from "./fields";
import { fieldErrorsOf, type FieldErrors } from "./form-data";

const MAX_EVIDENCE_LINKS = 20;

export const EvidenceUrlSchema = httpUrlField("Evidence links must be full http:// or https:// addresses.");

/** One line per link; blank lines are ignored. */
const EvidenceListSchema = z
  .string()
  .max(50_000, "Too many evidence links.")
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(EvidenceUrlSchema).max(MAX_EVIDENCE_LINKS, `At most ${MAX_EVIDENCE_LINKS} evidence links per update.`));

/** What a status is: the scale, progress, and the day it took effect (shared by the form and import). */
export const StatusFieldsSchema = z.object({
  status: z.enum(COMMITMENT_STATUSES, "Choose a status from the list."),
  // Typed as text in: a form sends text, and import pipes its digits-only column into it. An empty
  // field is refused, not read as 0 (Number("") is 0).
  progress: z
    .string("Enter the progress, a number from 0 to 100.")
    .trim()
    .min(1, "Enter the progress, a number from 0 to 100.")
    .pipe(
      z.coerce
        .number<string>("Progress is a number from 0 to 100.")
        .int("Progress is a whole number from 0 to 100.")
        .min(0, "Progress is a number from 0 to 100.")
        .max(100, "Progress is a number from 0 to 100."),
    ),
  effectiveOn: calendarDayField({ format: "Enter the date it took effect as YYYY-MM-DD.", invalid: "That date does not exist." }).refine(
    (value) => value <= latestTodayOnEarth(),
    "The date it took effect cannot be in the future.",
  ),
});

/** Status and progress agree (`progressProblem`); an issue on `progress` when they do not. */
export function statusAgreesWithProgress(input: { status: CommitmentStatusValue; progress: number }, ctx: z.RefinementCtx) {
  const problem = progressProblem(input.status, input.progress);
  if (problem) ctx.addIssue({ code: "custom", path: ["progress"], message: problem });
}

/** What every status update says besides its status: why, the evidence, and the form's own id. */
export const StatusUpdateWordsSchema = z.object({
  rationale: z
    .string()
    .trim()
    .min(10, "Explain the change in at least 10 characters: what happened, and how you know.")
    .max(10_000, "The rationale is at most 10,000 characters."),
  evidenceUrls: EvidenceListSchema,
  // The form's own id (one per form shown): a resubmission after a lost answer is recognised.
  requestId: z
    .union([z.uuid("Reload the page: the form's id is damaged."), z.literal("")])
    .optional()
    .transform((value) => value || null),
});

/** The longest obstacles or next step a status update keeps (the migration's checks say the same). */
export const MAX_STATUS_NOTE_LENGTH = 4_000;

/** An optional note of a status update: trimmed; empty (or absent) is no note at all, stored as null. */
function statusNoteField(tooLong: string) {
  return z
    .string()
    .trim()
    .max(MAX_STATUS_NOTE_LENGTH, tooLong)
    .optional()
    .transform((text) => text || null);
}

/**
 * What a single commitment's status update may add to its rationale: what stands in the way, and what
 * should happen next (shared by the status form and import).
 */
export const StatusUpdateNotesSchema = z.object({
  obstacles: statusNoteField(`The obstacles are at most ${MAX_STATUS_NOTE_LENGTH.toLocaleString("en")} characters.`),
  nextStep: statusNoteField(`The next step is at most ${MAX_STATUS_NOTE_LENGTH.toLocaleString("en")} characters.`),
});

export const versionField = z.coerce.number().int().min(1, "Reload the page: the form is missing its version.");

export const StatusUpdateSchema = StatusFieldsSchema.extend({
  commitmentId: z.uuid("Unknown commitment."),
  version: versionField,
  ...StatusUpdateWordsSchema.shape,
  ...StatusUpdateNotesSchema.shape,
}).superRefine(statusAgreesWithProgress);

export type StatusUpdateInput = z.infer<typeof StatusUpdateSchema>;

export const MAX_BULK_COMMITMENTS = 100;

/** One selected commitment as the list sends it: "<id>:<version>", the version the list showed. */
const BulkItemSchema = z
  .string("Reload the page: the selection is damaged.")
  .max(100, "Reload the page: the selection is damaged.")
  .transform((value) => {
    const at = value.lastIndexOf(":");
    return { commitmentId: value.slice(0, at), version: value.slice(at + 1) };
  })
  .pipe(
    z.object({
      commitmentId: z.uuid("Reload the page: the selection is damaged."),
      version: z.coerce.number<string>().int().min(1, "Reload the page: the selection is damaged."),
    }),
  );

/** The same status update for several commitments of the list, each with the version it was shown at. */
export const BulkStatusUpdateSchema = StatusFieldsSchema.extend({
  items: z
    .array(BulkItemSchema, "Select at least one commitment.")
    .min(1, "Select at least one commitment.")
    .max(MAX_BULK_COMMITMENTS, `Select at most ${MAX_BULK_COMMITMENTS} commitments at once.`)
    .refine((items) => new Set(items.map((item) => item.commitmentId)).size === items.length, "Each commitment can be selected once."),
  ...StatusUpdateWordsSchema.shape,
}).superRefine(statusAgreesWithProgress);

export type BulkStatusUpdateInput = z.infer<typeof BulkStatusUpdateSchema>;

/**
 * The status form's own check before it sends: the server's schema (so the form shows the server's
 * messages, and the server still decides), then whether the update records the current status and
 * progress again, which the analyst is asked to confirm.
 */
export function checkStatusUpdate(
  values: Record<string, unknown>,
  current: { status: CommitmentStatusValue; progress: number },
): { outcome: "invalid"; fieldErrors: FieldErrors } | { outcome: "unchanged" | "changed" } {
  const parsed = StatusUpdateSchema.safeParse(values);
  if (!parsed.success) return { outcome: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const unchanged = parsed.data.status === current.status && parsed.data.progress === current.progress;
  return { outcome: unchanged ? "unchanged" : "changed" };
}

/** The bulk form's own check before it sends: the server's schema, so the form shows the server's messages. */
export function checkBulkStatusUpdate(values: Record<string, unknown>): FieldErrors | null {
  const parsed = BulkStatusUpdateSchema.safeParse(values);
  return parsed.success ? null : fieldErrorsOf(parsed.error);
}
