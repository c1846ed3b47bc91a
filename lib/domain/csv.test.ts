import { describe, expect, it } from "vitest";
import { CSV_BOM, CsvSyntaxError, csvField, csvRow, parseCsv, readCsvText } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvRow(["Türkiye", "a,b", 'say "hi"', "line\nbreak", null, 3])).toBe('Türkiye,"a,b","say ""hi""","line\nbreak",,3\r\n');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes dates as ISO timestamps and objects as JSON", () => {
    expect(csvField(new Date("2026-02-02T00:00:00Z"))).toBe("2026-02-02T00:00:00.000Z");
    expect(csvField({ status: "IN_PROGRESS" })).toBe('"{""status"":""IN_PROGRESS""}"');
  });
});

describe("parseCsv and readCsvText", () => {
  it("reads what csvRow writes, byte for byte, whatever the text", () => {
    const values = [
      "Türkiye",
      "Nurdağı, Gaziantep",
      'He said "yes"',
      "two\r\nlines",
      "=1+2",
      "'=already",
      "''+x",
      "-",
      "",
      "'plain",
      "@home",
      "\ttab",
    ];
    const text = CSV_BOM + csvRow(values) + csvRow(["a", "b"]);
    const records = parseCsv(text);
    expect(records.map((r) => r.fields.map(readCsvText))).toEqual([values, ["a", "b"]]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  it("accepts LF line ends and skips empty lines", () => {
    expect(parseCsv("a,b\n\nc,d\n").map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reports broken quoting with its line", () => {
    expect(() => parseCsv('a,b\n"never closed,c\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside an unquoted field/);
  });
});
