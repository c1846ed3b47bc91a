// How a later commitment relates to an earlier one. Restating and reaffirming count as reaffirmations
// ("reaffirmed at least N times"); implementing is a step towards delivery. None changes a status:
// a promise repeated is not a promise kept.
export const LINK_KINDS = ["REAFFIRMS", "RESTATES", "IMPLEMENTS"] as const;
export type LinkKindValue = (typeof LINK_KINDS)[number];

export const LINK_KIND_LABELS: Record<LinkKindValue, { forward: string; backward: string }> = {
  REAFFIRMS: { forward: "reaffirms", backward: "reaffirmed by" },
  RESTATES: { forward: "restates", backward: "restated by" },
  IMPLEMENTS: { forward: "implements", backward: "implemented by" },
};

export const REAFFIRMING_KINDS: readonly LinkKindValue[] = ["REAFFIRMS", "RESTATES"];
