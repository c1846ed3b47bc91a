// A commitment's measurable target: the straight path from the baseline (its date, its value) to the
// target (its date, its value), and whether the measurements keep to it. Values are decimals with up
// to 6 places (PostgreSQL NUMERIC(20,6)), read as text and compared exactly, in millionths (BigInt):
// no floating-point rounding decides "on track" or "behind" at a boundary.

export const INDICATOR_DIRECTIONS = ["INCREASE", "DECREASE"] as const;
export type IndicatorDirectionValue = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirectionValue, string> = {
  INCREASE: "Increase (the target is above the baseline)",
  DECREASE: "Decrease (the target is below the baseline)",
};

/** How far short of the path (as a share of the distance from baseline to target) still counts as on track. */
export const BEHIND_TOLERANCE_PERCENT = 10;

export const INDICATOR_RULE =
  "Target met when the latest measurement reaches the target (at or above it for an increase, at or below it for a decrease). " +
  `Otherwise behind when it falls short of the straight path from baseline to target, at its date, by more than ${BEHIND_TOLERANCE_PERCENT} % ` +
  "of the distance from baseline to target; otherwise on track. After the target date the path stays at the target. " +
  "The latest measurement is the one with the latest date (of two on one day, the one recorded last).";

export type IndicatorPath = {
  direction: IndicatorDirectionValue;
  /** Decimal text, e.g. "5.25". */
  baselineValue: string;
  /** YYYY-MM-DD. */
  baselineOn: string;
  targetValue: string;
  targetOn: string;
};

export type MeasurementPoint = { value: string; measuredOn: string };

export const INDICATOR_STANDINGS = ["NO_MEASUREMENT", "TARGET_MET", "ON_TRACK", "BEHIND"] as const;
export type IndicatorStanding = (typeof INDICATOR_STANDINGS)[number];

export const INDICATOR_STANDING_LABELS: Record<IndicatorStanding, string> = {
  NO_MEASUREMENT: "no measurement yet",
  TARGET_MET: "target met",
  ON_TRACK: "on track",
  BEHIND: "behind",
};

export type IndicatorReading =
  { standing: "NO_MEASUREMENT" } | { standing: Exclude<IndicatorStanding, "NO_MEASUREMENT">; latest: MeasurementPoint; expected: number };

const SCALE = 1_000_000n;
const DECIMAL = /^([+-])?(\d{1,14})(?:\.(\d{1,6}))?$/;

/** Whether the text is a decimal the database keeps exactly: up to 14 digits before the point and 6 after. */
export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text);
}

/** A decimal as a whole number of millionths; throws on text that is not one (isDecimalText). */
export function toMicros(text: string): bigint {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new Error(`Not a decimal: ${text}`);
  const micros = BigInt(m[2]) * SCALE + BigInt((m[3] ?? "").padEnd(6, "0"));
  return m[1] === "-" ? -micros : micros;
}

/** -1, 0 or 1 as a is below, equal to or above b (exactly). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const d = toMicros(a) - toMicros(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

function decimalParts(text: string) {
  const micros = toMicros(text);
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const fraction = (abs % SCALE).toString().padStart(6, "0").replace(/0+$/, "");
  return { negative, whole: (abs / SCALE).toString(), fraction: fraction ? `.${fraction}` : "" };
}

/** "1234.500000" → "1,234.5", "-0.25" → "−0.25": a stored decimal as people read it. */
export function formatDecimal(text: string): string {
  const { negative, whole, fraction } = decimalParts(text);
  return `${negative ? "−" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction}`;
}

/** "1234.500000" → "1234.5": a stored decimal as the form's field takes it back. */
export function decimalInputValue(text: string): string {
  const { negative, whole, fraction } = decimalParts(text);
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Days since the baseline at `day`, held between 0 and the path's length (the path is flat outside it). */
function elapsed(path: IndicatorPath, day: string): { num: bigint; den: bigint } {
  const den = dayNumber(path.targetOn) - dayNumber(path.baselineOn);
  const num = Math.min(Math.max(dayNumber(day) - dayNumber(path.baselineOn), 0), den);
  return { num: BigInt(num), den: BigInt(den) };
}

/** The path's value on a day (linear between baseline and target, flat before and after), for showing. */
export function expectedValue(path: IndicatorPath, day: string): number {
  const { num, den } = elapsed(path, day);
  const baseline = toMicros(path.baselineValue);
  const distance = toMicros(path.targetValue) - baseline;
  // Exact in millionths, then one division for the reader.
  const micros = baseline * den + distance * num;
  return Number(micros) / Number(den) / 1_000_000;
}

/** The measurement with the latest date; of two on one day, the later in the list (recorded later). */
export function latestMeasurement<T extends MeasurementPoint>(measurements: readonly T[]): T | null {
  let latest: T | null = null;
  for (const m of measurements) if (!latest || m.measuredOn >= latest.measuredOn) latest = m;
  return latest;
}

/** Where an indicator stands by INDICATOR_RULE, from its measurements in the order they were recorded. */
export function indicatorStanding(path: IndicatorPath, measurements: readonly MeasurementPoint[]): IndicatorReading {
  const latest = latestMeasurement(measurements);
  if (!latest) return { standing: "NO_MEASUREMENT" };
  const baseline = toMicros(path.baselineValue);
  const target = toMicros(path.targetValue);
  const value = toMicros(latest.value);
  const expected = expectedValue(path, latest.measuredOn);
  const increase = path.direction === "INCREASE";
  if (increase ? value >= target : value <= target) return { standing: "TARGET_MET", latest, expected };
  // Everything multiplied by the path's length in days, so that the expected value stays a whole number.
  const { num, den } = elapsed(path, latest.measuredOn);
  const signed = target - baseline;
  const expectedTimesDen = baseline * den + signed * num;
  const shortfallTimesDen = increase ? expectedTimesDen - value * den : value * den - expectedTimesDen;
  const distance = signed < 0n ? -signed : signed;
  const behind = shortfallTimesDen * 100n > distance * den * BigInt(BEHIND_TOLERANCE_PERCENT);
  return { standing: behind ? "BEHIND" : "ON_TRACK", latest, expected };
}
