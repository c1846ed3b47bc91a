import { describe, expect, it } from "vitest";
import { moveLine, reportInstant, reportOutline, type ReportBlock, type ReportLine } from "./outline";
import { sampleReport } from "./report-fixtures";

const lineText = (line: ReportLine) => line.map((run) => run.text).join("");
const blockTexts = (block: ReportBlock): string[] =>
  block.kind === "text" ? block.lines.map(lineText) : block.kind === "heading" ? [block.text] : [];

describe("reportOutline", () => {
  it("orders the parts: cover, contents, summary, one section per category, the annex, each anchored part on a new page", () => {
    const headings = reportOutline(sampleReport()).flatMap((block) =>
      block.kind === "heading" && block.level < 3 ? [`${block.level} ${block.text}${block.anchor ? ` #${block.anchor}` : ""}`] : [],
    );
    expect(headings).toEqual([
      "1 Summary #summary",
      "2 Commitments by status",
      "2 Compliance by party",
      "1 Reconstruction and housing #section-1",
      "1 Trade and investment #section-2",
      "1 Annex: Status history #annex",
      "2 Reconstruction and housing",
      "2 Trade and investment",
    ]);
    const blocks = reportOutline(sampleReport());
    expect(blocks.slice(0, 2).map((b) => b.kind)).toEqual(["cover", "contents"]);
    for (const block of blocks) if (block.kind === "heading") expect(Boolean(block.newPage)).toBe(Boolean(block.anchor));
  });

  it("draws the bars in proportion to the longest, each with its number", () => {
    const report = sampleReport();
    report.summary.byStatus = report.summary.byStatus.map((s, i) => ({ ...s, count: [0, 4, 2, 1, 0, 0, 0][i] }));
    const bars = reportOutline(report).find((b) => b.kind === "bars");
    expect(bars?.kind === "bars" && bars.bars.map((b) => [b.label, b.value, b.fraction])).toEqual([
      ["Not yet assessed", "0", 0],
      ["Not started", "4", 1],
      ["In progress", "2", 0.5],
      ["Stalled", "1", 0.25],
      ["Partially fulfilled", "0", 0],
      ["Fulfilled", "0", 0],
      ["Broken", "0", 0],
    ]);
  });

  it("leaves out the compliance table when no party was assessed, and says so for a commitment never assessed", () => {
    const report = sampleReport();
    report.summary.compliance = [];
    const trade = report.sections[1].commitments[0];
    Object.assign(trade, { latest: null, history: [], changes: [], parties: [] });
    const blocks = reportOutline(report);
    expect(blocks.some((b) => b.kind === "heading" && b.text === "Compliance by party")).toBe(false);
    const texts = blocks.flatMap(blockTexts);
    const section = texts.slice(texts.indexOf(trade.title));
    expect(section).toEqual(
      expect.arrayContaining([
        "Parties: none named",
        "Latest assessment: none yet",
        "Evidence: none",
        "No status change in this period",
        "Obstacles: —",
        "Next step: —",
        "No status update on or before 27 Nov 2026.",
      ]),
    );
  });

  it("says when a category has no commitments, and leaves it out of the annex", () => {
    const report = sampleReport();
    report.sections.push({ category: "Energy", commitments: [] });
    const texts = reportOutline(report).flatMap(blockTexts);
    expect(texts.slice(texts.indexOf("Energy"), texts.indexOf("Energy") + 2)).toEqual(["Energy", "No commitments in this category."]);
    expect(texts.lastIndexOf("Energy")).toBeLessThan(texts.indexOf("Annex: Status history"));
  });
});

describe("the annex", () => {
  it("gives a record's evidence, obstacles and next step only when the update gave them", () => {
    const report = sampleReport();
    const [first, , third] = report.sections[0].commitments[0].history;
    const texts = reportOutline(report).flatMap(blockTexts);
    const annex = texts.slice(texts.indexOf("Annex: Status history"));
    const record = (move: typeof first) => {
      const start = annex.findIndex((t) => t.startsWith(moveLine(move)));
      const end = annex.findIndex((t, i) => i > start && /^\d{1,2} \w{3} \d{4}: /.test(t));
      return annex.slice(start, end === -1 ? undefined : end);
    };
    expect(first.evidenceUrls).toEqual([]);
    expect(record(first).some((t) => t.startsWith("Evidence:") || t.startsWith("Obstacles:") || t.startsWith("Next step:"))).toBe(false);
    expect(record(third)).toEqual(expect.arrayContaining([`Obstacles: ${third.obstacles}`, `Next step: ${third.nextStep}`]));
  });
});

describe("the report's wording", () => {
  it("writes a status move with its day, the statuses and the progress", () => {
    const [first, second] = sampleReport().sections[0].commitments[0].history;
    expect(moveLine(first)).toBe("2 Feb 2026: Not started (0%)");
    expect(moveLine(second)).toBe("12 Mar 2026: from Not started to In progress (30%)");
  });

  it("writes the generation time in UTC", () => {
    expect(reportInstant("2026-11-27T23:59:59.000+02:00")).toBe("27 Nov 2026, 21:59 UTC");
  });
});
