import { describe, expect, it } from "vitest";
import { readImportFile } from "@/lib/validation/commitment-import";
import { COMMITMENT_COLUMNS, IMPORT_TEMPLATE_EXAMPLE, importTemplateCsv } from "./commitment-exchange";
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
