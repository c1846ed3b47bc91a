import { useId, type CSSProperties } from "react";
import { countAxis, GRID } from "./plot-frame";
import { AXIS_LABEL_COLOR } from "./status-colors";

/** One coloured piece of a bar: its count, what it counts ("In progress"), its colour, and where a click on it goes. */
export type BarPiece = { key: string; count: number; label: string; color: string; href?: string };
export type BarRow = { name: string; pieces: BarPiece[] };

const pieceText = (row: BarRow, p: BarPiece) => `${row.name}: ${p.count.toLocaleString("en")} ${p.label}`;

/**
 * Horizontal bars (stacked when a row has several pieces) as HTML drawn on the server: names wrap on
 * as many lines as they need, the bars are sized in percent of the count axis, and the axis text keeps
 * its reading size on any screen. A piece with an address opens it on a click; keyboard and
 * screen-reader users have the same links in the card's table, so the pieces stay out of the tab order.
 * The pieces are plain links, not next/link: fifty parties by seven statuses would be 350 client
 * components to render, serialise, hydrate and prefetch, for a click that loads one list. A piece's
 * colour is one rule per key in the chart's own style sheet, and its shape one rule in
 * app/globals.css ([data-piece]): written on each of the dashboard's 175 pieces, in its HTML and again
 * in React's payload, they were a tenth of the page (issue 15).
 */
export function BarRows({ label, rows, nameHeader, testId }: { label: string; rows: BarRow[]; nameHeader?: string; testId?: string }) {
  const totals = rows.map((r) => r.pieces.reduce((n, p) => n + p.count, 0));
  const { top, ticks } = countAxis(Math.max(0, ...totals));
  // The count axis' grid is each track's background (.bar-track in app/globals.css), its spacing set
  // here once: written on every row, it was a tenth of the dashboard's bars.
  const tick = { "--bar-tick": `${100 / (ticks.length - 1)}%`, "--bar-grid": GRID } as CSSProperties;
  const id = useId();
  const colors = new Map(rows.flatMap((row) => row.pieces.map((p) => [p.key, p.color])));
  const sheet = [...colors].map(([key, color]) => `[data-bars="${id}"] [data-piece="${key}"]{background-color:${color}}`).join("");
  return (
    <div className="print-exact text-xs" data-testid={testId} data-chart-plot="" data-bars={id} style={tick}>
      <style>{sheet}</style>
      <div role="list" aria-label={label} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:grid-cols-[11rem_minmax(0,1fr)]">
        {nameHeader ? (
          <p aria-hidden="true" className="col-span-2 pb-1 font-medium" style={{ color: AXIS_LABEL_COLOR }}>
            {nameHeader}
          </p>
        ) : null}
        {rows.map((row, i) => (
          <div key={row.name} role="listitem" className="contents">
            <span className="self-center py-1 pr-2 text-right leading-tight text-slate-800 [overflow-wrap:anywhere]">
              <span data-bar-name="">{row.name}</span>
              <span className="sr-only">
                {`: ${
                  row.pieces
                    .filter((p) => p.count > 0)
                    .map((p) => `${p.count.toLocaleString("en")} ${p.label}`)
                    .join(", ") || "none"
                }`}
              </span>
            </span>
            <span aria-hidden="true" className="bar-track relative flex min-h-8 items-center border-l border-slate-500 pr-8">
              <span className="relative flex h-5 items-stretch" style={{ width: `${(totals[i] / top) * 100}%` }} data-bar="">
                {row.pieces
                  .filter((p) => p.count > 0)
                  .map((p) =>
                    p.href ? (
                      <a
                        key={p.key}
                        href={p.href}
                        tabIndex={-1}
                        title={pieceText(row, p)}
                        data-piece={p.key}
                        style={{ flexGrow: p.count }}
                      />
                    ) : (
                      <span key={p.key} title={pieceText(row, p)} data-piece={p.key} style={{ flexGrow: p.count }} />
                    ),
                  )}
                <span className="absolute left-full top-1/2 ml-1 -translate-y-1/2 tabular-nums text-slate-800">{totals[i]}</span>
              </span>
            </span>
          </div>
        ))}
        <span />
        <span aria-hidden="true" className="relative h-5 border-t border-slate-500" style={{ color: AXIS_LABEL_COLOR }}>
          {ticks.map((t, i) => (
            <span
              key={t.at}
              className="absolute top-1 tabular-nums"
              style={{ left: `${t.at * 100}%`, transform: `translateX(${i === 0 ? "0" : i === ticks.length - 1 ? "-100%" : "-50%"})` }}
            >
              {t.label}
            </span>
          ))}
        </span>
        <span />
        <p aria-hidden="true" className="mt-1 text-center" style={{ color: AXIS_LABEL_COLOR }}>
          Commitments
        </p>
      </div>
    </div>
  );
}
