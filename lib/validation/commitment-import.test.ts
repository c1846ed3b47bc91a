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
  obstacles: "",
  next_step: "",
  target_precision: "YEAR",
  target: "2026",
  source_quote: "The sides agreed to open Maarif Schools in Astana and Almaty.",
  source_start: "",
  source_end: "",
  party_statuses: "",
  milestones: "",
  indicator: "",
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

describe("the current status's obstacles and next step (obstacles, next_step)", () => {
  it("reads them by the status form's rules: trimmed, an empty cell as none", () => {
    const obstacles = '=Customs rules differ, "pending";\nsee Қазақстан\'s note';
    const { rows, issues } = readImportFile(
      file(
        { obstacles: ` ${obstacles} `, next_step: "Joint visit to Türkiye." },
        { title: "Another pledge", obstacles: "  ", next_step: "" },
      ),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.obstacles, r.nextStep])).toEqual([
      [obstacles, "Joint visit to Türkiye."],
      [null, null],
    ]);
  });

  it("are optional: a file exported before the columns existed says nothing of them", () => {
    const header = COMMITMENT_COLUMNS.filter((c) => c !== "obstacles" && c !== "next_step");
    const { rows, issues } = readImportFile([csvRow(header), csvRow(header.map((c) => BASE[c]))].join("\r\n"));
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ obstacles: undefined, nextStep: undefined });
  });

  it("refuses one over 4,000 characters, naming its column", () => {
    const { rows, issues } = readImportFile(file({ obstacles: "x".repeat(4_001), next_step: "y".repeat(4_001) }));
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ row: 1, column: "obstacles", message: "The obstacles are at most 4,000 characters." }),
      expect.objectContaining({ row: 1, column: "next_step", message: "The next step is at most 4,000 characters." }),
    ]);
  });
});

describe("milestones and the indicator (milestones, indicator)", () => {
  const lease = {
    title: "Sign the lease",
    due_precision: "QUARTER",
    due: "2026-Q3",
    done_on: "2026-05-10",
    evidence_url: "https://example.org/lease",
    responsible_party: "Türkiye",
  };
  const path = {
    name: "Trade volume",
    unit: "US$ billion",
    direction: "INCREASE",
    baseline_value: "5.60",
    baseline_on: "2026-01-01",
    target_value: "10",
    target_on: "2028-12-31",
    measurements: [
      { value: "6.250000", measured_on: "2026-06-01", source_url: null, note: null },
      { value: "6.5", measured_on: "2026-06-02", source_url: "https://example.org/s", note: 'A "note", with; commas\nand lines' },
    ],
  };

  it("reads the export's JSON, with due dates as the form reads them and decimals in their canonical text", () => {
    const { rows, issues } = readImportFile(
      file(
        {
          milestones: JSON.stringify([
            lease,
            { ...lease, title: "Hire staff", due_precision: "NONE", due: null, done_on: null, evidence_url: null, responsible_party: null },
          ]),
          indicator: JSON.stringify(path),
        },
        { title: "Another pledge" },
      ),
    );
    expect(issues).toEqual([]);
    const { due: _due, ...leaseData } = lease;
    expect(rows[0].milestones).toEqual([
      { ...leaseData, due_date: "2026-09-30" },
      { title: "Hire staff", due_precision: "NONE", due_date: null, done_on: null, evidence_url: null, responsible_party: null },
    ]);
    expect(rows[0].indicator).toEqual({
      ...path,
      baseline_value: "5.6",
      measurements: [{ ...path.measurements[0], value: "6.25" }, path.measurements[1]],
    });
    // Empty cells: nothing to change.
    expect(rows[1]).toMatchObject({ milestones: [], indicator: null });
  });

  it("is optional: a file without the columns leaves the milestones and the indicator alone", () => {
    const header = COMMITMENT_COLUMNS.filter((c) => c !== "milestones" && c !== "indicator");
    const { rows, issues } = readImportFile([csvRow(header), csvRow(header.map((c) => BASE[c]))].join("\r\n"));
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ milestones: null, indicator: null });
  });

  it("refuses milestones by the milestone form's rules and the row's parties and meeting, naming the column", () => {
    const cases: [unknown, RegExp][] = [
      ["[{", /^milestones must be empty or a JSON array/],
      [[{ title: "x" }], /^milestones must be empty or a JSON array/],
      [[{ ...lease, title: "ab" }], /^milestones, item 1: Name the milestone in at least 3 characters\.$/],
      [[{ ...lease, due: "2026-13" }], /^milestones, item 1: Enter the due date as YYYY-Qn/],
      [[{ ...lease, due_precision: "WEEK" }], /^milestones, item 1: due_precision must be one of: DAY, MONTH, QUARTER/],
      [[{ ...lease, done_on: "2199-01-01" }], /^milestones, item 1: The day it was done cannot be in the future\.$/],
      [[{ ...lease, evidence_url: "ftp://example.org" }], /^milestones, item 1: Evidence links must be full http/],
      [[lease, lease], /^milestones: "Sign the lease" appears more than once/],
      [[{ ...lease, responsible_party: "Azerbaijan" }], /^milestones: "Sign the lease": Azerbaijan is not among this row's parties/],
      [[{ ...lease, done_on: "2026-01-20" }], /^milestones: "Sign the lease" cannot be done before the meeting was held \(2026-02-02\)/],
    ];
    for (const [cell, message] of cases) {
      const text = typeof cell === "string" ? cell : JSON.stringify(cell);
      const { rows, issues } = readImportFile(file({ milestones: text }));
      expect(rows, text).toEqual([]);
      expect(issues, text).toEqual([expect.objectContaining({ row: 1, column: "milestones", message: expect.stringMatching(message) })]);
    }
  });

  it("refuses an indicator by the indicator and measurement forms' rules, naming the column", () => {
    const measurement = (m: object) => ({ ...path, measurements: [{ ...path.measurements[0], ...m }] });
    const cases: [unknown, RegExp][] = [
      ["{", /^indicator must be empty or a JSON object/],
      [[path], /^indicator must be empty or a JSON object/],
      [{ ...path, direction: "DECREASE" }, /^indicator: For a decrease, the target must be below the baseline/],
      [{ ...path, target_value: "5.6" }, /^indicator: The target must differ from the baseline/],
      [{ ...path, target_on: "2025-12-31" }, /^indicator: The target date must come after the baseline date\.$/],
      [{ ...path, baseline_value: "1,000" }, /^indicator: Enter the baseline value as a number/],
      [{ ...path, direction: "UP" }, /^indicator: direction must be one of: INCREASE, DECREASE\.$/],
      [measurement({ measured_on: "2199-01-01" }), /^indicator, measurement 1: A measurement cannot be dated in the future\.$/],
      [
        measurement({ measured_on: "2025-12-31" }),
        /^indicator, measurement 1: the baseline is dated 1 Jan 2026; a measurement cannot be dated earlier\.$/,
      ],
      [measurement({ source_url: "javascript:alert(1)" }), /^indicator, measurement 1: Evidence links must be full http/],
      [measurement({ value: "1e3" }), /^indicator, measurement 1: Enter the measured value as a number/],
    ];
    for (const [cell, message] of cases) {
      const text = typeof cell === "string" ? cell : JSON.stringify(cell);
      const { rows, issues } = readImportFile(file({ indicator: text }));
      expect(rows, text).toEqual([]);
      expect(issues, text).toEqual([expect.objectContaining({ row: 1, column: "indicator", message: expect.stringMatching(message) })]);
    }
  });
});
