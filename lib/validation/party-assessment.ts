import { z } from "zod";
import { StatusFieldsSchema, StatusUpdateWordsSchema, statusAgreesWithProgress, versionField } from "./status-update";

/**
 * One party's assessment on one commitment: the status fields and words of a status update, the
 * party, the version of that party's state the form showed, and who delivers on that side (optional).
 */
export const PartyAssessmentSchema = StatusFieldsSchema.extend({
  commitmentId: z.uuid("Unknown commitment."),
  partyId: z.uuid("Choose a party of this commitment."),
  version: versionField,
  responsibleBody: z
    .string()
    .trim()
    .max(300, "The responsible body is at most 300 characters.")
    .optional()
    .transform((value) => value || null),
  ...StatusUpdateWordsSchema.shape,
}).superRefine(statusAgreesWithProgress);

export type PartyAssessmentInput = z.infer<typeof PartyAssessmentSchema>;
