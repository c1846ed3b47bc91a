import { readFileSync } from "node:fs";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { reportFontPath } from "./fonts";
import { pdfFont, unshapedLayout } from "./pdf-font";

const font = create(readFileSync(reportFontPath("regular")));

describe("unshapedLayout", () => {
  const layout = unshapedLayout(font);

  it("draws the reports' names with the glyphs fontkit's shaping picks, and their advance widths", () => {
    for (const text of ["Türkiye", "Nurdağı", "Köşerbayev", "Қазақстан", "https://example.org/evidence/12/3", "1 Oct 2026 – 30%"]) {
      const shaped = font.layout(text);
      const run = layout(text);
      expect(
        run.glyphs.map((g) => g.id),
        text,
      ).toEqual(shaped.glyphs.map((g) => g.id));
      expect(
        run.glyphs.every((g) => g.id !== 0),
        text,
      ).toBe(true);
      expect(run.advanceWidth, text).toBe(run.glyphs.reduce((sum, g) => sum + g.advanceWidth, 0));
    }
  });

  it("leaves out only pair kerning: a kerned pair is wider unshaped, by the kerning", () => {
    const shaped = font.layout("AV");
    const run = layout("AV");
    expect(shaped.advanceWidth).toBeLessThan(run.advanceWidth);
  });

  it("sends combining marks, other scripts and explicit features to fontkit's shaping", () => {
    for (const text of ["i\u0307", "e\u0301", "日本"]) {
      const [run, shaped] = [layout(text), font.layout(text)];
      expect(
        run.glyphs.map((g) => g.id),
        text,
      ).toEqual(shaped.glyphs.map((g) => g.id));
      expect(run.positions, text).toEqual(shaped.positions);
    }
    expect(layout("fi", ["liga"]).glyphs.map((g) => g.id)).toEqual(font.layout("fi", ["liga"]).glyphs.map((g) => g.id));
  });

  it("pdfFont keeps the font's own properties for PDFKit", () => {
    const wrapped = pdfFont(reportFontPath("bold"));
    expect(wrapped.postscriptName).toBe("NotoSans-Bold");
    expect(wrapped.layout("Қазақстан").glyphs).toHaveLength(9);
  });
});
