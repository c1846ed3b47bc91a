import type { ReactNode } from "react";

export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][] };

/**
 * A chart with its title and description, and the same numbers as a table (for screen readers, and
 * for copying into a report). Keyboard users can step through the chart's points with the arrow keys.
 */
export function ChartCard({ id, title, description, table, children }: { id: string; title: string; description?: string; table: DataTable; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      <div className="mt-3 min-h-[260px] flex-1" role="group" aria-label={`${title}: chart (the same numbers are in the table below it)`}>
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-800">Show the numbers as a table</summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="min-w-full text-left text-xs">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i} className="odd:bg-slate-50">
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="px-2 py-1 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className="px-2 py-1 tabular-nums">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
