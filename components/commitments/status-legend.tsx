import { COMMITMENT_STATUSES, STATUS_INFO } from "@/lib/domain/status";
import { StatusBadge } from "@/components/ui/status-badge";

export function StatusLegend() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium">What the statuses mean</summary>
      <dl className="mt-3 space-y-2">
        {COMMITMENT_STATUSES.map((status) => (
          <div key={status} className="grid gap-1 sm:grid-cols-[12rem_1fr]">
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd className="text-slate-700">{STATUS_INFO[status].definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
