import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "./status";

// Compliance scores, as the G7 and G20 Research Groups (University of Toronto) score each member on
// each commitment: +1 full compliance, 0 partial compliance or work in progress, −1 no compliance;
// a member's compliance is 50 × (mean score + 1) %, so −1 everywhere is 0 % and +1 everywhere 100 %.
// "Not yet assessed" has no score and is left out of the mean. One mapping for every figure.

export type ComplianceScore = -1 | 0 | 1;

export const COMPLIANCE_SCORES: Record<CommitmentStatusValue, ComplianceScore | null> = {
  NOT_YET_ASSESSED: null,
  NOT_STARTED: -1,
  IN_PROGRESS: 0,
  STALLED: -1,
  PARTIALLY_FULFILLED: 0,
  FULFILLED: 1,
  BROKEN: -1,
};

export const COMPLIANCE_FORMULA = "Compliance = 50 × (mean score + 1) %, over the commitments a party was assessed on.";

export function complianceScore(status: CommitmentStatusValue): ComplianceScore | null {
  return COMPLIANCE_SCORES[status];
}

/** Compliance in percent from the sum of scores over `n` assessed commitments; null when none was assessed. */
export function compliancePercent(scoreSum: number, n: number): number | null {
  if (n <= 0) return null;
  return 50 * (scoreSum / n + 1);
}

/** The figure as the app writes it: a whole percent ("67 %"), or "—" when there is nothing to score. */
export function formatCompliance(percent: number | null): string {
  return percent === null ? "—" : `${Math.round(percent)}%`;
}

/** The statuses with each score, in the scale's order: for the explanation beside the definitions. */
export function scoreGroups(): { score: ComplianceScore; labels: string[] }[] {
  return ([1, 0, -1] as const).map((score) => ({
    score,
    labels: COMMITMENT_STATUSES.filter((s) => COMPLIANCE_SCORES[s] === score).map((s) => STATUS_INFO[s].label),
  }));
}

export function formatScore(score: ComplianceScore): string {
  return score > 0 ? "+1" : score < 0 ? "−1" : "0";
}

export const DISAGREEMENT_RULE =
  "A party's status is flagged when the overall status is Fulfilled and that party, once assessed, is not; or when that party is Fulfilled and the overall status scores −1 (Not started, Stalled, Broken). The flag changes nothing: the overall status stays the analysts' judgement.";

/** Whether a party's own status disagrees with the overall one (DISAGREEMENT_RULE). */
export function disagreesWithOverall(overall: CommitmentStatusValue, party: CommitmentStatusValue): boolean {
  if (party === "NOT_YET_ASSESSED" || overall === "NOT_YET_ASSESSED") return false;
  if (overall === "FULFILLED") return party !== "FULFILLED";
  return party === "FULFILLED" && COMPLIANCE_SCORES[overall] === -1;
}
