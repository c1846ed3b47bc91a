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

// Recharts writes axis titles in #808080, under the 4.5:1 small text needs on white; slate-600 is 7.6:1.
export const AXIS_LABEL_COLOR = "#475569";
