import { describe, expect, it } from "vitest";
import { pageLinks, pageWindow, parsePageParam, queryWithPage } from "./paging";

describe("parsePageParam", () => {
  it("reads a whole number of at least 1 from the address", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam(["4", "9"])).toBe(4);
    expect(parsePageParam(" 2 ")).toBe(2);
  });

  it("takes anything else for page 1", () => {
    for (const raw of [undefined, "", "0", "-2", "2abc", "1e3", "1.5", "page"]) expect(parsePageParam(raw), String(raw)).toBe(1);
  });

  it("keeps a huge number huge: it is past the end, not page 1", () => {
    expect(parsePageParam("99999999999999999999")).toBeGreaterThan(1e15);
  });
});

describe("pageWindow", () => {
  it("slices the list and numbers the page from 1", () => {
    expect(pageWindow(812, 25, 2)).toEqual({ page: 2, pageCount: 33, total: 812, from: 25, to: 50, first: 26, last: 50 });
    expect(pageWindow(812, 25, 33)).toMatchObject({ from: 800, to: 812, first: 801, last: 812 });
  });

  it("clamps a page past the end to the last page, and below 1 to the first", () => {
    expect(pageWindow(60, 25, 7)).toMatchObject({ page: 3, first: 51, last: 60 });
    expect(pageWindow(60, 25, Number.POSITIVE_INFINITY)).toMatchObject({ page: 3 });
    expect(pageWindow(60, 25, 0)).toMatchObject({ page: 1, first: 1, last: 25 });
  });

  it("has one empty page for an empty list", () => {
    expect(pageWindow(0, 25, 5)).toEqual({ page: 1, pageCount: 1, total: 0, from: 0, to: 0, first: 0, last: 0 });
  });
});

describe("pageLinks", () => {
  it("lists every page of a short list", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the first, the last and two either side of the current page, with gaps between", () => {
    expect(pageLinks(10, 33)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 33]);
    expect(pageLinks(1, 33)).toEqual([1, 2, 3, "gap", 33]);
    expect(pageLinks(33, 33)).toEqual([1, "gap", 31, 32, 33]);
  });

  it("shows a lone skipped page instead of a gap", () => {
    expect(pageLinks(5, 33)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 33]);
  });
});

describe("queryWithPage", () => {
  it("sets the page and keeps every other parameter", () => {
    expect(queryWithPage({ aside: "2", page: "1" }, "page", 3)).toBe("?aside=2&page=3");
    expect(queryWithPage({ page: "4", tag: ["a", "b"], gone: undefined }, "aside", 2)).toBe("?page=4&tag=a&tag=b&aside=2");
  });

  it("drops the parameter for page 1", () => {
    expect(queryWithPage({ page: "3" }, "page", 1)).toBe("");
    expect(queryWithPage({ page: "3", aside: "2" }, "page", 1)).toBe("?aside=2");
  });

  it("encodes what it keeps", () => {
    expect(queryWithPage({ q: "a&b c" }, "page", 2)).toBe("?q=a%26b+c&page=2");
  });
});
