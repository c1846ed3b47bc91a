import type { IndicatorDetail } from "@/lib/data/indicators";
import {
  INDICATOR_RULE,
  INDICATOR_STANDING_LABELS,
  decimalInputValue,
  expectedValue,
  formatDecimal,
  indicatorStanding,
  latestMeasurement,
  type IndicatorStanding,
} from "@/lib/domain/indicators";
import { formatDay, formatDayText } from "@/lib/domain/target-date";
import { IndicatorForm, MeasurementForm } from "@/components/commitments/commitment-page-forms";

const STANDING_STYLES: Record<IndicatorStanding, string> = {
  NO_MEASUREMENT: "bg-slate-100 text-slate-800",
  TARGET_MET: "bg-emerald-100 text-emerald-900",
  ON_TRACK: "bg-blue-100 text-blue-900",
  BEHIND: "bg-amber-100 text-amber-950",
};

const day = (iso: string) => formatDayText(iso) ?? iso;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** A path value for reading: at most 3 decimals, thousands separated. */
const rounded = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 3 });

/**
 * The measured values against the straight path from baseline to target, drawn on the server as an
 * inline SVG (no script); the table beside it holds the same numbers.
 */
function IndicatorChart({ indicator }: { indicator: IndicatorDetail }) {
  const W = 640;
  const H = 260;
  const pad = { left: 64, right: 20, top: 16, bottom: 40 };
  const points = indicator.measurements.map((m) => ({ x: dayNumber(m.measuredOn), y: Number(m.value) }));
  const xs = [dayNumber(indicator.baselineOn), dayNumber(indicator.targetOn), ...points.map((p) => p.x)];
  const ys = [Number(indicator.baselineValue), Number(indicator.targetValue), ...points.map((p) => p.y)];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const span = Math.max(...ys) - Math.min(...ys) || 1;
  const [y0, y1] = [Math.min(...ys) - span * 0.08, Math.max(...ys) + span * 0.08];
  const sx = (x: number) => pad.left + ((x - x0) / (x1 - x0 || 1)) * (W - pad.left - pad.right);
  const sy = (y: number) => H - pad.bottom - ((y - y0) / (y1 - y0)) * (H - pad.top - pad.bottom);
  const path = [
    [dayNumber(indicator.baselineOn), Number(indicator.baselineValue)],
    [dayNumber(indicator.targetOn), Number(indicator.targetValue)],
    // After the target date the path stays at the target.
    ...(x1 > dayNumber(indicator.targetOn) ? [[x1, Number(indicator.targetValue)]] : []),
  ];
  const yTicks = [y0 + (y1 - y0) * 0.05, (y0 + y1) / 2, y1 - (y1 - y0) * 0.05];
  const latest = latestMeasurement(indicator.measurements);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-auto w-full max-w-2xl"
      role="img"
      aria-labelledby="indicator-chart-title indicator-chart-desc"
      data-testid="indicator-chart"
    >
      <title id="indicator-chart-title">{`${indicator.name} (${indicator.unit}): measured values against the path to the target`}</title>
      <desc id="indicator-chart-desc">
        {`The dashed line runs from the baseline, ${formatDecimal(indicator.baselineValue)} on ${day(indicator.baselineOn)}, to the target, ${formatDecimal(indicator.targetValue)} on ${day(indicator.targetOn)}. ${indicator.measurements.length > DOT_LIMIT ? `The solid line joins the ${indicator.measurements.length} measured values; the dot is the latest` : `The dots are the ${indicator.measurements.length} measured values`}; the table below lists ${indicator.measurements.length > TABLE_ROWS ? "the latest" : "them"}.`}
      </desc>
      <line x1={pad.left} y1={H - pad.bottom} x2={W - pad.right} y2={H - pad.bottom} stroke="#94a3b8" />
      <line x1={pad.left} y1={pad.top} x2={pad.left} y2={H - pad.bottom} stroke="#94a3b8" />
      {yTicks.map((y) => (
        <g key={y}>
          <line x1={pad.left - 4} y1={sy(y)} x2={W - pad.right} y2={sy(y)} stroke="#e2e8f0" />
          <text x={pad.left - 8} y={sy(y) + 4} textAnchor="end" fontSize="11" fill="#334155">
            {rounded(y)}
          </text>
        </g>
      ))}
      {[x0, x1].map((x, i) => (
        <text key={x} x={sx(x)} y={H - pad.bottom + 18} textAnchor={i ? "end" : "start"} fontSize="11" fill="#334155">
          {formatDay(new Date(x * 86_400_000))}
        </text>
      ))}
      <polyline
        points={path.map(([x, y]) => `${sx(x)},${sy(y)}`).join(" ")}
        fill="none"
        stroke="#1e40af"
        strokeWidth="2"
        strokeDasharray="6 4"
      />
      {points.length > 1 ? (
        <polyline points={points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(" ")} fill="none" stroke="#0f172a" strokeWidth="1.5" />
      ) : null}
      {indicator.measurements.map((m, i) =>
        // Past DOT_LIMIT points the line shows the trend; a dot only for the latest.
        indicator.measurements.length > DOT_LIMIT && m !== latest ? null : (
          <circle
            key={m.id}
            cx={sx(points[i].x)}
            cy={sy(points[i].y)}
            r={m === latest ? 5 : 3.5}
            fill={m === latest ? "#0f172a" : "#ffffff"}
            stroke="#0f172a"
            strokeWidth="1.5"
          />
        ),
      )}
      <text x={W - pad.right} y={pad.top + 4} textAnchor="end" fontSize="11" fill="#334155">
        dashed: path to the target · dots: measured
      </text>
    </svg>
  );
}

/** Above this many measurements the chart draws the line and only the latest dot. */
const DOT_LIMIT = 120;
/** The table lists the latest measurements: a page's size does not grow with a long series (the chart and the export have them all). */
const TABLE_ROWS = 24;

/** "Measurable target": the indicator, where it stands by the stated rule, its chart and table, and (for analysts) the forms. */
export function IndicatorSection({
  commitmentId,
  indicator,
  canEdit,
}: {
  commitmentId: string;
  indicator: IndicatorDetail | null;
  canEdit: boolean;
}) {
  const reading = indicator ? indicatorStanding(indicator, indicator.measurements) : null;
  return (
    <section id="indicator" aria-labelledby="indicator-heading" className="space-y-3">
      <h2 id="indicator-heading" className="text-lg font-semibold" tabIndex={-1}>
        Measurable target
      </h2>
      {!indicator ? (
        <p className="text-sm text-slate-600" data-testid="indicator-empty">
          {canEdit
            ? "No measurable target yet. If the pledge names a figure (e.g. “raise trade to US$ 10 billion by 2030”), set its indicator below: baseline, target and direction. Measurements are then compared with the straight path between them."
            : "This commitment has no measurable target."}
        </p>
      ) : (
        <>
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <dt className="font-medium text-slate-600">Indicator</dt>
              <dd data-testid="indicator-name">
                {indicator.name} ({indicator.unit})
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Baseline</dt>
              <dd>
                {formatDecimal(indicator.baselineValue)} on {day(indicator.baselineOn)}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Target</dt>
              <dd>
                {formatDecimal(indicator.targetValue)} by {day(indicator.targetOn)} (
                {indicator.direction === "INCREASE" ? "an increase" : "a decrease"})
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Standing</dt>
              <dd>
                <span className={`rounded px-2 py-0.5 font-medium ${STANDING_STYLES[reading!.standing]}`} data-testid="indicator-standing">
                  {INDICATOR_STANDING_LABELS[reading!.standing]}
                </span>
                {reading && reading.standing !== "NO_MEASUREMENT" ? (
                  <span className="mt-1 block text-slate-600">
                    Latest: {formatDecimal(reading.latest.value)} on {day(reading.latest.measuredOn)}; the path was at{" "}
                    {rounded(reading.expected)}.
                  </span>
                ) : null}
              </dd>
            </div>
          </dl>
          <p className="max-w-3xl text-sm text-slate-600" data-testid="indicator-rule">
            {INDICATOR_RULE}
          </p>
          {indicator.measurements.length ? (
            <>
              <IndicatorChart indicator={indicator} />
              {indicator.measurements.length > TABLE_ROWS ? (
                <p className="text-sm text-slate-600">
                  The table lists the latest {TABLE_ROWS} of the {indicator.measurements.length.toLocaleString("en")} measurements; the
                  chart draws them all, and the commitments export carries every one.
                </p>
              ) : null}
              <div
                tabIndex={0}
                role="region"
                aria-label="Measurements (scrolls sideways)"
                className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-blue-700"
              >
                <table className="min-w-full text-sm" data-testid="measurement-table">
                  <caption className="sr-only">
                    {indicator.name}: each measurement and the path&apos;s value on its date, in {indicator.unit}
                  </caption>
                  <thead className="bg-slate-50 text-left text-slate-700">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-medium">
                        Measured on
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        Value ({indicator.unit})
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        Path to the target on that day
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        Source
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        Note
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {indicator.measurements.slice(-TABLE_ROWS).map((m) => (
                      <tr key={m.id} className="border-t border-slate-200" data-testid="measurement-row">
                        <th scope="row" className="px-3 py-2 text-left font-medium">
                          {day(m.measuredOn)}
                        </th>
                        <td className="px-3 py-2">{formatDecimal(m.value)}</td>
                        <td className="px-3 py-2">{rounded(expectedValue(indicator, m.measuredOn))}</td>
                        <td className="px-3 py-2">
                          {m.sourceUrl ? (
                            <a href={m.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                              Source<span className="sr-only"> of the value measured on {day(m.measuredOn)} (opens in a new tab)</span>
                            </a>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td className="px-3 py-2">{m.note ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-600" data-testid="measurements-empty">
              {canEdit
                ? "No measurement yet: record the first value below, with its date and source."
                : "No measurement has been recorded yet."}
            </p>
          )}
        </>
      )}
      {canEdit && indicator ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">Record a measurement</summary>
          <div className="mt-3">
            <MeasurementForm indicatorId={indicator.id} unit={indicator.unit} />
          </div>
        </details>
      ) : null}
      {canEdit ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">
            {indicator ? "Edit the indicator" : "Set a measurable target"}
          </summary>
          <div className="mt-3">
            <IndicatorForm
              commitmentId={commitmentId}
              initial={
                indicator
                  ? {
                      version: indicator.version,
                      name: indicator.name,
                      unit: indicator.unit,
                      direction: indicator.direction,
                      baselineValue: decimalInputValue(indicator.baselineValue),
                      baselineOn: indicator.baselineOn,
                      targetValue: decimalInputValue(indicator.targetValue),
                      targetOn: indicator.targetOn,
                    }
                  : {
                      version: null,
                      name: "",
                      unit: "",
                      direction: "INCREASE",
                      baselineValue: "",
                      baselineOn: "",
                      targetValue: "",
                      targetOn: "",
                    }
              }
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
