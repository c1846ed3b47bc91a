import { describe, expect, it } from "vitest";
import { commitmentHistoryHref, formatHistoryCursor, parseHistoryCursor, parseHistoryPosition } from "./history-cursor";

const ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
const PARTY = "0b7e4c2a-1d3f-4a5b-8c6d-7e8f9a0b1c2d";
const recordedAt = new Date("2026-03-15T10:22:33.123Z");

describe("history cursors", () => {
  it("reads back what it writes: the day, the recorded time to the millisecond, the id", () => {
    const text = formatHistoryCursor({ effectiveOn: new Date("2026-03-15T00:00:00Z"), recordedAt, id: ID });
    expect(text).toBe(`2026-03-15.${recordedAt.getTime()}.${ID}`);
    expect(parseHistoryCursor(text)).toEqual({ effectiveOn: "2026-03-15", recordedAt, id: ID });
    expect(formatHistoryCursor(parseHistoryCursor(text)!)).toBe(text);
  });

  it("takes the first of repeated parameters and an id in capitals", () => {
    const text = `2026-03-15.${recordedAt.getTime()}.${ID.toUpperCase()}`;
    expect(parseHistoryCursor([text, "junk"])).toEqual({ effectiveOn: "2026-03-15", recordedAt, id: ID });
  });

  it("means the newest page (null) for anything that is not a cursor, never an error", () => {
    for (const bad of [
      undefined,
      null,
      "",
      [],
      "1",
      "latest",
      `2026-02-30.${recordedAt.getTime()}.${ID}`, // no such day
      `1850-01-01.${recordedAt.getTime()}.${ID}`, // outside the years the app deals with
      `2026-3-15.${recordedAt.getTime()}.${ID}`,
      `2026-03-15.-5.${ID}`,
      `2026-03-15.1e12.${ID}`,
      `2026-03-15.9999999999999999.${ID}`, // more digits than a time has
      `2026-03-15.${recordedAt.getTime()}.not-a-uuid-------------------------`,
      `2026-03-15.${recordedAt.getTime()}.${ID}x`,
      `2026-03-15.${recordedAt.getTime()}.${ID}' OR 1=1 --`,
      `2026-03-15.${recordedAt.getTime()}`,
      "x".repeat(100_000),
    ]) {
      expect(parseHistoryCursor(bad as string | string[] | undefined), String(bad).slice(0, 60)).toBeNull();
    }
  });

  it("pages one party's assessments only when the party is named, and ignores a bad party", () => {
    const cursor = `2026-03-15.${recordedAt.getTime()}.${ID}`;
    expect(parseHistoryPosition({ history: cursor, party: PARTY, assessments: cursor })).toEqual({
      history: { effectiveOn: "2026-03-15", recordedAt, id: ID },
      party: PARTY,
      assessments: { effectiveOn: "2026-03-15", recordedAt, id: ID },
    });
    expect(parseHistoryPosition({ assessments: cursor })).toEqual({ history: null, party: null, assessments: null });
    expect(parseHistoryPosition({ party: "Türkiye", assessments: cursor })).toEqual({ history: null, party: null, assessments: null });
    expect(parseHistoryPosition({ party: PARTY, assessments: "bad", history: ["bad"] })).toEqual({
      history: null,
      party: PARTY,
      assessments: null,
    });
  });

  it("links to a position in the histories, leaving out the newest pages", () => {
    expect(commitmentHistoryHref(ID, { history: null, party: null, assessments: null }, "history")).toBe(`/commitments/${ID}#history`);
    expect(commitmentHistoryHref(ID, { history: "c1", party: PARTY, assessments: null }, "history")).toBe(
      `/commitments/${ID}?history=c1#history`,
    );
    expect(commitmentHistoryHref(ID, { history: "c1", party: PARTY, assessments: "c2" }, "x")).toBe(
      `/commitments/${ID}?history=c1&party=${PARTY}&assessments=c2#x`,
    );
  });
});
