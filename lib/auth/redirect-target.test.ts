import { describe, expect, it } from "vitest";
import { OPEN_REDIRECT_BYPASSES } from "@/tests/support/open-redirects";
import { safeRedirectTarget } from "./redirect-target";

describe("safeRedirectTarget", () => {
  it.each(OPEN_REDIRECT_BYPASSES)("sends %j home", (raw) => {
    expect(safeRedirectTarget(raw)).toBe("/");
  });

  it.each([
    ["/commitments?status=IN_PROGRESS", "/commitments?status=IN_PROGRESS"],
    ["/meetings/jspg-8-2026-ankara#source-864", "/meetings/jspg-8-2026-ankara#source-864"],
    ["/commitments?q=T%C3%BCrkiye", "/commitments?q=T%C3%BCrkiye"],
    ["/", "/"],
  ])("keeps the page %s", (raw, kept) => {
    expect(safeRedirectTarget(raw)).toBe(kept);
  });

  it("sends nothing or a huge value home", () => {
    expect(safeRedirectTarget(null)).toBe("/");
    expect(safeRedirectTarget("")).toBe("/");
    expect(safeRedirectTarget(`/${"a".repeat(3_000)}`)).toBe("/");
  });
});
