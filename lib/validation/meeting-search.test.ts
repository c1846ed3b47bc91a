import { describe, expect, it } from "vitest";
import { MEETING_SEARCH_MAX, parseMeetingSearch } from "./meeting-search";

const parse = (query: string) => parseMeetingSearch(new URLSearchParams(query));

describe("parseMeetingSearch", () => {
  it("reads the search and the limit", () => {
    expect(parse("q=%20Strategic%20Planning%20&limit=5")).toEqual({ q: "Strategic Planning", limit: 5 });
  });

  it("answers nothing or nonsense with the newest meetings, at most 20", () => {
    expect(parse("")).toEqual({ q: "", limit: MEETING_SEARCH_MAX });
    for (const limit of ["0", "-3", "2.5", "abc", "1e3", ""]) expect(parse(`q=x&limit=${limit}`).limit, limit).toBe(MEETING_SEARCH_MAX);
    expect(parse("limit=500").limit).toBe(MEETING_SEARCH_MAX);
  });

  it("cuts a long search to 200 characters", () => {
    expect(parse(`q=${"a".repeat(5_000)}`).q).toHaveLength(200);
  });
});
