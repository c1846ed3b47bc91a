import { STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";

const TONES = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  info: "bg-sky-50 text-sky-900 ring-sky-300",
  progress: "bg-blue-50 text-blue-900 ring-blue-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  success: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  danger: "bg-red-50 text-red-900 ring-red-300",
} as const;

export function StatusBadge({ status }: { status: CommitmentStatusValue }) {
  const info = STATUS_INFO[status];
  return (
    <span
      title={info.definition}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[info.tone]}`}
    >
      {info.label}
    </span>
  );
}
