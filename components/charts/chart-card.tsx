import type { ReactNode } from "react";
import { ChartTable } from "./chart-table";

/** `links`, parallel to `rows`, makes a cell a link (to the commitments it counts). */
export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][]; links?: (string | null)[][] };

/**
 * A chart with its title and description, and the same numbers as a table (for screen readers and
 * keyboard users, whose links are the chart's, and for copying into a report). The chart is drawn on
 * the server: it is there at the first paint and in a printout, with no script to load.
 */
export function ChartCard({
  id,
  title,
  description,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  table: DataTable;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      <div className="mt-3 flex-1" role="group" aria-label={`${title}: chart (the same numbers are in the table below it)`}>
        {children}
      </div>
      <ChartTable table={table} />
    </section>
  );
}
