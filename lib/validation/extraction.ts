import { z } from "zod";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { parseTarget, TARGET_PRECISIONS } from "@/lib/domain/target-date";

const AcceptedCandidateSchema = z
  .object({
    title: z.string().trim().min(5, "The title needs at least 5 characters.").max(200, "The title is at most 200 characters."),
    category: z.enum(COMMITMENT_CATEGORIES, "Choose a category from the list."),
    partyIds: z.array(z.uuid("Unknown party.")).min(1, "Choose at least one party to the pledge.").max(50, "At most 50 parties."),
    targetPrecision: z.enum(TARGET_PRECISIONS, "Choose how precise the target is."),
    target: z.string().max(20, "Enter the target as shown in the hint.").optional(),
    // The quote as the analyst left it, and where in the readout the candidate was: the server finds
    // the quote in the stored text itself, so the span is exact whatever the browser sent.
    quote: z.string().trim().min(10, "The quote needs at least 10 characters of the readout.").max(5_000, "The quote is at most 5,000 characters."),
    near: z.number().int().min(0).max(10_000_000),
  })
  .transform((input, ctx) => {
    const parsed = parseTarget(input.targetPrecision, input.target);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["target"], message: parsed.message });
      return z.NEVER;
    }
    const { target: _target, ...rest } = input;
    return { ...rest, partyIds: [...new Set(input.partyIds)], targetDate: parsed.targetDate };
  });

export const AcceptCandidatesSchema = z.object({
  meetingId: z.uuid("Unknown meeting."),
  candidates: z.array(AcceptedCandidateSchema).min(1, "Accept at least one candidate first.").max(500, "Accept at most 500 candidates at once."),
});
export type AcceptCandidatesInput = z.infer<typeof AcceptCandidatesSchema>;
export type AcceptedCandidate = AcceptCandidatesInput["candidates"][number];
