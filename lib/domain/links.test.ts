import { describe, expect, it } from "vitest";
import { isHttpUrl } from "./links";

describe("isHttpUrl", () => {
  it.each(["https://mfa.gov.tr/readout", "http://example.org", "https://akorda.kz/en/news?id=1#p2"])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "ftp://example.org/file",
    "https://",
    "example.org",
    "https://exa mple.org",
    "https://example.org/a b",
    "mailto:a@b.org",
    "",
  ])("refuses %j", (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});
