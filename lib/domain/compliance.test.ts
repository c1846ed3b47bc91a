import { describe, expect, it } from "vitest";
import { COMMITMENT_STATUSES } from "./status";
import { COMPLIANCE_SCORES, compliancePercent, disagreesWithOverall, formatCompliance, scoreGroups } from "./compliance";

describe("compliance scores", () => {
  it("map the scale as the G7/G20 Research Groups score: +1 full, 0 partial or in progress, −1 none", () => {
    expect(COMPLIANCE_SCORES).toEqual({
      NOT_YET_ASSESSED: null,
      NOT_STARTED: -1,
      IN_PROGRESS: 0,
      STALLED: -1,
      PARTIALLY_FULFILLED: 0,
      FULFILLED: 1,
      BROKEN: -1,
    });
    // Every status is in exactly one group, or left out (not yet assessed).
    const grouped = scoreGroups().flatMap((g) => g.labels);
    expect(grouped).toHaveLength(COMMITMENT_STATUSES.length - 1);
  });

  it("compliance is 50 × (mean + 1), null without an assessed commitment", () => {
    expect(compliancePercent(0, 0)).toBeNull();
    expect(compliancePercent(-3, 3)).toBe(0);
    expect(compliancePercent(3, 3)).toBe(100);
    expect(compliancePercent(0, 4)).toBe(50);
    // +1, 0, 0: mean 1/3, compliance 66.67 %, shown as 67 %.
    expect(formatCompliance(compliancePercent(1, 3))).toBe("67%");
    expect(formatCompliance(null)).toBe("—");
  });

  it("flags a party against the overall status only at the stated extremes", () => {
    expect(disagreesWithOverall("FULFILLED", "NOT_STARTED")).toBe(true);
    expect(disagreesWithOverall("FULFILLED", "IN_PROGRESS")).toBe(true);
    expect(disagreesWithOverall("FULFILLED", "FULFILLED")).toBe(false);
    expect(disagreesWithOverall("FULFILLED", "NOT_YET_ASSESSED")).toBe(false);
    expect(disagreesWithOverall("STALLED", "FULFILLED")).toBe(true);
    expect(disagreesWithOverall("IN_PROGRESS", "FULFILLED")).toBe(false);
    expect(disagreesWithOverall("NOT_YET_ASSESSED", "FULFILLED")).toBe(false);
    expect(disagreesWithOverall("BROKEN", "NOT_STARTED")).toBe(false);
  });
});
