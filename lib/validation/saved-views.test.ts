import { describe, expect, it } from "vitest";
import { SavedViewSaveSchema, sanitizeViewQuery, savedViewHref } from "./saved-views";

describe("sanitizeViewQuery", () => {
  it("keeps the list's known filters (repeated ones too) and drops the rest and the page number", () => {
    expect(sanitizeViewQuery("list", "?status=IN_PROGRESS&status=STALLED&page=4&evil=1&status=NOPE")).toBe(
      "?status=IN_PROGRESS&status=STALLED",
    );
    expect(sanitizeViewQuery("list", "q=grain+corridor&size=50")).toBe("?q=grain+corridor&size=50");
    expect(sanitizeViewQuery("list", "")).toBe("");
  });

  it("keeps the dashboard's known filters only", () => {
    expect(sanitizeViewQuery("dashboard", "?bucket=month&category=Nonsense&status=STALLED")).toBe("?bucket=month");
    expect(sanitizeViewQuery("dashboard", "?bucket=week")).toBe("?bucket=week");
    expect(sanitizeViewQuery("dashboard", "?bucket=auto")).toBe("");
  });
});

describe("SavedViewSaveSchema", () => {
  it("trims the name and stores the sanitised query", () => {
    expect(SavedViewSaveSchema.parse({ name: "  Stalled ", page: "list", query: "status=STALLED&x=1" })).toEqual({
      name: "Stalled",
      page: "list",
      query: "?status=STALLED",
    });
  });

  it("refuses an empty or long name, an unknown page and an oversized query", () => {
    expect(SavedViewSaveSchema.safeParse({ name: " ", page: "list" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "x".repeat(81), page: "list" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "x", page: "admin" }).success).toBe(false);
    expect(SavedViewSaveSchema.safeParse({ name: "x", page: "list", query: "a".repeat(4_001) }).success).toBe(false);
  });

  it("refuses a query that is still too long once sanitised", () => {
    const parties = Array.from({ length: 50 }, (_, i) => `party=${"P".repeat(60)}${i}`).join("&");
    expect(SavedViewSaveSchema.safeParse({ name: "x", page: "list", query: parties }).success).toBe(false);
  });
});

describe("savedViewHref", () => {
  it("opens the list or the dashboard with the stored query", () => {
    expect(savedViewHref({ page: "list", query: "?status=STALLED" })).toBe("/commitments?status=STALLED");
    expect(savedViewHref({ page: "dashboard", query: "" })).toBe("/");
  });
});
