import type { ReactNode } from "react";
import { countTicks } from "@/lib/domain/chart-series";
import { AXIS_LABEL_COLOR } from "./status-colors";

/** A tick: where it sits along its axis (0 to 1: from the left, or from the bottom) and what it reads. On a phone only the `narrow` ones show. */
export type AxisTick = { at: number; label: string; narrow?: boolean };

export const GRID = "#cbd5e1";

/** The ticks of a count axis, and its top (the last tick). */
export function countAxis(max: number): { top: number; ticks: AxisTick[] } {
  const ticks = countTicks(max);
  const top = ticks.at(-1)!;
  return { top, ticks: ticks.map((v) => ({ at: v / top, label: v.toLocaleString("en") })) };
}

/**
 * The frame of a chart over time, drawn on the server: the plot is an SVG stretched to the box (its
 * own coordinates run from 0 to 1000 both ways, y downwards; lines keep their width), and the axis
 * text is HTML beside it, so it stays at its reading size on any screen. `label` says what the
 * picture shows, for a screen reader; the card's table holds the numbers. `overlay` is HTML over the
 * plot (dots that must stay round), positioned in percent.
 */
export function PlotFrame({
  label,
  height,
  xTicks,
  yTicks,
  xTitle,
  yTitle,
  children,
  overlay,
  testId,
}: {
  label: string;
  height: number;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  xTitle: string;
  yTitle: string;
  children: ReactNode;
  overlay?: ReactNode;
  testId?: string;
}) {
  const tickClass = (t: AxisTick) => (t.narrow === false ? "hidden sm:block" : "");
  return (
    <div className="print-exact flex gap-1 text-xs" style={{ color: AXIS_LABEL_COLOR }} data-testid={testId} data-chart-plot="">
      <div aria-hidden="true" className="flex w-4 shrink-0 items-center justify-center" style={{ height }}>
        <span className="rotate-180 whitespace-nowrap [writing-mode:vertical-rl]" data-axis-title="">
          {yTitle}
        </span>
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex" style={{ height }}>
          <div aria-hidden="true" className="relative w-10 shrink-0">
            {yTicks.map((t) => (
              <span
                key={t.at}
                data-axis="y"
                className="absolute right-1.5 -translate-y-1/2 tabular-nums"
                style={{ top: `${(1 - t.at) * 100}%` }}
              >
                {t.label}
              </span>
            ))}
          </div>
          <div className="relative min-w-0 flex-1 border-b border-l border-slate-500" data-plot="">
            <svg
              role="img"
              aria-label={label}
              viewBox="0 0 1000 1000"
              preserveAspectRatio="none"
              className="absolute inset-0 h-full w-full overflow-visible"
            >
              {yTicks.map((t) => (
                <line
                  key={`y${t.at}`}
                  x1={0}
                  x2={1000}
                  y1={(1 - t.at) * 1000}
                  y2={(1 - t.at) * 1000}
                  stroke={GRID}
                  strokeDasharray="3 3"
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              {xTicks.map((t) => (
                <line
                  key={`x${t.at}`}
                  y1={0}
                  y2={1000}
                  x1={t.at * 1000}
                  x2={t.at * 1000}
                  stroke={GRID}
                  strokeDasharray="3 3"
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              {children}
            </svg>
            {overlay}
          </div>
        </div>
        <div aria-hidden="true" className="relative ml-10 h-5">
          {xTicks.map((t, i) => (
            <span
              key={t.at}
              data-axis="x"
              className={`absolute top-1 whitespace-nowrap ${tickClass(t)}`}
              style={{ left: `${t.at * 100}%`, transform: `translateX(${i === 0 && t.at < 0.1 ? "0" : t.at > 0.9 ? "-100%" : "-50%"})` }}
            >
              {t.label}
            </span>
          ))}
        </div>
        <p aria-hidden="true" className="ml-10 mt-1 text-center" data-axis-title="">
          {xTitle}
        </p>
      </div>
    </div>
  );
}
