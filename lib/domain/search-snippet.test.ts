import { describe, expect, it } from "vitest";
import { containsAllTerms, highlightTerms, matchRanges, searchSnippet, wordAsWritten, type SearchSegment } from "./search-snippet";

const MAARIF =
  "The ministers welcomed the progress regarding the establishment of Maarif Schools in Astana and Almaty in the upcoming period and agreed to continue supporting educational and cultural partnerships between the two brotherly nations.";

const marked = (segments: SearchSegment[] | null) => (segments ?? []).filter((s) => s.match).map((s) => s.text);
const joined = (segments: SearchSegment[] | null) => (segments ?? []).map((s) => s.text).join("");

describe("matchRanges and highlightTerms", () => {
  it("finds terms whatever their accents and case, in the original text", () => {
    const text = "Türkiye and TÜRKIYE, with Nurdağı";
    expect(matchRanges(text, ["turkiye"])).toEqual([
      [0, 7],
      [12, 19],
    ]);
    expect(marked(highlightTerms(text, ["TURKIYE", "nurdagi"]))).toEqual(["Türkiye", "TÜRKIYE", "Nurdağı"]);
    expect(joined(highlightTerms(text, ["turkiye"]))).toBe(text);
  });

  it("merges overlapping matches and ignores empty terms", () => {
    expect(matchRanges("critical minerals", ["critical min", "minerals", ""])).toEqual([[0, 17]]);
    expect(highlightTerms("nothing here", ["maarif"])).toEqual([{ text: "nothing here", match: false }]);
  });
});

describe("containsAllTerms", () => {
  it("needs every term", () => {
    expect(containsAllTerms("Open Maarif Schools in Astana", ["maarif", "ASTANA"])).toBe(true);
    expect(containsAllTerms("Continue supporting educational and cultural partnerships", ["maarif"])).toBe(false);
  });
});

describe("searchSnippet", () => {
  it("shows why a pledge whose title lacks the word matched: a short passage around it, the word marked", () => {
    const snippet = searchSnippet([null, MAARIF], ["Maarif"]);
    expect(marked(snippet)).toEqual(["Maarif"]);
    const text = joined(snippet);
    expect(text.length).toBeLessThanOrEqual(162);
    expect(text).toMatch(/^….*Maarif Schools/);
    expect(text.endsWith("…")).toBe(true);
    // Cut at words, not through them.
    expect(text).toMatch(/^…\S+ /);
    expect(text).toMatch(/\S…$/);
  });

  it("highlights 'Türkiye' for 'Turkiye' and starts at the text's beginning when the match is near it", () => {
    const snippet = searchSnippet(["Hakan Fidan, Minister of Foreign Affairs of Türkiye, and his Kazakh counterpart"], ["turkiye"]);
    expect(marked(snippet)).toEqual(["Türkiye"]);
    expect(joined(snippet)).toBe("Hakan Fidan, Minister of Foreign Affairs of Türkiye, and his Kazakh counterpart");
  });

  it("prefers the text with the most of the terms, and marks every term in the passage", () => {
    const snippet = searchSnippet(["Schools in Astana.", MAARIF], ["maarif", "astana"]);
    expect(marked(snippet)).toEqual(["Maarif", "Astana"]);
  });

  it("shows the end of a long text without running past it", () => {
    const long = `${"word ".repeat(60)}the brotherly nations.`;
    const snippet = searchSnippet([long], ["nations"]);
    expect(joined(snippet).endsWith("nations.")).toBe(true);
    expect(joined(snippet).length).toBeLessThanOrEqual(162);
  });

  it("is null when no text contains a term", () => {
    expect(searchSnippet(["Deepen cooperation", null, undefined], ["maarif"])).toBeNull();
    expect(searchSnippet([MAARIF], [])).toBeNull();
  });
});

describe("wordAsWritten", () => {
  it("finds a folded word as the text writes it, as a whole word", () => {
    expect(wordAsWritten("Kazakh ministers met in Kazakhstan's capital", "kazakhstan")).toBe("Kazakhstan");
    expect(wordAsWritten("Hakan Fidan, Minister of Foreign Affairs of Türkiye", "turkiye")).toBe("Türkiye");
    expect(wordAsWritten("the Kazakhstani side", "kazakh")).toBe("kazakh");
  });
});
