import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvRow(["Türkiye", "a,b", 'say "hi"', "line\nbreak", null, 3])).toBe('Türkiye,"a,b","say ""hi""","line\nbreak",,3\r\n');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes dates as ISO timestamps and objects as JSON", () => {
    expect(csvField(new Date("2026-02-02T00:00:00Z"))).toBe("2026-02-02T00:00:00.000Z");
    expect(csvField({ status: "IN_PROGRESS" })).toBe('"{""status"":""IN_PROGRESS""}"');
  });
});
