import { describe, expect, it } from "vitest";
import { foldText, foldWithOffsets } from "./fold";

describe("foldText", () => {
  it("removes accents and case as the database's search does", () => {
    expect(foldText("Türkiye")).toBe("turkiye");
    expect(foldText("Nurdağı, KIRŞEHİR")).toBe("nurdagi, kirsehir");
    expect(foldText("Straße, Æsir, Łódź, Ørsted")).toBe("strasse, aesir, lodz, orsted");
    expect(foldText("CICA’s “Türkiye–Kazakhstan”")).toBe(`cica's "turkiye-kazakhstan"`);
  });
});

describe("foldWithOffsets", () => {
  it("maps every folded character back to the original characters it came from", () => {
    const original = "Maße Türkiye";
    const { folded, starts, ends } = foldWithOffsets(original);
    expect(folded).toBe("masse turkiye");
    expect(starts).toHaveLength(folded.length);
    const at = folded.indexOf("turkiye");
    expect(original.slice(starts[at], ends[at + "turkiye".length - 1])).toBe("Türkiye");
    // Half of "ß" still maps to the whole letter.
    expect(original.slice(starts[2], ends[2])).toBe("ß");
  });

  it("keeps characters outside the basic plane whole", () => {
    const { folded, starts, ends } = foldWithOffsets("a😀b");
    expect(folded).toBe("a😀b");
    expect(starts).toEqual([0, 1, 1, 3]);
    expect(ends).toEqual([1, 3, 3, 4]);
  });
});
