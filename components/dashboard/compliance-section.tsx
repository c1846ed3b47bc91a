import { ChartTable } from "@/components/charts/chart-table";
import type { Compliance, ComplianceFigure } from "@/lib/data/compliance";
import { COMPLIANCE_FORMULA, formatCompliance } from "@/lib/domain/compliance";

function cell(figure: ComplianceFigure | undefined) {
  if (!figure || figure.n === 0) return "—";
  return `${formatCompliance(figure.percent)} (n = ${figure.n})`;
}

/**
 * Compliance by party, and by party × category, from each party's own assessments: bars drawn on the
 * server (no script), each with its figure and n, and the table under them; the party × category
 * table is built when opened (fifty parties by a dozen categories is 600 cells most readers skip).
 */
export function ComplianceSection({ compliance, asOf }: { compliance: Compliance; asOf: string | null }) {
  const { byParty, byPartyCategory, categories } = compliance;
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
          <ul className="mt-4 space-y-3" aria-label="Compliance by party: chart (the same numbers are in the table below it)">
            {byParty.map((p) => (
              <li key={p.party} className="grid grid-cols-[minmax(6rem,10rem)_1fr_7rem] items-center gap-3 text-sm">
                <span className="font-medium">{p.party}</span>
                <span className="relative block h-5 rounded bg-slate-100" aria-hidden="true">
                  <span
                    className="absolute inset-y-0 left-0 rounded bg-blue-700 print:bg-blue-700"
                    style={{ width: `${p.percent ?? 0}%` }}
                  />
                  <span className="absolute inset-y-0 left-1/2 w-px bg-slate-500" title="50 %: as much delivered as not" />
                </span>
                <span className="tabular-nums">
                  {formatCompliance(p.percent)} <span className="text-slate-600">n = {p.n}</span>
                </span>
              </li>
            ))}
          </ul>
          <div
            tabIndex={0}
            role="region"
            aria-label="Compliance by party, table (scrolls sideways)"
            className="mt-4 overflow-x-auto focus:outline-2 focus:outline-blue-700"
          >
            <table className="min-w-full text-sm" data-testid="compliance-table">
              <caption className="sr-only">Compliance by party</caption>
              <thead className="text-left text-slate-700">
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Party
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Compliance
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    n
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    +1
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    0
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    −1
                  </th>
                </tr>
              </thead>
              <tbody>
                {byParty.map((p) => (
                  <tr key={p.party} className="border-b border-slate-100" data-testid="compliance-row">
                    <th scope="row" className="py-1 pr-3 text-left font-medium">
                      {p.party}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{formatCompliance(p.percent)}</td>
                    <td className="py-1 pr-3 tabular-nums">{p.n}</td>
                    <td className="py-1 pr-3 tabular-nums">{p.fulfilled}</td>
                    <td className="py-1 pr-3 tabular-nums">{p.partial}</td>
                    <td className="py-1 pr-3 tabular-nums">{p.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
