import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Noto Sans from node_modules, never fetched: the reports name Türkiye, Nurdağı and Қазақстан, which
// the PDF standard fonts cannot draw, and a renderer must work offline. Both formats use these files.

export const REPORT_FONT_FAMILY = "Noto Sans";

const FILES = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
} as const;

/** The font file's absolute path: resolved as a module, else under the working directory's node_modules. */
export function reportFontPath(weight: keyof typeof FILES): string {
  try {
    return createRequire(import.meta.url).resolve(FILES[weight]);
  } catch {
    // A bundler may rewrite import.meta.url; the app always runs from the project's root.
    const fallback = path.join(process.cwd(), "node_modules", FILES[weight]);
    if (existsSync(fallback)) return fallback;
    throw new Error(`The report font ${FILES[weight]} is not installed (npm install).`);
  }
}
