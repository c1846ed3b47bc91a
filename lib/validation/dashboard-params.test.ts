import { afterEach, describe, expect, it } from "vitest";
import { activeDashboardFilterCount, dashboardQuery, parseDashboardParams } from "./dashboard-params";

const NOW = new Date("2026-11-26T12:00:00Z");

describe("parseDashboardParams", () => {
  afterEach(() => {
    delete process.env.STALE_AFTER_DAYS;
  });

  it("defaults to today (the latest date on Earth), buckets chosen by the span and 90 stale days", () => {
    expect(parseDashboardParams({}, NOW)).toEqual({
      meeting: null,
      category: null,
      party: null,
      asOf: "2026-11-27",
      past: false,
      bucket: "auto",
      staleDays: 90,
      notices: [],
    });
  });

  it("shows the past only for a real date before today", () => {
    expect(parseDashboardParams({ asOf: "2026-04-15" }, NOW)).toMatchObject({ asOf: "2026-04-15", past: true });
    expect(parseDashboardParams({ asOf: "2027-01-01" }, NOW)).toMatchObject({ asOf: "2026-11-27", past: false, notices: [] });
    const bad = parseDashboardParams({ asOf: "2026-02-30" }, NOW);
    expect(bad).toMatchObject({ past: false });
    expect(bad.notices[0]).toMatch(/not a date/);
  });

  it("keeps known filters and explains what it ignored", () => {
    const params = parseDashboardParams({ category: "Sport", party: "Kazakhstan", stale: "3", bucket: "month" }, NOW);
    expect(params).toMatchObject({ category: null, party: "Kazakhstan", bucket: "month", staleDays: 90 });
    expect(params.notices).toHaveLength(2);
  });

  it("takes the stale threshold from STALE_AFTER_DAYS, and the URL over it", () => {
    process.env.STALE_AFTER_DAYS = "60";
    expect(parseDashboardParams({}, NOW).staleDays).toBe(60);
    expect(parseDashboardParams({ stale: "30" }, NOW).staleDays).toBe(30);
  });
});

describe("dashboardQuery", () => {
  it("writes only what differs from the defaults", () => {
    const params = parseDashboardParams({ party: "Türkiye", asOf: "2026-04-15", bucket: "month", stale: "30" }, NOW);
    expect(dashboardQuery(params)).toBe("?party=T%C3%BCrkiye&asOf=2026-04-15&bucket=month&stale=30");
    expect(dashboardQuery({ ...params, past: false })).toBe("?party=T%C3%BCrkiye&bucket=month&stale=30");
    expect(dashboardQuery(parseDashboardParams({}, NOW))).toBe("");
  });

  it("keeps a bucket asked for, weeks included, and leaves out the automatic one", () => {
    expect(dashboardQuery(parseDashboardParams({ bucket: "week" }, NOW))).toBe("?bucket=week");
    expect(parseDashboardParams({ bucket: "" }, NOW).bucket).toBe("auto");
    expect(dashboardQuery(parseDashboardParams({ bucket: "fortnight" }, NOW))).toBe("");
  });
});

describe("activeDashboardFilterCount", () => {
  it("counts the meeting, category, party and a past date, not how the charts are drawn", () => {
    expect(activeDashboardFilterCount(parseDashboardParams({ bucket: "month", stale: "30" }, NOW))).toBe(0);
    expect(activeDashboardFilterCount(parseDashboardParams({ party: "Azerbaijan", asOf: "2026-04-15" }, NOW))).toBe(2);
    expect(activeDashboardFilterCount(parseDashboardParams({ meeting: "m", category: "Trade & investment", party: "p" }, NOW))).toBe(3);
  });
});
