// The part of fontkit 2 (PDFKit's own font engine) that lib/report/pdf-font.ts uses.
declare module "fontkit" {
  export type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
  export type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
  export type GlyphRun = { glyphs: Glyph[]; positions: GlyphPosition[]; readonly advanceWidth: number };
  export type Font = {
    postscriptName: string;
    layout(text: string, features?: unknown): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
