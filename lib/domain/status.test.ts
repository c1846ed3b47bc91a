import { describe, expect, it } from "vitest";
import { COMMITMENT_STATUSES, isCommitmentStatus, progressProblem, STATUS_INFO, statusLabel } from "./status";

describe("status scale", () => {
  it("has the seven statuses in the documented order, each with a label and a definition", () => {
    expect(COMMITMENT_STATUSES.map(statusLabel)).toEqual([
      "Not yet assessed",
      "Not started",
      "In progress",
      "Stalled",
      "Partially fulfilled",
      "Fulfilled",
      "Broken",
    ]);
    for (const status of COMMITMENT_STATUSES) expect(STATUS_INFO[status].definition.length).toBeGreaterThan(20);
  });

  it("recognises only its own values", () => {
    expect(isCommitmentStatus("IN_PROGRESS")).toBe(true);
    expect(isCommitmentStatus("in_progress")).toBe(false);
    expect(isCommitmentStatus("DONE")).toBe(false);
    expect(isCommitmentStatus(3)).toBe(false);
  });
});

describe("progressProblem", () => {
  it("allows any status with a consistent progress, in either direction", () => {
    expect(progressProblem("IN_PROGRESS", 40)).toBeNull();
    expect(progressProblem("BROKEN", 40)).toBeNull();
    expect(progressProblem("STALLED", 0)).toBeNull();
    expect(progressProblem("NOT_YET_ASSESSED", 0)).toBeNull();
    expect(progressProblem("FULFILLED", 100)).toBeNull();
    expect(progressProblem("PARTIALLY_FULFILLED", 60)).toBeNull();
  });

  it("refuses progress that contradicts the status", () => {
    expect(progressProblem("FULFILLED", 90)).toMatch(/100/);
    expect(progressProblem("NOT_STARTED", 5)).toMatch(/0 %/);
    expect(progressProblem("PARTIALLY_FULFILLED", 100)).toMatch(/between/);
    expect(progressProblem("PARTIALLY_FULFILLED", 0)).toMatch(/between/);
  });
});
