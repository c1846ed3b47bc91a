import { describe, expect, it } from "vitest";
import { commitmentFiltersToQuery, parseCommitmentFilters, searchTerms } from "./commitment-filters";

describe("parseCommitmentFilters", () => {
  it("uses sensible defaults for an empty URL", () => {
    expect(parseCommitmentFilters({})).toEqual({
      q: "",
      statuses: [],
      categories: [],
      parties: [],
      meeting: null,
      reaffirmed: 0,
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
