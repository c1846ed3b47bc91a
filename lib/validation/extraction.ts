import { z } from "zod";
import { SENTENCE_LIMIT } from "@/lib/domain/extraction-review";
import { CommitmentFieldsSchema, withTargetDate } from "./commitment";

// An accepted candidate is described like a commitment logged by hand, plus where its quote is.
const AcceptedCandidateSchema = CommitmentFieldsSchema.pick({
  title: true,
  category: true,
  partyIds: true,
  targetPrecision: true,
  target: true,
})
  .extend({
    // The quote as the analyst left it, and where in the readout the candidate was: the server finds
    // the quote in the stored text itself, so the span is exact whatever the browser sent.
    quote: z
      .string()
      .trim()
      .min(10, "The quote needs at least 10 characters of the readout.")
      .max(SENTENCE_LIMIT, `The quote is at most ${SENTENCE_LIMIT.toLocaleString("en-GB")} characters.`),
    near: z.number().int().min(0).max(10_000_000),
  })
  .transform(withTargetDate);

export const AcceptCandidatesSchema = z.object({
  meetingId: z.uuid("Unknown meeting."),
  candidates: z
    .array(AcceptedCandidateSchema)
    .min(1, "Accept at least one candidate first.")
    .max(500, "Accept at most 500 candidates at once."),
});
export type AcceptCandidatesInput = z.infer<typeof AcceptCandidatesSchema>;
export type AcceptedCandidate = AcceptCandidatesInput["candidates"][number];

/** The review form's request: the accepted candidates as JSON, and the meeting's slug to return to. */
export const AcceptCandidatesRequestSchema = AcceptCandidatesSchema.extend({
  slug: z
    .string()
    .optional()
    .transform((slug) => (slug && /^[a-z0-9-]{1,200}$/.test(slug) ? slug : null)),
});
