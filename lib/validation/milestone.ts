import { z } from "zod";
import { latestTodayOnEarth, parseTarget, TARGET_PRECISIONS, type TargetPrecisionValue } from "@/lib/domain/target-date";
import { calendarDayField } from "./fields";
import { EvidenceUrlSchema, versionField } from "./status-update";

/** An optional field: empty text is null, anything else must pass `schema`. */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(schema.nullable());
}

const MilestoneFieldsSchema = z.object({
  commitmentId: z.uuid("Unknown commitment."),
  title: z
    .string("Name the milestone.")
    .trim()
    .min(3, "Name the milestone in at least 3 characters.")
    .max(200, "The milestone's name is at most 200 characters."),
  duePrecision: z.enum(TARGET_PRECISIONS, "Choose how precise the due date is."),
  due: z.string().max(20, "Enter the due date as shown in the hint.").optional(),
  doneOn: optional(
    calendarDayField({
      format: "Enter the day it was done as YYYY-MM-DD, or leave it empty.",
      invalid: "That date does not exist.",
    }).refine((value) => value <= latestTodayOnEarth(), "The day it was done cannot be in the future."),
  ),
  evidenceUrl: optional(EvidenceUrlSchema),
  responsiblePartyId: z
    .union([z.uuid("Choose one of this commitment's parties, or none."), z.literal("")])
    .optional()
    .transform((value) => value || null),
});

/**
 * The due date as the commitment's target is read (parseTarget): the stated period's last day, none
 * for "upcoming" and "none". An issue on `due` when it does not parse.
 */
function withDueDate<T extends { duePrecision: TargetPrecisionValue; due?: string }>(input: T, ctx: z.RefinementCtx) {
  const parsed = parseTarget(input.duePrecision, input.due);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["due"], message: parsed.message.replace("the target", "the due date") });
    return z.NEVER;
  }
  const { due: _due, ...rest } = input;
  return { ...rest, dueDate: parsed.targetDate };
}

export const MilestoneCreateSchema = MilestoneFieldsSchema.transform(withDueDate);
export type MilestoneCreateInput = z.infer<typeof MilestoneCreateSchema>;

export const MilestoneEditSchema = MilestoneFieldsSchema.extend({
  id: z.uuid("Unknown milestone."),
  version: versionField,
}).transform(withDueDate);
export type MilestoneEditInput = z.infer<typeof MilestoneEditSchema>;

export const MilestoneDeleteSchema = z.object({
  id: z.uuid("Unknown milestone."),
  commitmentId: z.uuid("Unknown commitment."),
  version: versionField,
});
export type MilestoneDeleteInput = z.infer<typeof MilestoneDeleteSchema>;
