// Policy areas a pledge is filed under; one per commitment, chosen from this list.
export const COMMITMENT_CATEGORIES = [
  "Diplomacy & high-level dialogue",
  "Trade & investment",
  "Energy & mining",
  "Transport & connectivity",
  "Defence & security",
  "Education, science & culture",
  "Health",
  "Environment & agriculture",
  "Technology & digital",
  "Development cooperation",
  "Multilateral cooperation",
  "Regional & international issues",
] as const;

export type CommitmentCategory = (typeof COMMITMENT_CATEGORIES)[number];

export function isCommitmentCategory(value: unknown): value is CommitmentCategory {
  return typeof value === "string" && (COMMITMENT_CATEGORIES as readonly string[]).includes(value);
}
