import { describe, expect, it } from "vitest";
import { auditChanges, auditReferences, auditSubject, type AuditNames } from "./audit-changes";

const MEETING_A = "11111111-1111-4111-8111-111111111111";
const MEETING_B = "22222222-2222-4222-8222-222222222222";
const TURKIYE = "33333333-3333-4333-8333-333333333333";
const KAZAKHSTAN = "44444444-4444-4444-8444-444444444444";
const EARLIER = "55555555-5555-4555-8555-555555555555";
const COMMITMENT = "66666666-6666-4666-8666-666666666666";
const ANALYST = "77777777-7777-4777-8777-777777777777";

const names: AuditNames = {
  users: { [ANALYST]: { name: "Arman Analyst", email: "analyst@example.org" } },
  commitments: { [EARLIER]: "Open a Maarif school in Astana", [COMMITMENT]: "Deepen cooperation within the UN" },
  meetings: {
    [MEETING_A]: { title: "JSPG 7, Astana", slug: "jspg-7-2025-astana" },
    [MEETING_B]: { title: "JSPG 8, Ankara", slug: "jspg-8-2026-ankara" },
  },
  parties: { [TURKIYE]: "Türkiye", [KAZAKHSTAN]: "Kazakhstan" },
};

describe("auditChanges", () => {
  it("reads a status update as the fields that changed, in words", () => {
    const before = { status: "IN_PROGRESS", progress: 40, version: 3 };
    const after = { status: "FULFILLED", progress: 100, version: 4, effectiveOn: "2026-05-01", statusUpdateId: COMMITMENT };
    expect(auditChanges(before, after)).toEqual([
      { field: "Status", before: "In progress", after: "Fulfilled" },
      { field: "Progress", before: "40%", after: "100%" },
      { field: "Took effect on", after: "1 May 2026" },
    ]);
    // Progress alone: the status is not listed.
    expect(auditChanges({ status: "IN_PROGRESS", progress: 40 }, { status: "IN_PROGRESS", progress: 60 })).toEqual([
      { field: "Progress", before: "40%", after: "60%" },
    ]);
  });

  it("reads a party's assessment with the party by name, and an import's party statuses as sentences", () => {
    const before = { status: "NOT_YET_ASSESSED", progress: 0, responsibleBody: null, version: 1 };
    const after = {
      partyId: TURKIYE,
      status: "IN_PROGRESS",
      progress: 40,
      responsibleBody: "MEB",
      effectiveOn: "2026-03-10",
      version: 2,
      assessmentId: COMMITMENT,
    };
    expect(auditChanges(before, after, names)).toEqual([
      { field: "Status", before: "Not yet assessed", after: "In progress" },
      { field: "Progress", before: "0%", after: "40%" },
      { field: "Took effect on", after: "10 Mar 2026" },
      { field: "Party", after: "Türkiye" },
      { field: "Responsible body", before: "—", after: "MEB" },
    ]);
    expect(auditReferences([{ entityType: "commitment", entityId: COMMITMENT, before, after }]).parties).toEqual([TURKIYE]);
    const states = (status: string) => [{ party: "Türkiye", status, progress: 40, effective_on: "2026-03-10", responsible_body: null }];
    expect(auditChanges({ partyStatuses: states("IN_PROGRESS") }, { party_statuses: states("STALLED") })).toEqual([
      {
        field: "Parties' own statuses",
        before: "Türkiye: In progress, 40%, from 10 Mar 2026",
        after: "Türkiye: Stalled, 40%, from 10 Mar 2026",
      },
    ]);
  });

  it("reads an import's milestones and indicator in words", () => {
    const lease = {
      title: "Sign the lease",
      due_precision: "QUARTER",
      due: "2026-Q3",
      done_on: null,
      evidence_url: null,
      responsible_party: "Türkiye",
    };
    const staff = { title: "Hire staff", due_precision: "NONE", due: null, done_on: null, evidence_url: null, responsible_party: null };
    const path = {
      name: "Trade volume",
      unit: "US$ billion",
      direction: "INCREASE",
      baseline_value: "5.6",
      baseline_on: "2026-01-01",
      target_value: "1200",
      target_on: "2028-12-31",
      measurements: [{ value: "6.25", measured_on: "2026-06-01", source_url: null, note: null }],
    };
    const changed = {
      ...path,
      measurements: [...path.measurements, { value: "7", measured_on: "2026-07-01", source_url: null, note: "x" }],
    };
    expect(
      auditChanges(
        { milestones: [lease], indicator: path },
        { milestones: [{ ...lease, done_on: "2026-09-01", evidence_url: "https://example.org/l" }, staff], indicator: changed },
      ),
    ).toEqual([
      {
        field: "Milestones",
        before: "“Sign the lease”: due Q3 2026, not done, responsible: Türkiye",
        after:
          "“Sign the lease”: due Q3 2026, done 1 Sep 2026, responsible: Türkiye, evidence: https://example.org/l; “Hire staff”: no due date, not done",
      },
      {
        field: "Indicator",
        before: "Trade volume (US$ billion), increase from 5.6 on 1 Jan 2026 to 1,200 by 31 Dec 2028; measured 6.25 on 1 Jun 2026",
        after:
          "Trade volume (US$ billion), increase from 5.6 on 1 Jan 2026 to 1,200 by 31 Dec 2028; measured 6.25 on 1 Jun 2026, 7 on 1 Jul 2026",
      },
    ]);
    expect(auditChanges(null, { milestones: [], indicator: null })).toEqual([]);
    expect(auditChanges({ milestones: [], indicator: null }, { milestones: [staff], indicator: { ...path, measurements: [] } })).toEqual([
      { field: "Milestones", before: "—", after: "“Hire staff”: no due date, not done" },
      {
        field: "Indicator",
        before: "—",
        after: "Trade volume (US$ billion), increase from 5.6 on 1 Jan 2026 to 1,200 by 31 Dec 2028; no measurement",
      },
    ]);
  });

  it("lists only what an edit changed, with meetings and parties by name, and no bookkeeping", () => {
    const before = {
      meetingId: MEETING_A,
      title: "Open a school",
      description: null,
      category: "Education",
      sourceQuote: "The sides agreed to open a school.",
      targetDate: "2026-12-31",
      targetPrecision: "YEAR",
      version: 2,
      partyIds: [TURKIYE, KAZAKHSTAN],
    };
    const after = {
      ...before,
      meetingId: MEETING_B,
      title: "Open a Maarif school",
      description: "In Astana.",
      targetDate: "2026-09-30",
      targetPrecision: "QUARTER",
      partyIds: [KAZAKHSTAN, TURKIYE],
      id: COMMITMENT,
      version: 3,
    };
    expect(auditChanges(before, after, names)).toEqual([
      { field: "Title", before: "Open a school", after: "Open a Maarif school" },
      { field: "Description", before: "—", after: "In Astana." },
      { field: "Meeting", before: "JSPG 7, Astana", after: "JSPG 8, Ankara" },
      { field: "Target precision", before: "A year", after: "A quarter" },
      { field: "Target", before: "2026", after: "Q3 2026" },
    ]);
    // The same parties in another order are no change; an unknown id still reads as something.
    expect(auditChanges({ partyIds: [TURKIYE] }, { partyIds: [TURKIYE, "99999999-9999-4999-8999-999999999999"] }, names)).toEqual([
      { field: "Parties", before: "Türkiye", after: "#99999999, Türkiye" },
    ]);
  });

  it("lists what a creation set, leaving out empty fields", () => {
    const after = {
      via: "extraction",
      meetingId: MEETING_A,
      title: "Open a school",
      category: "Education",
      partyIds: [TURKIYE, KAZAKHSTAN],
      sourceStart: 10,
      sourceEnd: 42,
      targetPrecision: "NONE",
      targetDate: null,
    };
    expect(auditChanges(null, after, names)).toEqual([
      { field: "Title", after: "Open a school" },
      { field: "Category", after: "Education" },
      { field: "Meeting", after: "JSPG 7, Astana" },
      { field: "Parties", after: "Kazakhstan, Türkiye" },
      { field: "Target precision", after: "No target given" },
      { field: "Via", after: "Accepted from the readout's candidates" },
    ]);
  });

  it("reads an import's edit, whose sides are recorded in two shapes, as one list of changes", () => {
    const before = {
      id: COMMITMENT,
      meetingId: MEETING_B,
      meetingSlug: "jspg-8-2026-ankara",
      title: "Deepen cooperation within the UN",
      description: null,
      category: "Diplomacy",
      parties: ["Türkiye", "Kazakhstan"],
      status: "NOT_STARTED",
      progress: 0,
      statusEffectiveOn: "2026-02-02T00:00:00.000Z",
      obstacles: "No budget line yet.",
      nextStep: "Ask the ministry.",
      targetPrecision: "YEAR",
      targetDate: "2027-12-31T00:00:00.000Z",
      sourceQuote: "The sides will deepen cooperation.",
      sourceStart: 5,
      sourceEnd: 40,
    };
    const after = {
      via: "import",
      id: COMMITMENT,
      meeting_slug: "jspg-8-2026-ankara",
      meeting_title: "JSPG 8, Ankara",
      meeting_kind: "Joint Strategic Planning Group",
      meeting_held_on: "2026-02-02",
      title: "Deepen cooperation within the UN",
      description: null,
      category: "Diplomacy",
      parties: ["Kazakhstan", "Türkiye"],
      status: "IN_PROGRESS",
      progress: 20,
      status_effective_on: "2026-03-01",
      obstacles: null,
      next_step: "Ask the ministry.",
      target_precision: "QUARTER",
      target: "2027-Q2",
      source_quote: "The sides will deepen cooperation.",
      source_start: 5,
      source_end: 40,
    };
    expect(auditChanges(before, after, names)).toEqual([
      { field: "Status", before: "Not started", after: "In progress" },
      { field: "Progress", before: "0%", after: "20%" },
      { field: "Status took effect on", before: "2 Feb 2026", after: "1 Mar 2026" },
      { field: "Obstacles", before: "No budget line yet.", after: "—" },
      { field: "Target precision", before: "A year", after: "A quarter" },
      { field: "Target", before: "2027", after: "Q2 2027" },
      { field: "Via", after: "CSV import" },
    ]);
  });

  it("reads account changes, unlocks, links and sign-ins", () => {
    expect(auditChanges({ role: "VIEWER", active: true }, { role: "ANALYST", active: true })).toEqual([
      { field: "Role", before: "Viewer", after: "Analyst" },
    ]);
    expect(auditChanges({ role: "VIEWER", active: true }, { role: "VIEWER", active: false })).toEqual([
      { field: "Status", before: "Active", after: "Disabled" },
    ]);
    expect(auditChanges({ locked: true, lockedUntil: "2026-11-28T14:32:05.123Z" }, { locked: false, failuresCleared: 5 })).toEqual([
      { field: "Sign-in", before: "Locked", after: "Open" },
      { field: "Locked until", before: "28 Nov 2026, 14:32 UTC" },
      { field: "Failed sign-ins cleared", after: "5" },
    ]);
    expect(
      auditChanges(null, { linkId: COMMITMENT, fromId: COMMITMENT, toId: EARLIER, kind: "REAFFIRMS", note: null, toTitle: "x" }, names),
    ).toEqual([
      { field: "Linked to", after: "Open a Maarif school in Astana" },
      { field: "Kind", after: "Reaffirms" },
    ]);
    expect(
      auditChanges({ linkId: COMMITMENT, fromId: COMMITMENT, toId: EARLIER, kind: "IMPLEMENTS", note: "Step one" }, null, names),
    ).toEqual([
      { field: "Linked to", before: "Open a Maarif school in Astana" },
      { field: "Kind", before: "Implements" },
      { field: "Note", before: "Step one" },
    ]);
    expect(auditChanges(null, { email: "ghost@example.org", reason: "locked" })).toEqual([
      { field: "Email", after: "ghost@example.org" },
      { field: "Reason", after: "Too many failed sign-ins" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    // Calendar days are stored as midnight UTC; an instant a few milliseconds past midnight is not a day.
    expect(auditChanges(null, { heldOn: "2026-02-02T00:00:00.000Z", lockedUntil: "2026-02-02T00:00:00.123Z" })).toEqual([
      { field: "Held on", after: "2 Feb 2026" },
      { field: "Locked until", after: "2 Feb 2026, 00:00 UTC" },
    ]);
  });

  it("keeps unknown fields readable and long text short, and never throws on odd JSON", () => {
    expect(auditChanges(null, { someNewField: "x".repeat(500), nested: { a: 1 }, flag: true })).toEqual([
      { field: "Some new field", after: `${"x".repeat(160)}…` },
      { field: "Nested", after: '{"a":1}' },
      { field: "Flag", after: "Yes" },
    ]);
    for (const odd of [
      [],
      "text",
      42,
      { status: 7, progress: "lots", targetPrecision: "YEAR", targetDate: "not a date" },
      { constructor: 1, __proto__: null },
    ])
      expect(() => auditChanges(odd, odd, names)).not.toThrow();
    expect(auditChanges({ status: "WHATEVER" }, { status: "FULFILLED" })).toEqual([
      { field: "Status", before: "WHATEVER", after: "Fulfilled" },
    ]);
    // Ids that are also names of Object.prototype's members are unknown ids, nothing more.
    expect(auditChanges(null, { partyIds: ["constructor"], toId: "toString", meetingId: "__proto__" }, names)).toEqual([
      { field: "Meeting", after: "#__proto_" },
      { field: "Parties", after: "#construc" },
      { field: "Linked to", after: "#toString" },
    ]);
    expect(auditSubject({ entityType: "user", entityId: "constructor", after: null }, names)).toEqual({ label: "Account #construc" });
  });
});

describe("auditReferences and auditSubject", () => {
  const events = [
    {
      entityType: "commitment",
      entityId: COMMITMENT,
      before: { meetingId: MEETING_A, partyIds: [TURKIYE] },
      after: { meetingId: MEETING_B, partyIds: [KAZAKHSTAN] },
    },
    { entityType: "commitment", entityId: COMMITMENT, before: null, after: { toId: EARLIER } },
    { entityType: "meeting", entityId: MEETING_A, before: null, after: null },
    { entityType: "user", entityId: ANALYST, before: null, after: { email: "analyst@example.org" } },
    { entityType: "user", entityId: null, before: null, after: { email: "ghost@example.org" } },
    { entityType: "import", entityId: null, before: null, after: { fileName: "pledges.csv" } },
  ];

  it("collects every id the page must name, once", () => {
    const refs = auditReferences(events);
    expect(refs.commitments.sort()).toEqual([EARLIER, COMMITMENT].sort());
    expect(refs.meetings.sort()).toEqual([MEETING_A, MEETING_B].sort());
    expect(refs.parties.sort()).toEqual([TURKIYE, KAZAKHSTAN].sort());
    expect(refs.users).toEqual([ANALYST]);
  });

  it("names each event's record, with a link where it has a page", () => {
    expect(events.map((e) => auditSubject(e, names))).toEqual([
      { label: "Deepen cooperation within the UN", href: `/commitments/${COMMITMENT}` },
      { label: "Deepen cooperation within the UN", href: `/commitments/${COMMITMENT}` },
      { label: "JSPG 7, Astana", href: "/meetings/jspg-7-2025-astana" },
      { label: "Arman Analyst", title: "analyst@example.org" },
      { label: "ghost@example.org" },
      { label: "File pledges.csv" },
    ]);
    expect(auditSubject({ entityType: "commitment", entityId: EARLIER.replace("5", "0"), after: null }, names)).toEqual({
      label: "Commitment #05555555",
      href: `/commitments/${EARLIER.replace("5", "0")}`,
    });
    expect(auditSubject({ entityType: "test", entityId: null, after: null })).toEqual({ label: "Test" });
  });
});

describe("auditChanges for milestones and indicators", () => {
  it("reads a milestone's due date as its target reads, its party by name, and hides its id", () => {
    const before = {
      milestoneId: COMMITMENT,
      title: "Tender opened",
      duePrecision: "QUARTER",
      dueDate: "2026-06-30",
      doneOn: null,
      version: 1,
    };
    const after = { ...before, doneOn: "2026-06-15", responsiblePartyId: TURKIYE, version: 2 };
    expect(auditChanges(before, after, names)).toEqual([
      { field: "Done on", before: "—", after: "15 Jun 2026" },
      { field: "Responsible party", after: "Türkiye" },
    ]);
    expect(auditChanges(null, before, names)).toEqual([
      { field: "Title", after: "Tender opened" },
      { field: "Due", after: "Q2 2026" },
      { field: "Due date precision", after: "A quarter" },
    ]);
  });

  it("names an indicator's fields and a measurement's", () => {
    const changes = auditChanges(null, { indicatorId: COMMITMENT, direction: "INCREASE", baselineValue: "5", targetOn: "2030-12-31" });
    expect(changes).toEqual([
      { field: "Direction", after: "Increase" },
      { field: "Baseline value", after: "5" },
      { field: "Target date", after: "31 Dec 2030" },
    ]);
    expect(auditChanges(null, { measurementId: COMMITMENT, value: "5.4", measuredOn: "2026-06-30" })).toEqual([
      { field: "Value", after: "5.4" },
      { field: "Measured on", after: "30 Jun 2026" },
    ]);
  });
});
