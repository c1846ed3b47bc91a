// A pledge's deadline is only as precise as the text: "in 2026" is a year, "in the upcoming period"
// has no date at all. The stored date is the last day of the stated period, so "overdue" and sorting
// work on one column, and the precision says how to show it.
import { FIRST_YEAR, LAST_YEAR, parseCalendarDay } from "./calendar-day";

export const TARGET_PRECISIONS = ["DAY", "MONTH", "QUARTER", "YEAR", "UPCOMING", "NONE"] as const;
export type TargetPrecisionValue = (typeof TARGET_PRECISIONS)[number];

export const TARGET_PRECISION_LABELS: Record<TargetPrecisionValue, string> = {
  DAY: "A specific day",
  MONTH: "A month",
  QUARTER: "A quarter",
  YEAR: "A year",
  UPCOMING: "\u201cUpcoming period\u201d (no date given)",
  NONE: "No target given",
};

export const TARGET_INPUT_HINTS: Record<TargetPrecisionValue, string> = {
  DAY: "YYYY-MM-DD, e.g. 2026-06-30",
  MONTH: "YYYY-MM, e.g. 2026-06",
  QUARTER: "YYYY-Qn, e.g. 2026-Q2",
  YEAR: "YYYY, e.g. 2026",
  UPCOMING: "leave empty",
  NONE: "leave empty",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function lastDayOfMonth(year: number, monthIndex: number): Date {
  return utcDate(year, monthIndex + 1, 0);
}

export type ParsedTarget = { ok: true; targetDate: Date | null } | { ok: false; message: string };

/** Turns the analyst's target ("2026", "2026-Q2", "2026-06", "2026-06-30") into the period's last day. */
export function parseTarget(precision: TargetPrecisionValue, raw: string | null | undefined): ParsedTarget {
  const value = (raw ?? "").trim();
  if (precision === "UPCOMING" || precision === "NONE") {
    return value ? { ok: false, message: "Leave the target empty for this precision." } : { ok: true, targetDate: null };
  }
  const fail = { ok: false as const, message: `Enter the target as ${TARGET_INPUT_HINTS[precision]}.` };
  const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
  if (precision === "YEAR") {
    const m = /^(\d{4})$/.exec(value);
    if (!m || !inRange(+m[1])) return fail;
    return { ok: true, targetDate: utcDate(+m[1], 11, 31) };
  }
  if (precision === "QUARTER") {
    const m = /^(\d{4})-?Q([1-4])$/i.exec(value);
    if (!m || !inRange(+m[1])) return fail;
    return { ok: true, targetDate: lastDayOfMonth(+m[1], +m[2] * 3 - 1) };
  }
  if (precision === "MONTH") {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m || !inRange(+m[1]) || +m[2] < 1 || +m[2] > 12) return fail;
    return { ok: true, targetDate: lastDayOfMonth(+m[1], +m[2] - 1) };
  }
  const date = parseCalendarDay(value);
  return date ? { ok: true, targetDate: date } : fail;
}

/** The inverse of parseTarget, for filling an edit form. */
export function targetInputValue(precision: TargetPrecisionValue, date: Date | null): string {
  if (!date) return "";
  const y = date.getUTCFullYear();
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  switch (precision) {
    case "YEAR":
      return String(y);
    case "QUARTER":
      return `${y}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case "MONTH":
      return `${y}-${mm}`;
    case "DAY":
      return isoDate(date);
    default:
      return "";
  }
}

/** How a target reads in a table: "2026", "Q2 2026", "Jun 2026", "30 Jun 2026", "Upcoming period". */
export function formatTarget(precision: TargetPrecisionValue, date: Date | null): string {
  if (precision === "UPCOMING") return "Upcoming period";
  if (!date || precision === "NONE") return "\u2014";
  const y = date.getUTCFullYear();
  switch (precision) {
    case "YEAR":
      return String(y);
    case "QUARTER":
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${y}`;
    case "MONTH":
      return formatMonth(date);
    default:
      return formatDay(date);
  }
}

/** "Feb 2026". */
export function formatMonth(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2 Feb 2026", or "2 Feb" without the year (where the year is plain from beside it). */
export function formatDay(date: Date, withYear = true): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return withYear ? `${day} ${date.getUTCFullYear()}` : day;
}

/** A typed day (YYYY-MM-DD, what a date field holds) as the app shows days, or null when it is not a real day. */
export function formatDayText(text: string): string | null {
  const date = parseCalendarDay(text);
  return date ? formatDay(date) : null;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The latest calendar date anywhere on Earth (UTC+14). An analyst in Astana after midnight is already
 * in "tomorrow" by UTC; their today must still count as not in the future.
 */
export function latestTodayOnEarth(now: Date = new Date()): string {
  return isoDate(new Date(now.getTime() + 14 * 3600_000));
}

/**
 * Today where the reader is (in the browser, its time zone): the date the status form proposes and
 * where a commitment's timeline ends. What may be entered is still bounded by latestTodayOnEarth, so
 * an update from further east can fall on this reader's tomorrow.
 */
export function localToday(now: Date = new Date()): string {
  return isoDate(new Date(now.getTime() - now.getTimezoneOffset() * 60_000));
}

/** A chart period as it reads on an axis: "2 Mar 26" for a week, "Mar 2026" for a month. */
export function formatPeriod(start: string, unit: "week" | "month"): string {
  const date = new Date(`${start}T00:00:00Z`);
  return unit === "month"
    ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
    : `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCFullYear()).slice(2)}`;
}
