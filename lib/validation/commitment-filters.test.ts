import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  commitmentFiltersToQuery,
  describeDueFilters,
  isFiltered,
  parseCommitmentFilters,
  searchTerms,
} from "./commitment-filters";
import { dashboardListHref, dueListFilters, parseDashboardParams } from "./dashboard-params";

describe("parseCommitmentFilters", () => {
  it("uses sensible defaults for an empty URL", () => {
    expect(parseCommitmentFilters({})).toEqual({
      q: "",
      statuses: [],
      categories: [],
      parties: [],
      meeting: null,
      reaffirmed: 0,
      overdue: false,
      overdueMilestones: false,
      staleDays: null,
      noUpdateSince: null,
      targetFrom: null,
      targetTo: null,
      sort: "updated",
      dir: "desc",
      page: 1,
      pageSize: 25,
    });
  });

  it("keeps valid values, repeated ones included, and drops the rest", () => {
    const filters = parseCommitmentFilters({
      q: " Türkiye ",
      status: ["IN_PROGRESS", "BOGUS", "STALLED"],
      category: "Health",
      party: ["Kazakhstan", ""],
      sort: "drop table",
      page: "-4",
      size: "1000",
    });
    expect(filters).toMatchObject({
      q: "Türkiye",
      statuses: ["IN_PROGRESS", "STALLED"],
      categories: ["Health"],
      parties: ["Kazakhstan"],
      sort: "updated",
      page: 1,
      pageSize: 25,
    });
  });

  it("round-trips through the URL", () => {
    const filters = parseCommitmentFilters({
      q: "Maarif",
      status: ["IN_PROGRESS", "FULFILLED"],
      meeting: "jspg-8",
      sort: "title",
      dir: "desc",
      page: "3",
      size: "50",
    });
    const query = commitmentFiltersToQuery(filters);
    const params = new URLSearchParams(query);
    const back = parseCommitmentFilters({
      q: params.get("q") ?? undefined,
      status: params.getAll("status"),
      meeting: params.get("meeting") ?? undefined,
      sort: params.get("sort") ?? undefined,
      dir: params.get("dir") ?? undefined,
      page: params.get("page") ?? undefined,
      size: params.get("size") ?? undefined,
    });
    expect(back).toEqual(filters);
  });
});

describe("searchTerms", () => {
  it("splits on whitespace and caps the number of words", () => {
    expect(searchTerms("  critical   minerals ")).toEqual(["critical", "minerals"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("the reaffirmed filter", () => {
  it("reads a whole number from 0 to 100 and puts it back in the URL", () => {
    expect(parseCommitmentFilters({ reaffirmed: "2" }).reaffirmed).toBe(2);
    expect(parseCommitmentFilters({ reaffirmed: "-3" }).reaffirmed).toBe(0);
    expect(parseCommitmentFilters({ reaffirmed: "1e9" }).reaffirmed).toBe(100);
    expect(parseCommitmentFilters({ reaffirmed: "two" }).reaffirmed).toBe(0);
    expect(commitmentFiltersToQuery({ reaffirmed: 3 })).toBe("?reaffirmed=3");
  });
});

describe("the filters the dashboard links to", () => {
  const fromUrl = (query: string) => {
    const params = new URLSearchParams(query.replace(/^\?/, ""));
    return parseCommitmentFilters(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));
  };

  it("reads overdue, stale, no update since and the target range, dropping what does not parse", () => {
    expect(
      parseCommitmentFilters({ overdue: "1", stale: "90", noUpdateSince: "2026-06-01", targetFrom: "2026-01-01", targetTo: "2026-12-31" }),
    ).toMatchObject({ overdue: true, staleDays: 90, noUpdateSince: "2026-06-01", targetFrom: "2026-01-01", targetTo: "2026-12-31" });
    expect(
      parseCommitmentFilters({ overdue: "no", stale: "-5", noUpdateSince: "2026-02-30", targetFrom: "yesterday", targetTo: "2026-13-01" }),
    ).toMatchObject({ overdue: false, staleDays: null, noUpdateSince: null, targetFrom: null, targetTo: null });
    expect(parseCommitmentFilters({ stale: "1e9" }).staleDays).toBe(36_500);
  });

  it("reads, writes and describes the overdue-milestone filter", () => {
    const filters = parseCommitmentFilters({ overdueMilestones: "1" });
    expect(filters.overdueMilestones).toBe(true);
    expect(parseCommitmentFilters({ overdueMilestones: "no" }).overdueMilestones).toBe(false);
    expect(commitmentFiltersToQuery(filters)).toBe("?overdueMilestones=1");
    expect(fromUrl(commitmentFiltersToQuery(filters))).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(1);
    expect(describeDueFilters(filters, (d) => d)).toEqual(["with an overdue milestone (due date passed, not done)"]);
  });

  it("round-trips them through the URL, and counts them as filtering", () => {
    const filters = parseCommitmentFilters({
      overdue: "1",
      stale: "30",
      noUpdateSince: "2026-06-01",
      targetFrom: "2026-01-01",
      targetTo: "2026-12-31",
    });
    expect(fromUrl(commitmentFiltersToQuery(filters))).toEqual(filters);
    expect(isFiltered(filters)).toBe(true);
    expect(isFiltered(parseCommitmentFilters({ sort: "title", page: "2" }))).toBe(false);
  });

  it("says in words what the dashboard's filters keep", () => {
    const words = describeDueFilters(
      parseCommitmentFilters({ overdue: "1", stale: "90", targetFrom: "2026-01-01", targetTo: "2026-03-31" }),
      (d) => d,
    );
    expect(words).toEqual([
      "overdue (target date passed, not fulfilled)",
      "stale (open, last update took effect more than 90 days ago)",
      "target between 2026-01-01 and 2026-03-31",
    ]);
  });

  it("links each dashboard figure to the list with the dashboard's filters and the figure's rule; none for a past date", () => {
    const today = parseDashboardParams({ category: "Health", party: "Türkiye", stale: "60" }, new Date("2026-11-27T12:00:00Z"));
    const due = dueListFilters(today);
    const overdue = fromUrl(dashboardListHref(today, due.overdue)!.replace("/commitments", ""));
    expect(overdue).toMatchObject({ overdue: true, categories: ["Health"], parties: ["Türkiye"] });
    const stale = fromUrl(dashboardListHref(today, due.stale)!.replace("/commitments", ""));
    expect(stale).toMatchObject({ staleDays: 60, categories: ["Health"] });
    const upcoming = fromUrl(dashboardListHref(today, due.upcoming)!.replace("/commitments", ""));
    expect(upcoming).toMatchObject({ targetFrom: today.asOf, statuses: expect.not.arrayContaining(["FULFILLED"]) });
    expect(upcoming.statuses).toHaveLength(6);
    expect(Date.parse(upcoming.targetTo!) - Date.parse(upcoming.targetFrom!)).toBe(90 * 86_400_000);
    const past = parseDashboardParams({ asOf: "2026-03-01" }, new Date("2026-11-27T12:00:00Z"));
    expect(dashboardListHref(past, due.overdue)).toBeNull();
  });
});

describe("activeFilterCount", () => {
  it("counts each filter once, however many statuses are ticked, and not the sort or page", () => {
    expect(activeFilterCount(parseCommitmentFilters({ sort: "title", dir: "desc", page: "2", size: "50" }))).toBe(0);
    expect(activeFilterCount(parseCommitmentFilters({ status: ["FULFILLED", "BROKEN"], q: "Maarif", overdue: "1" }))).toBe(3);
    expect(isFiltered(parseCommitmentFilters({ q: "Maarif" }))).toBe(true);
  });
});
