import { readFileSync } from "node:fs";
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from "fontkit";

// The report's fonts for PDFKit, with a faster layout for text that needs no shaping.
//
// PDFKit lays out every distinct word with fontkit's full OpenType shaping (script detection, then
// every substitution and positioning lookup of the font). In a report of 1,000 commitments that is
// about 13,000 distinct strings (dates, addresses, numbers), and shaping them was a quarter of the
// PDF's time. Latin, Greek and Cyrillic text in precomposed form — every name the reports carry
// (Türkiye, Nurdağı, Қазақстан) — is drawn correctly glyph by glyph from the font's character map,
// as Word draws it by default: without pair kerning. Anything else (combining marks, other scripts,
// explicit OpenType features) still goes through fontkit's shaping.

/** Characters drawn glyph by glyph: printable ASCII, Latin-1 and Latin Extended, Greek, Cyrillic, punctuation and symbols. */
const UNSHAPED =
  /^[\u0020-\u007E\u00A0-\u024F\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u2190-\u21FF]*$/;

/** Lays `text` out glyph by glyph when it needs no shaping, otherwise with fontkit's own layout. */
export function unshapedLayout(font: Font): (text: string, features?: unknown) => GlyphRun {
  const glyphs = new Map<number, Glyph>();
  return (text, features) => {
    if (features || !UNSHAPED.test(text)) return font.layout(text, features);
    const run: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const codePoint = text.charCodeAt(i); // no surrogates in the ranges above
      let glyph = glyphs.get(codePoint);
      if (!glyph) glyphs.set(codePoint, (glyph = font.glyphForCodePoint(codePoint)));
      run.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
      glyphs: run,
      positions,
      // Read by PDFKit after it has scaled the positions, as fontkit's own run computes it.
      get advanceWidth() {
        let width = 0;
        for (const position of positions) width += position.xAdvance;
        return width;
      },
    };
  };
}

/** The font file opened with fontkit, its layout replaced by unshapedLayout; PDFKit's registerFont takes it as is. */
export function pdfFont(file: string): Font {
  const font = create(readFileSync(file));
  return Object.create(font, { layout: { value: unshapedLayout(font) } }) as Font;
}
