"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { DataTable } from "./chart-card";

/**
 * The chart's numbers as a table, built when the reader opens it: a weekly series over years is
 * thousands of cells that the page need not render (nor hydrate) for readers who only look. Used
 * for other long tables behind a disclosure too, with their own `summary`.
 */
export function ChartTable({ table, summary }: { table: DataTable; summary?: string }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page finished loading: the toggle happened before React listened.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={details} className="mt-2 text-sm" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-blue-800">{summary ?? `Show the numbers as a table (${table.rows.length} rows)`}</summary>
      {open ? (
        <div
          tabIndex={0}
          role="region"
          aria-label={`${table.caption}, table (scrolls)`}
          className="relative mt-2 max-h-80 overflow-auto focus:outline-2 focus:outline-blue-700"
        >
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
                        {table.links?.[i]?.[j] ? <Link href={table.links[i][j]!}>{cell}</Link> : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
