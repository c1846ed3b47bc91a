import { z } from "zod";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { parseTarget, TARGET_PRECISIONS, type TargetPrecisionValue } from "@/lib/domain/target-date";

export const CommitmentFieldsSchema = z.object({
  meetingId: z.uuid("Choose the meeting the pledge was made at."),
  title: z.string().trim().min(5, "The title needs at least 5 characters.").max(200, "The title is at most 200 characters."),
  description: z
    .string()
    .trim()
    .max(5_000, "The description is at most 5,000 characters.")
    .optional()
    .transform((value) => value || null),
  category: z.enum(COMMITMENT_CATEGORIES, "Choose a category from the list."),
  partyIds: z
    .array(z.uuid("Unknown party."))
    .min(1, "Choose at least one party to the pledge.")
    .max(50, "At most 50 parties.")
    .transform((ids) => [...new Set(ids)]),
  sourceQuote: z
    .string()
    .trim()
    .min(10, "Paste the sentence of the source the pledge comes from (at least 10 characters).")
    .max(5_000, "The source sentence is at most 5,000 characters."),
  targetPrecision: z.enum(TARGET_PRECISIONS, "Choose how precise the target is."),
  target: z.string().max(20, "Enter the target as shown in the hint.").optional(),
});

/** Turns the target text into its date (an issue on `target` when it does not parse). */
export function withTargetDate<T extends { targetPrecision: TargetPrecisionValue; target?: string }>(input: T, ctx: z.RefinementCtx) {
  const parsed = parseTarget(input.targetPrecision, input.target);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["target"], message: parsed.message });
    return z.NEVER;
  }
  const { target: _target, ...rest } = input;
  return { ...rest, targetDate: parsed.targetDate };
}

export const CommitmentCreateSchema = CommitmentFieldsSchema.transform(withTargetDate);
export type CommitmentCreateInput = z.infer<typeof CommitmentCreateSchema>;

export const CommitmentEditSchema = CommitmentFieldsSchema.extend({
  id: z.uuid("Unknown commitment."),
  version: z.coerce.number().int().min(1, "Reload the page: the form is missing its version."),
}).transform(withTargetDate);
export type CommitmentEditInput = z.infer<typeof CommitmentEditSchema>;
