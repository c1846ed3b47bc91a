import { z } from "zod";
import { LINK_KINDS } from "@/lib/domain/lineage";

export const CommitmentLinkSchema = z.object({
  fromId: z.uuid("Unknown commitment."),
  toId: z.uuid("Choose the earlier commitment to link to."),
  kind: z.enum(LINK_KINDS, "Choose how the two commitments relate."),
  note: z
    .string()
    .trim()
    .max(1_000, "The note is at most 1,000 characters.")
    .optional()
    .transform((value) => value || null),
});
export type CommitmentLinkInput = z.infer<typeof CommitmentLinkSchema>;

export const CommitmentUnlinkSchema = z.object({
  linkId: z.uuid("Unknown link."),
  commitmentId: z.uuid("Unknown commitment."),
});
export type CommitmentUnlinkInput = z.infer<typeof CommitmentUnlinkSchema>;
