import { describe, expect, it } from "vitest";
import { CORPUS, CORPUS_SPLIT, corpusText } from "./index";
import { secondLabels } from "./second-labels";

// The corpus's own integrity: what the issue asks of it, and labels that fit their texts.
describe("the real-readout corpus", () => {
  it("has at least 12 readouts from 6 publishers and 120 labelled pledges, each readout in one part", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CORPUS.map((r) => r.source)).size).toBeGreaterThanOrEqual(6);
    expect(CORPUS.reduce((n, r) => n + r.pledges.length, 0)).toBeGreaterThanOrEqual(120);
    expect(new Set(CORPUS.map((r) => r.id)).size).toBe(CORPUS.length);
    expect(Object.keys(CORPUS_SPLIT).sort()).toEqual(CORPUS.map((r) => r.id).sort());
    for (const part of ["development", "held-out"]) expect(CORPUS.filter((r) => r.part === part).length).toBeGreaterThanOrEqual(6);
  });

  it("keeps the text of every stored readout, as labelled, and every anchor occurs in it exactly once", () => {
    for (const readout of CORPUS.filter((r) => r.stored)) {
      const text = corpusText(readout, undefined);
      expect(text, readout.id).not.toBeNull();
      for (const { anchor, why } of [...readout.pledges, ...readout.notPledges]) {
        expect(text!.split(anchor).length - 1, `${readout.id}: ${anchor}`).toBe(1);
        expect(why.trim(), `${readout.id}: ${anchor}`).not.toBe("");
      }
    }
  });

  it("has a second labelling of every blind held-out readout, whose anchors each occur exactly once in the text", () => {
    const blind = CORPUS.filter((r) => r.part === "blind-held-out");
    expect(blind.length).toBe(18);
    for (const readout of blind) {
      const labels = secondLabels(readout.id);
      expect(labels, readout.id).not.toBeNull();
      const text = corpusText(readout, undefined)!;
      for (const { anchor, why } of [...labels!.pledges, ...labels!.notPledges]) {
        expect(text.split(anchor).length - 1, `${readout.id}: ${anchor}`).toBe(1);
        expect(why.trim(), `${readout.id}: ${anchor}`).not.toBe("");
      }
    }
    expect(secondLabels("no-such-readout")).toBeNull();
  });

  it("has an address, terms and a date for every readout", () => {
    for (const readout of CORPUS) {
      expect(readout.url, readout.id).toMatch(/^https?:\/\//);
      expect(readout.terms.length, readout.id).toBeGreaterThan(10);
      expect(readout.meetingDate, readout.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(readout.sha256, readout.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
