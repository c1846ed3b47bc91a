// A commitment's milestones: when one is overdue, and what progress the ones done suggest. The SQL
// twin of the overdue rule is overdueMilestoneSql (lib/data/commitment-queries.ts, beside overdueSql).
import { isoDate } from "./target-date";

export type MilestoneDue = { dueDate: Date | null; doneOn: Date | null };

/** The overdue rule in words, as the commitment page and the list's filter state it. */
export const OVERDUE_MILESTONE_RULE = "A milestone is overdue when its due date has passed and it is not marked done.";

/**
 * Overdue on `today` (YYYY-MM-DD): its due date (the stated period's last day) has passed, and it is
 * not done. A milestone without a date ("upcoming period", none given) is never overdue.
 */
export function isMilestoneOverdue(milestone: MilestoneDue, today: string): boolean {
  return milestone.doneOn === null && milestone.dueDate !== null && isoDate(milestone.dueDate) < today;
}

/**
 * The progress the milestones done suggest: round(100 × done / total), or null when the commitment has
 * no milestones. A suggestion only: the analyst decides the progress recorded.
 */
export function suggestedProgress(milestones: readonly { doneOn: Date | null }[]): number | null {
  if (!milestones.length) return null;
  const done = milestones.filter((m) => m.doneOn !== null).length;
  return Math.round((100 * done) / milestones.length);
}
