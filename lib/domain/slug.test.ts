import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("folds accents and dotless i, joins words with hyphens", () => {
    expect(slugify("8th meeting of the Türkiye–Kazakhstan JSPG")).toBe("8th-meeting-of-the-turkiye-kazakhstan-jspg");
    expect(slugify("Nurdağı, Kırşehir")).toBe("nurdagi-kirsehir");
  });
  it("never returns an empty slug and respects the length", () => {
    expect(slugify("—")).toBe("meeting");
    expect(slugify("a ".repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
});
