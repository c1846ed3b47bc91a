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
  party_statuses: "",
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

describe("a header problem does not hide the rows' problems", () => {
  const cells = (header: readonly string[], row: Record<string, string> = {}) => header.map((c) => ({ ...BASE, ...row })[c] ?? "extra");
  const fileWith = (header: readonly string[], ...rows: string[][]) => [csvRow([...header]), ...rows.map((r) => csvRow(r))].join("");

  it("reports an unknown column and a bad status on row 3 together, and reads the other rows", () => {
    const header = [...COMMITMENT_COLUMNS, "notes"];
    const { rows, issues, total } = readImportFile(
      fileWith(
        header,
        cells(header, { title: "First pledge" }),
        cells(header, { title: "Second pledge" }),
        cells(header, { status: "DONE" }),
      ),
    );
    expect(issues).toEqual([
      { row: 0, line: 1, column: "notes", message: 'Unknown column "notes"; the columns are those of the export.' },
      { row: 3, line: 4, column: "status", message: expect.stringMatching(/^status must be one of: .*IN_PROGRESS/) },
    ]);
    expect(rows.map((r) => r.title)).toEqual(["First pledge", "Second pledge"]);
    expect(total).toBe(3);
  });

  it("names a missing column once, not on every row, and still checks every value that is there", () => {
    const header = COMMITMENT_COLUMNS.filter((c) => c !== "category");
    const { rows, issues, total } = readImportFile(
      fileWith(header, cells(header), cells(header, { progress: "4.0", meeting_held_on: "2026-02-30" }), cells(header, { id: "42" })),
    );
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [0, "category"],
      [2, "progress"],
      [2, "meeting_held_on"],
      [3, "id"],
    ]);
    // A row without all its columns cannot be imported, valid or not.
    expect(rows).toEqual([]);
    expect(total).toBe(3);
  });

  it("reads a repeated column from its first occurrence", () => {
    const header = [...COMMITMENT_COLUMNS, "status"];
    const firstValid = readImportFile(fileWith(header, [...cells(COMMITMENT_COLUMNS), "Nonsense"]));
    expect(firstValid.issues).toEqual([
      expect.objectContaining({ row: 0, column: "status", message: expect.stringMatching(/appears more than once/) }),
    ]);
    expect(firstValid.rows[0].status).toBe("IN_PROGRESS");
    const firstInvalid = readImportFile(fileWith(header, [...cells(COMMITMENT_COLUMNS, { status: "Nonsense" }), "IN_PROGRESS"]));
    expect(firstInvalid.issues.map((i) => [i.row, i.column])).toEqual([
      [0, "status"],
      [1, "status"],
    ]);
  });

  it("still refuses a row with the wrong number of fields", () => {
    const header = [...COMMITMENT_COLUMNS, "notes"];
    const { issues } = readImportFile(fileWith(header, cells(COMMITMENT_COLUMNS)));
    expect(issues.map((i) => [i.row, i.message])).toEqual([
      [0, 'Unknown column "notes"; the columns are those of the export.'],
      [1, `Expected ${header.length} fields, found ${COMMITMENT_COLUMNS.length}.`],
    ]);
  });
});

describe("the parties' own statuses (party_statuses)", () => {
  const tr = {
    party: "Türkiye",
    status: "IN_PROGRESS",
    progress: 30,
    effective_on: "2026-03-01",
    responsible_body: 'Ministry, "Ankara"; Türkiye',
  };

  it("reads the export's JSON array, and an empty cell as no party assessed", () => {
    const { rows, issues } = readImportFile(
      file({ party_statuses: JSON.stringify([tr]) }, { title: "Another pledge", party_statuses: "" }),
    );
    expect(issues).toEqual([]);
    expect(rows[0].partyStatuses).toEqual([tr]);
    expect(rows[1].partyStatuses).toEqual([]);
  });

  it("is optional: a file exported before the column existed leaves the parties' statuses alone", () => {
    const header = COMMITMENT_COLUMNS.filter((c) => c !== "party_statuses");
    const text = [csvRow(header), csvRow(header.map((c) => BASE[c]))].join("\r\n");
    const { rows, issues } = readImportFile(text);
    expect(issues).toEqual([]);
    expect(rows[0].partyStatuses).toBeNull();
  });

  it("refuses broken JSON, a party not on the row, a date before the meeting and progress that disagrees with the status", () => {
    const cases: [string, RegExp][] = [
      ["[{", /party_statuses must be empty or a JSON array/],
      [JSON.stringify([{ ...tr, party: "Azerbaijan" }]), /Azerbaijan is not among this row's parties/],
      [JSON.stringify([{ ...tr, effective_on: "2026-01-20" }]), /cannot take effect before the meeting was held/],
      [JSON.stringify([{ ...tr, status: "FULFILLED" }]), /A fulfilled commitment is at 100 % progress/],
      [JSON.stringify([tr, tr]), /appears more than once/],
      [JSON.stringify([{ ...tr, status: "DONE" }]), /party_statuses: status must be one of: NOT_YET_ASSESSED/],
    ];
    for (const [cell, message] of cases) {
      const { rows, issues } = readImportFile(file({ party_statuses: cell }));
      expect(rows, cell).toEqual([]);
      expect(issues, cell).toEqual([
        expect.objectContaining({ row: 1, column: "party_statuses", message: expect.stringMatching(message) }),
      ]);
    }
  });
});
