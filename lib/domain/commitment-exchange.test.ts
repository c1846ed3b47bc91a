import { describe, expect, it } from "vitest";
import { readImportFile } from "@/lib/validation/commitment-import";
import {
  COMMITMENT_COLUMNS,
  IMPORT_TEMPLATE_EXAMPLE,
  importTemplateCsv,
  indicatorCell,
  milestonesCell,
  type MilestoneData,
} from "./commitment-exchange";
import { CSV_BOM, parseCsv } from "./csv";
import { planImportRows, type ImportContext } from "./import-plan";

describe("the import template", () => {
  it("is written as the export writes: a byte-order mark, CRLF lines, the export's header, then one example row", () => {
    const text = importTemplateCsv();
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(CSV_BOM.length).split("\r\n")).toEqual([COMMITMENT_COLUMNS.join(","), expect.any(String), ""]);
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      [...COMMITMENT_COLUMNS],
      COMMITMENT_COLUMNS.map((c) => IMPORT_TEMPLATE_EXAMPLE[c]),
    ]);
  });

  it("has an example row that imports cleanly into an empty database and into the demo data, as a new meeting's commitment", () => {
    const { rows, issues } = readImportFile(importTemplateCsv());
    expect(issues).toEqual([]);
    const empty: ImportContext = { meetings: new Map(), parties: new Map(), commitments: [] };
    const demo: ImportContext = {
      meetings: new Map([
        ["jspg-8-2026-ankara", { id: "m-jspg", slug: "jspg-8-2026-ankara", heldOn: new Date("2026-02-02T00:00:00Z"), sourceText: "…" }],
      ]),
      parties: new Map([
        ["Türkiye", "p-tr"],
        ["Kazakhstan", "p-kz"],
      ]),
      commitments: [],
    };
    for (const [context, newParties] of [
      [empty, ["Kazakhstan", "Türkiye"]],
      [demo, []],
    ] as const) {
      const plan = planImportRows(rows, context);
      expect(plan.issues).toEqual([]);
      expect(plan.rows.map((r) => r.action)).toEqual(["create"]);
      expect(plan.newMeetings.map((m) => m.slug)).toEqual([IMPORT_TEMPLATE_EXAMPLE.meeting_slug]);
      expect(plan.newParties.map((p) => p.name)).toEqual(newParties);
    }
  });
});

describe("the milestones and indicator cells", () => {
  const m = (title: string, due_date: string | null, due_precision: MilestoneData["due_precision"] = "DAY"): MilestoneData => ({
    title,
    due_precision,
    due_date,
    done_on: null,
    evidence_url: null,
    responsible_party: null,
  });

  it("writes milestones soonest due first (undated last, then by title) in a fixed key order, the due date as typed", () => {
    const milestones = [
      m("Zeta", null, "NONE"),
      m("Beta", "2026-06-30", "QUARTER"),
      m("Alpha", "2026-06-30", "MONTH"),
      m("Early", "2026-01-05"),
    ];
    const cell = milestonesCell(milestones);
    expect(cell).toBe(milestonesCell([...milestones].reverse()));
    expect(JSON.parse(cell)).toEqual([
      { title: "Early", due_precision: "DAY", due: "2026-01-05", done_on: null, evidence_url: null, responsible_party: null },
      { title: "Alpha", due_precision: "MONTH", due: "2026-06", done_on: null, evidence_url: null, responsible_party: null },
      { title: "Beta", due_precision: "QUARTER", due: "2026-Q2", done_on: null, evidence_url: null, responsible_party: null },
      { title: "Zeta", due_precision: "NONE", due: null, done_on: null, evidence_url: null, responsible_party: null },
    ]);
    expect(Object.keys(JSON.parse(cell)[0])).toEqual(["title", "due_precision", "due", "done_on", "evidence_url", "responsible_party"]);
    expect(milestonesCell([])).toBe("");
  });

  it("writes the indicator with canonical decimals, measurements by day in their recorded order", () => {
    const stored = {
      target_on: "2028-12-31",
      name: "Trade volume",
      unit: "US$ billion",
      direction: "INCREASE" as const,
      baseline_value: "5.600000",
      baseline_on: "2026-01-01",
      target_value: "10.000000",
      measurements: [
        { note: null, value: "7.000000", measured_on: "2026-07-01", source_url: null },
        { value: "6.250000", measured_on: "2026-06-01", source_url: null, note: "first" },
        { value: "-0.500000", measured_on: "2026-06-01", source_url: null, note: "second" },
      ],
    };
    expect(indicatorCell(stored)).toBe(
      '{"name":"Trade volume","unit":"US$ billion","direction":"INCREASE","baseline_value":"5.6","baseline_on":"2026-01-01",' +
        '"target_value":"10","target_on":"2028-12-31","measurements":[' +
        '{"value":"6.25","measured_on":"2026-06-01","source_url":null,"note":"first"},' +
        '{"value":"-0.5","measured_on":"2026-06-01","source_url":null,"note":"second"},' +
        '{"value":"7","measured_on":"2026-07-01","source_url":null,"note":null}]}',
    );
    expect(indicatorCell(null)).toBe("");
  });
});
