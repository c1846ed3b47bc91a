export function ProgressBar({ value, label }: { value: number; label?: string }) {
  return (
    <div className="flex items-center gap-2" title={`${value}% progress`}>
      <div
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={label ?? "Progress"}
        className="print-exact h-2 w-16 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-blue-700" style={{ width: `${value}%` }} />
      </div>
      <span className="text-xs tabular-nums text-slate-700">{value}%</span>
    </div>
  );
}
