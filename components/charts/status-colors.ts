import type { CommitmentStatusValue } from "@/lib/domain/status";

// One colour per status, the same in every chart; distinguishable in greyscale order too.
export const STATUS_COLORS: Record<CommitmentStatusValue, string> = {
  NOT_YET_ASSESSED: "#94a3b8",
  NOT_STARTED: "#7dd3fc",
  IN_PROGRESS: "#2563eb",
  STALLED: "#f59e0b",
  PARTIALLY_FULFILLED: "#4ade80",
  FULFILLED: "#15803d",
  BROKEN: "#dc2626",
};
