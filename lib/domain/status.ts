// The status scale analysts use, in the order it is shown. Values match the database enum (lib/db/enums.ts checks).
export const COMMITMENT_STATUSES = [
  "NOT_YET_ASSESSED",
  "NOT_STARTED",
  "IN_PROGRESS",
  "STALLED",
  "PARTIALLY_FULFILLED",
  "FULFILLED",
  "BROKEN",
] as const;

export type CommitmentStatusValue = (typeof COMMITMENT_STATUSES)[number];

/** What every entry of a history records: a commitment's status update, or a party's assessment. */
export type StatusMove = {
  id: string;
  fromStatus: CommitmentStatusValue | null;
  toStatus: CommitmentStatusValue;
  fromProgress: number | null;
  progress: number;
  effectiveOn: Date;
  recordedAt: Date;
  rationale: string;
  evidenceUrls: string[];
};

type StatusInfo = { label: string; definition: string; tone: "neutral" | "info" | "progress" | "warning" | "success" | "danger" };

export const STATUS_INFO: Record<CommitmentStatusValue, StatusInfo> = {
  NOT_YET_ASSESSED: {
    label: "Not yet assessed",
    definition: "Logged from the source, but no analyst has judged its progress yet.",
    tone: "neutral",
  },
  NOT_STARTED: {
    label: "Not started",
    definition: "Assessed: there is no sign that work on it has begun.",
    tone: "info",
  },
  IN_PROGRESS: {
    label: "In progress",
    definition: "Concrete steps have been taken (funding, agreements, construction, meetings held) but it is not yet delivered.",
    tone: "progress",
  },
  STALLED: {
    label: "Stalled",
    definition: "Work began but has stopped, or no movement has been seen for a long time, without the pledge being abandoned.",
    tone: "warning",
  },
  PARTIALLY_FULFILLED: {
    label: "Partially fulfilled",
    definition: "Part of what was pledged has been delivered; the rest has not, or not yet.",
    tone: "success",
  },
  FULFILLED: {
    label: "Fulfilled",
    definition: "Delivered in full, as pledged.",
    tone: "success",
  },
  BROKEN: {
    label: "Broken",
    definition: "Abandoned, reversed, or its deadline passed with nothing delivered.",
    tone: "danger",
  },
};

export function statusLabel(status: CommitmentStatusValue): string {
  return STATUS_INFO[status].label;
}

export function isCommitmentStatus(value: unknown): value is CommitmentStatusValue {
  return typeof value === "string" && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}

/** The progress a status implies: the status forms fill it in when the status is chosen. */
export const DEFAULT_PROGRESS: Partial<Record<CommitmentStatusValue, number>> = { NOT_STARTED: 0, FULFILLED: 100 };

/**
 * Progress must agree with the status: any status may follow any other, but "Fulfilled" means
 * 100 %, "Not started" and "Not yet assessed" mean 0 %. Returns a message for the analyst, or null
 * when consistent. Every path that sets a status (the form, import) applies it.
 */
export function progressProblem(status: CommitmentStatusValue, progress: number): string | null {
  if (status === "NOT_YET_ASSESSED" && progress !== 0) return "A commitment not yet assessed is at 0 % progress.";
  if (status === "FULFILLED" && progress !== 100) return "A fulfilled commitment is at 100 % progress.";
  if (status === "NOT_STARTED" && progress !== 0) return "A commitment that has not started is at 0 % progress.";
  if (status === "PARTIALLY_FULFILLED" && (progress === 0 || progress === 100))
    return "A partially fulfilled commitment is between 1 % and 99 % progress.";
  return null;
}
