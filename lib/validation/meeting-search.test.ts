import { describe, expect, it } from "vitest";
import { MEETING_SEARCH_MAX, meetingIndexHref, parseMeetingIndexParams, parseMeetingSearch } from "./meeting-search";

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

describe("the meetings index's address", () => {
  it("reads the search (trimmed, at most 200 characters) and the page", () => {
    expect(parseMeetingIndexParams({ q: "  Strategic council ", page: "3" })).toEqual({ q: "Strategic council", page: 3 });
    expect(parseMeetingIndexParams({ q: ["first", "second"], page: ["2", "9"] })).toEqual({ q: "first", page: 2 });
    expect(parseMeetingIndexParams({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("takes nothing or nonsense for page 1 of every meeting", () => {
    expect(parseMeetingIndexParams({})).toEqual({ q: "", page: 1 });
    for (const page of ["0", "-2", "2.5", "abc", "1e3"]) expect(parseMeetingIndexParams({ page }).page, page).toBe(1);
  });

  it("writes the address back, leaving out page 1 and an empty search", () => {
    expect(meetingIndexHref({ q: "", page: 1 })).toBe("/meetings");
    expect(meetingIndexHref({ q: "", page: 4 })).toBe("/meetings?page=4");
    expect(meetingIndexHref({ q: "Türkiye & Kazakhstan", page: 2 })).toBe("/meetings?q=T%C3%BCrkiye+%26+Kazakhstan&page=2");
    const back = meetingIndexHref({ q: "Türkiye & Kazakhstan", page: 2 }).split("?")[1];
    expect(parseMeetingIndexParams(Object.fromEntries(new URLSearchParams(back)))).toEqual({ q: "Türkiye & Kazakhstan", page: 2 });
  });
});
