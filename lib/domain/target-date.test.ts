import { describe, expect, it } from "vitest";
import {
  formatDayText,
  formatPeriod,
  formatTarget,
  isoDate,
  latestTodayOnEarth,
  localToday,
  parseTarget,
  targetInputValue,
} from "./target-date";

function parsed(precision: Parameters<typeof parseTarget>[0], raw: string) {
  const result = parseTarget(precision, raw);
  if (!result.ok) throw new Error(result.message);
  return result.targetDate ? isoDate(result.targetDate) : null;
}

describe("parseTarget", () => {
  it("stores the last day of the stated period", () => {
    expect(parsed("YEAR", "2026")).toBe("2026-12-31");
    expect(parsed("QUARTER", "2026-Q1")).toBe("2026-03-31");
    expect(parsed("QUARTER", "2024q4")).toBe("2024-12-31");
    expect(parsed("MONTH", "2028-02")).toBe("2028-02-29");
    expect(parsed("DAY", "2026-06-30")).toBe("2026-06-30");
  });

  it("keeps 'upcoming period' and 'no target' without a date", () => {
    expect(parsed("UPCOMING", "")).toBeNull();
    expect(parsed("NONE", "  ")).toBeNull();
    expect(parseTarget("UPCOMING", "2026").ok).toBe(false);
  });

  it("refuses dates that do not exist or do not match the precision", () => {
    for (const [precision, raw] of [
      ["DAY", "2026-02-30"],
      ["DAY", "2026-13-01"],
      ["MONTH", "2026-13"],
      ["QUARTER", "2026-Q5"],
      ["YEAR", "26"],
      ["YEAR", "2026-01"],
      ["YEAR", "9999"],
      ["DAY", ""],
    ] as const) {
      const result = parseTarget(precision, raw);
      expect(result.ok, `${precision} ${raw}`).toBe(false);
    }
  });
});

describe("formatTarget and targetInputValue", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it("shows a target only as precisely as it was given", () => {
    expect(formatTarget("YEAR", d("2026-12-31"))).toBe("2026");
    expect(formatTarget("QUARTER", d("2026-06-30"))).toBe("Q2 2026");
    expect(formatTarget("MONTH", d("2026-06-30"))).toBe("Jun 2026");
    expect(formatTarget("DAY", d("2026-06-30"))).toBe("30 Jun 2026");
    expect(formatTarget("UPCOMING", null)).toBe("Upcoming period");
    expect(formatTarget("NONE", null)).toBe("\u2014");
  });

  it("round-trips through the edit form", () => {
    for (const [precision, raw] of [
      ["YEAR", "2040"],
      ["QUARTER", "2026-Q3"],
      ["MONTH", "2027-11"],
      ["DAY", "2026-02-02"],
    ] as const) {
      const result = parseTarget(precision, raw);
      expect(result.ok && targetInputValue(precision, result.targetDate)).toBe(raw);
    }
  });
});

describe("latestTodayOnEarth", () => {
  it("is the date at UTC+14, so an analyst east of UTC can enter their today", () => {
    expect(latestTodayOnEarth(new Date("2026-03-01T09:59:00Z"))).toBe("2026-03-01");
    expect(latestTodayOnEarth(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-02");
  });
});

describe("localToday", () => {
  // A Date as seen from a time zone `offset` minutes behind UTC (getTimezoneOffset's sign).
  const seenFrom = (iso: string, offset: number) => Object.assign(new Date(iso), { getTimezoneOffset: () => offset });

  it("is the reader's calendar date, not UTC's and not the latest on Earth", () => {
    // 21:00 on 1 March in Los Angeles: already 2 March in UTC and at UTC+14.
    expect(localToday(seenFrom("2026-03-02T05:00:00Z", 480))).toBe("2026-03-01");
    expect(latestTodayOnEarth(new Date("2026-03-02T05:00:00Z"))).toBe("2026-03-02");
    // 01:30 on 2 March in Astana (UTC+5): still 1 March in UTC.
    expect(localToday(seenFrom("2026-03-01T20:30:00Z", -300))).toBe("2026-03-02");
    expect(localToday(seenFrom("2026-03-01T20:30:00Z", 0))).toBe("2026-03-01");
  });

  it("reads the date of the machine's own time zone by default", () => {
    expect(localToday(new Date(2026, 2, 1, 0, 5))).toBe("2026-03-01");
    expect(localToday(new Date(2026, 2, 1, 23, 55))).toBe("2026-03-01");
  });
});

describe("formatPeriod", () => {
  it("labels weeks by their first day and months by name", () => {
    expect(formatPeriod("2026-03-02", "week")).toBe("2 Mar 26");
    expect(formatPeriod("2026-03-01", "month")).toBe("Mar 2026");
  });
});

describe("formatDayText", () => {
  it("shows a typed day the way the app shows days, and nothing for what is not a day", () => {
    expect(formatDayText("2026-11-27")).toBe("27 Nov 2026");
    expect(formatDayText("2024-02-29")).toBe("29 Feb 2024");
    for (const text of ["", "2026-02-30", "11/27/2026", "2026-11"]) expect(formatDayText(text), text).toBeNull();
  });
});
