import { ChartTable } from "@/components/charts/chart-table";
import type { Compliance, ComplianceFigure } from "@/lib/data/compliance";
import { barsShown } from "@/lib/domain/chart-series";
import { COMPLIANCE_FORMULA, formatCompliance } from "@/lib/domain/compliance";

function cell(figure: ComplianceFigure | undefined) {
  if (!figure || figure.n === 0) return "—";
  return `${formatCompliance(figure.percent)} (n = ${figure.n})`;
}

/**
 * Compliance by party, and by party × category, from each party's own assessments: bars drawn on the
 * server (no script), each with its figure and n, for the parties assessed most (MAX_BARS, as the
 * status chart by party draws them); every party's figures, and the party × category table, are
 * built when opened (fifty parties by a dozen categories is 600 cells most readers skip). Fifty bars
 * and a fifty-row table drawn on every visit were a quarter of the dashboard's HTML and of its
 * server's time (issue 15).
 */
export function ComplianceSection({ compliance, asOf }: { compliance: Compliance; asOf: string | null }) {
  const { byParty, byPartyCategory, categories } = compliance;
  const bars = barsShown(byParty);
  return (
    <section aria-labelledby="compliance-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="compliance">
      <h2 id="compliance-title" className="text-base font-semibold">
        Compliance by party
      </h2>
      <p className="text-sm text-slate-600">
        From each party&apos;s own assessments{asOf ? ` as they stood on ${asOf}` : ""}: Fulfilled scores +1, Partially fulfilled and In
        progress 0, Not started, Stalled and Broken −1. {COMPLIANCE_FORMULA} n is how many commitments the party was assessed on.
      </p>
      {byParty.length === 0 ? (
        <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm text-slate-700">
          No party has been assessed on its own yet{asOf ? " by that date" : ""}. Analysts assess each party from a commitment&apos;s page
          (“By party”).
        </p>
      ) : (
        <>
          {bars.more ? (
            <p className="mt-3 text-sm text-slate-600">
              The {bars.shown.length} parties assessed on the most commitments are drawn; the table below holds all {byParty.length}.
            </p>
          ) : null}
          <ul className="print-exact mt-4 space-y-3" aria-label="Compliance by party: chart (the same numbers are in the table below it)">
            {bars.shown.map((p) => (
              <li key={p.party} className="grid grid-cols-[minmax(6rem,10rem)_1fr_7rem] items-center gap-3 text-sm">
                <span className="font-medium">{p.party}</span>
                <span className="relative block h-5 rounded bg-slate-100" aria-hidden="true">
                  <span className="absolute inset-y-0 left-0 rounded bg-blue-700" style={{ width: `${p.percent ?? 0}%` }} />
                  <span className="absolute inset-y-0 left-1/2 w-px bg-slate-500" title="50 %: as much delivered as not" />
                </span>
                <span className="tabular-nums">
                  {formatCompliance(p.percent)} <span className="text-slate-600">n = {p.n}</span>
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-4" data-testid="compliance-table">
            <ChartTable
              summary={`Show the numbers as a table (${byParty.length} ${byParty.length === 1 ? "party" : "parties"})`}
              table={{
                caption: "Compliance by party",
                columns: ["Party", "Compliance", "n", "+1", "0", "−1"],
                rows: byParty.map((p) => [p.party, formatCompliance(p.percent), p.n, p.fulfilled, p.partial, p.none]),
              }}
            />
          </div>
          <div className="mt-4" data-testid="compliance-category-table">
            <ChartTable
              summary={`By party and category (${byParty.length} parties × ${categories.length} categories)`}
              table={{
                caption: "Compliance by party and category",
                columns: ["Party", ...categories],
                rows: byParty.map((p) => [
                  p.party,
                  ...categories.map((category) => cell(byPartyCategory.find((r) => r.party === p.party && r.category === category))),
                ]),
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}
