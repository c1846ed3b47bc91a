import { COMMITMENT_STATUSES, STATUS_INFO } from "@/lib/domain/status";
import { COMPLIANCE_FORMULA, COMPLIANCE_SCORES, formatScore } from "@/lib/domain/compliance";
import { StatusBadge } from "@/components/ui/status-badge";

/** The scale's definitions, each with the compliance score it counts as (lib/domain/compliance.ts). */
export function StatusLegend() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="status-legend">
      <summary className="cursor-pointer font-medium">What the statuses and compliance scores mean</summary>
      <dl className="mt-3 space-y-2">
        {COMMITMENT_STATUSES.map((status) => {
          const score = COMPLIANCE_SCORES[status];
          return (
            <div key={status} className="grid gap-1 sm:grid-cols-[12rem_1fr_9rem]">
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd className="text-slate-700">{STATUS_INFO[status].definition}</dd>
              <dd className="text-slate-700">{score === null ? "No score (left out)" : `Score ${formatScore(score)}`}</dd>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 text-slate-700">
        {COMPLIANCE_FORMULA} The scores follow the G7 and G20 Research Groups&apos; compliance reports (+1 full compliance, 0 partial
        compliance or work in progress, −1 no compliance); each party is scored on its own assessments, and n beside a figure is how many
        commitments it covers.
      </p>
    </details>
  );
}
