import { describe, expect, it } from "vitest";
import { looksLikeCalendarDay, parseCalendarDay } from "./calendar-day";

describe("parseCalendarDay", () => {
  it.each(["2026-02-02", "2024-02-29", "1900-01-01", "2200-12-31"])("accepts the real day %s", (day) => {
    expect(parseCalendarDay(day)?.toISOString().slice(0, 10)).toBe(day);
  });
  it.each([
    "2026-04-31",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "1899-12-31",
    "2201-01-01",
    "2026-2-2",
    " 2026-02-02",
    "2026-02-02T00:00",
    "",
  ])("refuses %j", (text) => {
    expect(parseCalendarDay(text)).toBeNull();
  });
  it("tells a malformed day from one that does not exist", () => {
    expect(looksLikeCalendarDay("2026-04-31")).toBe(true);
    expect(looksLikeCalendarDay("31/04/2026")).toBe(false);
  });
});
