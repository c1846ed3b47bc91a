import { z } from "zod";
import { COMMITMENT_STATUSES, progressProblem } from "@/lib/domain/status";
import { latestTodayOnEarth } from "@/lib/domain/target-date";

const MAX_EVIDENCE_LINKS = 20;

export const EvidenceUrlSchema = z
  .string()
  .trim()
  .max(2000, "An evidence link is at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Evidence links must be full http:// or https:// addresses.");

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

export const StatusUpdateSchema = z
  .object({
    commitmentId: z.uuid("Unknown commitment."),
    version: z.coerce.number().int().min(1, "Reload the page: the form is missing its version."),
    status: z.enum(COMMITMENT_STATUSES, "Choose a status from the list."),
    progress: z.coerce
      .number("Progress is a number from 0 to 100.")
      .int("Progress is a whole number from 0 to 100.")
      .min(0, "Progress is a number from 0 to 100.")
      .max(100, "Progress is a number from 0 to 100."),
    effectiveOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date it took effect as YYYY-MM-DD.")
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      }, "That date does not exist.")
      .refine((value) => value <= latestTodayOnEarth(), "The date it took effect cannot be in the future."),
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
  })
  .superRefine((input, ctx) => {
    const problem = progressProblem(input.status, input.progress);
    if (problem) ctx.addIssue({ code: "custom", path: ["progress"], message: problem });
  });

export type StatusUpdateInput = z.infer<typeof StatusUpdateSchema>;
