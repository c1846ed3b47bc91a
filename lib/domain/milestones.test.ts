import { describe, expect, it } from "vitest";
import { isMilestoneOverdue, suggestedProgress } from "./milestones";
import { parseTarget } from "./target-date";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A milestone due at the end of the period typed with that precision, as the form stores it. */
function due(precision: "DAY" | "MONTH" | "QUARTER" | "YEAR" | "UPCOMING" | "NONE", typed: string) {
  const parsed = parseTarget(precision, typed);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.targetDate;
}

describe("isMilestoneOverdue", () => {
  it("is overdue the day after its due date, not on it", () => {
    const m = { dueDate: day("2026-06-30"), doneOn: null };
    expect(isMilestoneOverdue(m, "2026-06-29")).toBe(false);
    expect(isMilestoneOverdue(m, "2026-06-30")).toBe(false);
    expect(isMilestoneOverdue(m, "2026-07-01")).toBe(true);
  });

  it("counts a month, a quarter and a year from the period's last day", () => {
    expect(isMilestoneOverdue({ dueDate: due("MONTH", "2026-02"), doneOn: null }, "2026-02-28")).toBe(false);
    expect(isMilestoneOverdue({ dueDate: due("MONTH", "2026-02"), doneOn: null }, "2026-03-01")).toBe(true);
    expect(isMilestoneOverdue({ dueDate: due("QUARTER", "2026-Q2"), doneOn: null }, "2026-06-30")).toBe(false);
    expect(isMilestoneOverdue({ dueDate: due("QUARTER", "2026-Q2"), doneOn: null }, "2026-07-01")).toBe(true);
    expect(isMilestoneOverdue({ dueDate: due("YEAR", "2026"), doneOn: null }, "2026-12-31")).toBe(false);
    expect(isMilestoneOverdue({ dueDate: due("YEAR", "2026"), doneOn: null }, "2027-01-01")).toBe(true);
    expect(isMilestoneOverdue({ dueDate: due("DAY", "2028-02-29"), doneOn: null }, "2028-03-01")).toBe(true);
  });

  it("is never overdue once done, nor without a date", () => {
    expect(isMilestoneOverdue({ dueDate: day("2026-03-31"), doneOn: day("2026-05-01") }, "2026-11-01")).toBe(false);
    expect(isMilestoneOverdue({ dueDate: due("UPCOMING", ""), doneOn: null }, "2099-01-01")).toBe(false);
    expect(isMilestoneOverdue({ dueDate: due("NONE", ""), doneOn: null }, "2099-01-01")).toBe(false);
  });
});

describe("suggestedProgress", () => {
  const done = { doneOn: day("2026-05-01") };
  const open = { doneOn: null };

  it("suggests nothing without milestones", () => {
    expect(suggestedProgress([])).toBeNull();
  });

  it("is the share done, rounded to a whole percent", () => {
    expect(suggestedProgress([open])).toBe(0);
    expect(suggestedProgress([done])).toBe(100);
    expect(suggestedProgress([done, open])).toBe(50);
    expect(suggestedProgress([done, open, open])).toBe(33);
    expect(suggestedProgress([done, done, open])).toBe(67);
    // 1/8 = 12.5 rounds up, 3/8 = 37.5 too (Math.round, half up).
    expect(suggestedProgress([done, ...Array(7).fill(open)])).toBe(13);
    expect(suggestedProgress([done, done, done, ...Array(5).fill(open)])).toBe(38);
  });
});
