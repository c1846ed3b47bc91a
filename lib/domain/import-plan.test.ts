import { describe, expect, it } from "vitest";
import type { ImportRow } from "@/lib/validation/commitment-import";
import { planImportRows, type ImportContext, type StoredCommitment } from "./import-plan";

const READOUT = "Opening. The sides agreed to open Maarif Schools in Astana and Almaty. Closing.";
const QUOTE = "The sides agreed to open Maarif Schools in Astana and Almaty.";

let n = 0;
const newId = () => `new-${++n}`;

function row(overrides: Partial<ImportRow> = {}, at = 1): ImportRow {
  return {
    id: null,
    meeting: { slug: "jspg-8", title: "8th JSPG", kind: "Bilateral ministerial", heldOn: "2026-02-02" },
    title: "Open Maarif Schools",
    description: null,
    category: "Education, science & culture",
    parties: ["Türkiye", "Kazakhstan"],
    status: "NOT_YET_ASSESSED",
    progress: 0,
    statusEffectiveOn: "2026-02-02",
    targetPrecision: "NONE",
    targetDate: null,
    sourceQuote: QUOTE,
    sourceStart: null,
    sourceEnd: null,
    row: at,
    line: at + 1,
    ...overrides,
  } as ImportRow;
}

const stored: StoredCommitment = {
  id: "c-1",
  meetingId: "m-1",
  meetingSlug: "jspg-8",
  title: "Open Maarif Schools",
  description: null,
  category: "Education, science & culture",
  parties: ["Kazakhstan", "Türkiye"],
  status: "NOT_YET_ASSESSED",
  progress: 0,
  statusEffectiveOn: new Date("2026-02-02T00:00:00Z"),
  obstacles: "Teachers are not hired yet.",
  nextStep: null,
  targetPrecision: "NONE",
  targetDate: null,
  sourceQuote: QUOTE,
  sourceStart: READOUT.indexOf(QUOTE),
  sourceEnd: READOUT.indexOf(QUOTE) + QUOTE.length,
  version: 3,
  partyStates: [
    { party: "Kazakhstan", status: "NOT_YET_ASSESSED", progress: 0, effective_on: null, responsible_body: null, version: 1 },
    {
      party: "Türkiye",
      status: "IN_PROGRESS",
      progress: 30,
      effective_on: "2026-03-01",
      responsible_body: "Ministry of National Education",
      version: 2,
    },
  ],
  milestones: [],
  indicator: null,
};

const context = (commitments: StoredCommitment[] = [stored]): ImportContext => ({
  meetings: new Map([["jspg-8", { id: "m-1", slug: "jspg-8", heldOn: new Date("2026-02-02T00:00:00Z"), sourceText: READOUT }]]),
  parties: new Map([
    ["Türkiye", "p-tr"],
    ["Kazakhstan", "p-kz"],
  ]),
  commitments,
});

describe("planImportRows", () => {
  it("finds a row identical to what is stored unchanged, by id or by meeting and title", () => {
    for (const r of [row({ id: "c-1" }), row()]) {
      const plan = planImportRows([r], context(), [], newId);
      expect(plan.issues).toEqual([]);
      expect(plan.rows[0]).toMatchObject({
        action: "unchanged",
        commitmentId: "c-1",
        statusChanged: false,
        partiesChanged: false,
        sourceStart: stored.sourceStart,
      });
    }
  });

  it("plans an update when the status, the parties or a describing field changed, and says which", () => {
    const plan = planImportRows(
      [
        row({
          id: "c-1",
          status: "IN_PROGRESS",
          progress: 30,
          statusEffectiveOn: "2026-04-01",
          parties: ["Türkiye", "Kazakhstan", "Azerbaijan"],
        }),
      ],
      context(),
      [],
      newId,
    );
    expect(plan.rows[0]).toMatchObject({ action: "update", statusChanged: true, partiesChanged: true });
    expect(plan.newParties).toEqual([{ id: expect.stringMatching(/^new-/), name: "Azerbaijan" }]);
    expect(planImportRows([row({ id: "c-1", description: "Two campuses." })], context(), [], newId).rows[0]).toMatchObject({
      action: "update",
      statusChanged: false,
    });
  });

  it("records a status update when only the obstacles or next step differ, and reads a file without those columns as saying nothing", () => {
    const plan = (r: ImportRow) => planImportRows([r], context(), [], newId).rows[0];
    expect(plan(row({ obstacles: stored.obstacles, nextStep: null }))).toMatchObject({
      action: "unchanged",
      statusChanged: false,
      obstacles: stored.obstacles,
      nextStep: null,
    });
    // The same status again, with the file's notes: a next step added, or the obstacles emptied.
    expect(plan(row({ obstacles: stored.obstacles, nextStep: "Hire the teachers." }))).toMatchObject({
      action: "update",
      statusChanged: true,
      obstacles: stored.obstacles,
      nextStep: "Hire the teachers.",
    });
    expect(plan(row({ obstacles: null, nextStep: null }))).toMatchObject({ statusChanged: true, obstacles: null, nextStep: null });
    // Without the columns: the stored notes stay while the status does; a new status has none of its own.
    expect(plan(row())).toMatchObject({ action: "unchanged", obstacles: stored.obstacles, nextStep: null });
    expect(plan(row({ status: "IN_PROGRESS", progress: 10, statusEffectiveOn: "2026-04-01" }))).toMatchObject({
      statusChanged: true,
      obstacles: null,
      nextStep: null,
    });
    // A new commitment: the file's notes, or none.
    const fresh = { title: "A new pledge" };
    expect(plan(row({ ...fresh, nextStep: "Draft the agreement." }))).toMatchObject({
      action: "create",
      obstacles: null,
      nextStep: "Draft the agreement.",
    });
    expect(plan(row(fresh))).toMatchObject({ action: "create", obstacles: null, nextStep: null });
  });

  it("plans a new commitment, and a new meeting once for all its rows", () => {
    const meeting = { slug: "jspg-9", title: "9th JSPG", kind: "Bilateral ministerial", heldOn: "2027-02-01" };
    const plan = planImportRows([row({ meeting, title: "A" }, 1), row({ meeting, title: "B" }, 2)], context([]), [], newId);
    expect(plan.rows.map((r) => r.action)).toEqual(["create", "create"]);
    expect(plan.newMeetings).toHaveLength(1);
    expect(plan.rows[0].meetingId).toBe(plan.newMeetings[0].id);
  });

  it("refuses two rows for one commitment, and a new meeting described two ways", () => {
    const other = { slug: "jspg-9", title: "9th JSPG", kind: "Bilateral ministerial", heldOn: "2027-02-01" };
    const plan = planImportRows(
      [
        row({ id: "c-1" }, 1),
        row({ id: "c-1", title: "Other title" }, 2),
        row({ meeting: other, title: "X" }, 3),
        row({ meeting: { ...other, heldOn: "2027-02-02" }, title: "Y" }, 4),
      ],
      context(),
      [],
      newId,
    );
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "id"],
      [4, "meeting_slug"],
    ]);
  });

  it("refuses a stored meeting's other date, a title another commitment has, and a status earlier than the stored one", () => {
    const titled = { ...stored, id: "c-2", title: "Taken title" };
    const third = { ...stored, id: "c-3", title: "Third" };
    const current = { ...stored, status: "IN_PROGRESS", progress: 20, statusEffectiveOn: new Date("2026-05-01T00:00:00Z") };
    const plan = planImportRows(
      [
        row({ title: "Fresh", meeting: { ...row().meeting, heldOn: "2026-02-03" } }, 1),
        row({ id: "c-3", title: "Taken title" }, 2),
        row({ id: "c-1", status: "STALLED", progress: 20, statusEffectiveOn: "2026-04-01" }, 3),
      ],
      context([current, titled, third]),
      [],
      newId,
    );
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([
      [1, "meeting_held_on"],
      [2, "title"],
      [3, "status_effective_on"],
    ]);
  });

  it("puts the quote where the readout has it, with or without the file's offsets", () => {
    const at = { sourceStart: READOUT.indexOf(QUOTE), sourceEnd: READOUT.indexOf(QUOTE) + QUOTE.length };
    const wrongOffsets = planImportRows([row({ sourceStart: 0, sourceEnd: QUOTE.length })], context([]), [], newId);
    expect(wrongOffsets.rows[0]).toMatchObject(at);
    const noOffsets = planImportRows([row({ sourceStart: null, sourceEnd: null })], context([]), [], newId);
    expect(noOffsets.rows[0]).toMatchObject(at);
    expect(wrongOffsets.offsetsDropped).toEqual([]);
  });

  it("computes a row's missing offsets from its quote in the meeting's readout, and names those rows", () => {
    const at = { sourceStart: READOUT.indexOf(QUOTE), sourceEnd: READOUT.indexOf(QUOTE) + QUOTE.length };
    const plan = planImportRows(
      [
        row({ title: "With offsets", ...at }, 1),
        row({ title: "Without offsets" }, 2),
        row({ title: "Quote not in the readout", sourceQuote: "A sentence the readout does not have." }, 3),
        row({ title: "Also without offsets" }, 5),
      ],
      context([]),
      [],
      newId,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.rows.map((r) => [r.row, r.sourceStart, r.sourceEnd])).toEqual([
      [1, at.sourceStart, at.sourceEnd],
      [2, at.sourceStart, at.sourceEnd],
      [3, null, null],
      [5, at.sourceStart, at.sourceEnd],
    ]);
    expect(plan.offsetsFound).toEqual([2, 5]);
    expect(plan.offsetsDropped).toEqual([]);
  });

  it("leaves out offsets that no readout can check, and names their rows", () => {
    const noReadout = { ...context([]), meetings: new Map() };
    const plan = planImportRows([row({ sourceStart: 7, sourceEnd: 7 + QUOTE.length }, 1), row({ title: "B" }, 2)], noReadout, [], newId);
    expect(plan.rows[0]).toMatchObject({ action: "create", sourceStart: null, sourceEnd: null });
    expect(plan.offsetsDropped).toEqual([1]);
    expect(plan.offsetsFound).toEqual([]);
    expect(plan.issues).toEqual([]);
    const storedWithoutReadout = {
      ...context([]),
      meetings: new Map([["jspg-8", { ...context([]).meetings.get("jspg-8")!, sourceText: null }]]),
    };
    expect(planImportRows([row({ sourceStart: 7, sourceEnd: 7 + QUOTE.length })], storedWithoutReadout, [], newId).offsetsDropped).toEqual([
      1,
    ]);
  });

  it("records a party's own status that differs from the stored one, and only that", () => {
    const same = {
      party: "Türkiye",
      status: "IN_PROGRESS" as const,
      progress: 30,
      effective_on: "2026-03-01",
      responsible_body: "Ministry of National Education",
    };
    const kz = { party: "Kazakhstan", status: "NOT_STARTED" as const, progress: 0, effective_on: "2026-04-01", responsible_body: null };
    const unchanged = planImportRows([row({ partyStatuses: [same] })], context(), [], newId);
    expect(unchanged.rows[0]).toMatchObject({ action: "unchanged", partyChanges: [] });
    // Without the column (null), nothing about the parties' statuses changes either.
    expect(planImportRows([row({ partyStatuses: null })], context(), [], newId).rows[0].action).toBe("unchanged");
    const plan = planImportRows([row({ partyStatuses: [same, kz] })], context(), [], newId);
    expect(plan.issues).toEqual([]);
    expect(plan.rows[0]).toMatchObject({
      action: "update",
      statusChanged: false,
      partyChanges: [{ ...kz, from: { status: "NOT_YET_ASSESSED", progress: 0 }, version: 1 }],
    });
    const body = planImportRows([row({ partyStatuses: [{ ...same, responsible_body: null }] })], context(), [], newId);
    expect(body.rows[0].partyChanges).toEqual([
      { ...same, responsible_body: null, from: { status: "IN_PROGRESS", progress: 30 }, version: 2 },
    ]);
  });

  it("refuses a party's status earlier than the stored one, and taking an assessed party off the commitment", () => {
    const early = { party: "Türkiye", status: "STALLED" as const, progress: 30, effective_on: "2026-02-20", responsible_body: null };
    const plan = planImportRows(
      [row({ partyStatuses: [early] }), row({ title: "Other", parties: ["Kazakhstan"], id: "c-1" }, 2)],
      context(),
      [],
      newId,
    );
    expect(plan.issues).toEqual([
      expect.objectContaining({
        row: 1,
        column: "party_statuses",
        message: expect.stringMatching(/Türkiye's current status took effect on 2026-03-01/),
      }),
      expect.objectContaining({
        row: 2,
        column: "parties",
        message: "Türkiye has its own assessments on this commitment, so it stays a party.",
      }),
    ]);
  });

  describe("milestones and the indicator", () => {
    const lease = {
      title: "Sign the lease",
      due_precision: "QUARTER" as const,
      due_date: "2026-06-30",
      done_on: "2026-05-10",
      evidence_url: "https://example.org/lease",
      responsible_party: "Türkiye",
    };
    const staff = {
      title: "Hire staff",
      due_precision: "NONE" as const,
      due_date: null,
      done_on: null,
      evidence_url: null,
      responsible_party: null,
    };
    const path = {
      name: "Trade volume",
      unit: "US$ billion",
      direction: "INCREASE" as const,
      baseline_value: "5.6",
      baseline_on: "2026-01-01",
      target_value: "10",
      target_on: "2028-12-31",
    };
    const m1 = { value: "6.25", measured_on: "2026-06-01", source_url: null, note: null };
    const m2 = {
      value: "6.25",
      measured_on: "2026-06-01",
      source_url: "https://example.org/stats",
      note: 'A "note", with; commas\nand lines',
    };
    const withStored = context([
      {
        ...stored,
        milestones: [{ ...lease, id: "ms-1", version: 4 }],
        indicator: { ...path, measurements: [m1], id: "ind-1", version: 2 },
      },
    ]);

    it("finds a row whose milestones and indicator are as stored unchanged, and one without the columns too", () => {
      for (const r of [
        row({ milestones: [lease], indicator: { ...path, measurements: [m1] } }),
        row({ milestones: null, indicator: null }),
      ]) {
        const plan = planImportRows([r], withStored, [], newId);
        expect(plan.issues).toEqual([]);
        expect(plan.rows[0]).toMatchObject({ action: "unchanged", milestoneChanges: [], indicatorChange: null });
      }
      // A stored milestone the file leaves out stays: an import never deletes.
      expect(planImportRows([row({ milestones: [] })], withStored, [], newId).rows[0].action).toBe("unchanged");
    });

    it("adds a new title, updates a changed one guarded by its version, and creates a missing indicator with its measurements", () => {
      const plan = planImportRows([row({ milestones: [{ ...lease, done_on: null }, staff] })], withStored, [], newId);
      expect(plan.issues).toEqual([]);
      expect(plan.rows[0]).toMatchObject({
        action: "update",
        statusChanged: false,
        milestoneChanges: [
          { ...lease, done_on: null, id: "ms-1", version: 4 },
          { ...staff, id: null, version: null },
        ],
      });
      const created = planImportRows([row({ indicator: { ...path, measurements: [m1, m2] } })], context(), [], newId);
      expect(created.rows[0]).toMatchObject({
        action: "update",
        indicatorChange: {
          id: expect.stringMatching(/^new-/),
          version: null,
          fieldsChanged: true,
          fields: path,
          newMeasurements: [m1, m2],
        },
      });
    });

    it("appends only the measurements not already stored, and updates the indicator's fields only when they differ", () => {
      const appended = planImportRows([row({ indicator: { ...path, measurements: [m1, m2] } })], withStored, [], newId);
      expect(appended.rows[0]).toMatchObject({
        action: "update",
        indicatorChange: { id: "ind-1", version: 2, fieldsChanged: false, newMeasurements: [m2] },
      });
      // The same measurement twice in the file, once stored: one more is appended.
      const twice = planImportRows([row({ indicator: { ...path, measurements: [m1, m1] } })], withStored, [], newId);
      expect(twice.rows[0].indicatorChange?.newMeasurements).toEqual([m1]);
      const moved = planImportRows([row({ indicator: { ...path, target_value: "12", measurements: [m1] } })], withStored, [], newId);
      expect(moved.rows[0]).toMatchObject({
        action: "update",
        indicatorChange: { id: "ind-1", version: 2, fieldsChanged: true, fields: { ...path, target_value: "12" }, newMeasurements: [] },
      });
    });

    it("refuses taking a milestone's responsible party off the commitment, and a title stored twice", () => {
      const twice = context([
        {
          ...stored,
          milestones: [
            { ...lease, id: "ms-1", version: 1 },
            { ...lease, id: "ms-2", version: 1, done_on: null },
          ],
        },
      ]);
      const plan = planImportRows([row({ milestones: [lease] })], twice, [], newId);
      expect(plan.issues).toEqual([
        expect.objectContaining({ row: 1, column: "milestones", message: expect.stringMatching(/2 milestones titled "Sign the lease"/) }),
      ]);
      const leaving = planImportRows([row({ parties: ["Kazakhstan"], milestones: [] })], withStored, [], newId);
      // (Türkiye also has its own assessments here, which keep it a party too.)
      expect(leaving.issues).toContainEqual(
        expect.objectContaining({
          row: 1,
          column: "parties",
          message: 'Türkiye is responsible for the milestone "Sign the lease" of this commitment, so it stays a party.',
        }),
      );
      // Moving the milestone to a party that stays, in the same row, is allowed.
      const unassessed = context([{ ...withStored.commitments[0], partyStates: [] }]);
      const moved = planImportRows(
        [row({ parties: ["Kazakhstan"], milestones: [{ ...lease, responsible_party: "Kazakhstan" }] })],
        unassessed,
        [],
        newId,
      );
      expect(moved.issues).toEqual([]);
      expect(planImportRows([row({ parties: ["Kazakhstan"], milestones: [] })], unassessed, [], newId).issues).toHaveLength(1);
    });
  });
});
