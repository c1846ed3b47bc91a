import { describe, expect, it } from "vitest";
import { segmentSource } from "./source-highlight";

describe("segmentSource", () => {
  const text = "One. Two pledges here. Three.";

  it("cuts the text into plain and highlighted segments that rebuild it exactly", () => {
    const segments = segmentSource(text, [{ id: "a", start: 5, end: 22 }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.spanIds.length)).toEqual([{ text: "Two pledges here.", start: 5, spanIds: ["a"] }]);
  });

  it("merges pledges that quote the same or overlapping text into one highlight", () => {
    const segments = segmentSource(text, [
      { id: "a", start: 5, end: 22 },
      { id: "b", start: 5, end: 22 },
      { id: "c", start: 9, end: 29 },
    ]);
    const highlighted = segments.filter((s) => s.spanIds.length);
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]).toMatchObject({ start: 5, spanIds: ["a", "b", "c"], text: "Two pledges here. Three." });
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores spans outside the text", () => {
    const segments = segmentSource(text, [
      { id: "x", start: 20, end: 500 },
      { id: "y", start: -1, end: 3 },
    ]);
    expect(segments).toEqual([{ text, start: 0, spanIds: [] }]);
  });
});
