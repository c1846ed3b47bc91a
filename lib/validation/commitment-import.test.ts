import { describe, expect, it } from "vitest";
import { COMMITMENT_COLUMNS } from "@/lib/domain/commitment-exchange";
import { csvRow } from "@/lib/domain/csv";
import { readImportFile } from "./commitment-import";
import { StatusUpdateSchema } from "./status-update";

const BASE: Record<string, string> = {
  id: "",
  meeting_slug: "jspg-8th-meeting-2026",
  meeting_title: "8th meeting of the Joint Strategic Planning Group",
  meeting_kind: "Bilateral ministerial",
  meeting_held_on: "2026-02-02",
  title: "Open Maarif Schools in Astana and Almaty",
  description: "",
  category: "Education, science & culture",
  parties: "Kazakhstan; Türkiye",
  status: "IN_PROGRESS",
  progress: "40",
  status_effective_on: "2026-05-04",
  target_precision: "YEAR",
  target: "2026",
  source_quote: "The sides agreed to open Maarif Schools in Astana and Almaty.",
  source_start: "",
  source_end: "",
};

const file = (...rows: Record<string, string>[]) =>
  [csvRow([...COMMITMENT_COLUMNS]), ...rows.map((row) => csvRow(COMMITMENT_COLUMNS.map((c) => ({ ...BASE, ...row })[c])))].join("\r\n");

const statusForm = (status: string, progress: string) =>
  StatusUpdateSchema.safeParse({
    commitmentId: "6f1c1c6e-8f7e-4d2a-9b1e-2f3a4b5c6d7e",
    version: "1",
    status,
    progress,
    effectiveOn: "2026-05-04",
    rationale: "Seen in the ministry's statement.",
  });

describe("import applies the forms' own rules", () => {
  it("reads a well-formed row", () => {
    const { rows, issues } = readImportFile(file({}));
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      status: "IN_PROGRESS",
      progress: 40,
      statusEffectiveOn: "2026-05-04",
      parties: ["Kazakhstan", "Türkiye"],
      meeting: { heldOn: "2026-02-02" },
    });
  });

  it.each([
    ["FULFILLED", "40"],
    ["NOT_STARTED", "10"],
    ["PARTIALLY_FULFILLED", "100"],
    ["NOT_YET_ASSESSED", "40"],
  ])("refuses status %s with progress %s, as the status form does", (status, progress) => {
    expect(statusForm(status, progress).success).toBe(false);
    const { rows, issues } = readImportFile(file({ status, progress }));
    expect(rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, column: "progress", message: expect.stringMatching(/progress/) })]);
  });

  it("trims the source quote and the title as the commitment form does", () => {
    const { rows } = readImportFile(file({ source_quote: `  ${BASE.source_quote}  `, title: ` ${BASE.title} ` }));
    expect(rows[0].sourceQuote).toBe(BASE.source_quote);
    expect(rows[0].title).toBe(BASE.title);
  });

  it("refuses a status that takes effect in the future, as the status form does", () => {
    const { issues } = readImportFile(file({ status_effective_on: "2199-01-01" }));
    expect(issues).toEqual([
      expect.objectContaining({ column: "status_effective_on", message: "The date it took effect cannot be in the future." }),
    ]);
  });

  it("names the column of every problem and keeps the digits-only rule for numbers", () => {
    const { issues } = readImportFile(file({ progress: "4.0", meeting_held_on: "2026-02-30", source_start: "5", category: "Nonsense" }));
    expect(issues.map((i) => i.column).sort()).toEqual(["category", "meeting_held_on", "progress"]);
    expect(issues.find((i) => i.column === "category")?.message).toMatch(/^category must be one of: .*Trade & investment/);
  });
});
