import { foldText } from "./fold";

/** A URL-safe slug: "8th meeting of the Türkiye–Kazakhstan JSPG" → "8th-meeting-of-the-turkiye-kazakhstan-jspg". */
export function slugify(value: string, maxLength = 70): string {
  const ascii = foldText(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = ascii.slice(0, maxLength).replace(/-+$/, "");
  return cut || "meeting";
}
