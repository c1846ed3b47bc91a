import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hugeString, PROPERTY_TEST_TIMEOUT_MS } from "@/tests/support/hostile-input";
import { CommitmentCreateSchema, CommitmentEditSchema } from "./commitment";
import { parseCommitmentFilters } from "./commitment-filters";
import { parseAuditFilters } from "./audit-filters";
import { parseDashboardParams } from "./dashboard-params";
import { parseHistoryPosition } from "./history-cursor";
import { parseMeetingSearch } from "./meeting-search";
import { LoginSchema } from "./login";
import { readImportFile } from "./commitment-import";
import { AcceptCandidatesSchema } from "./extraction";
import { CommitmentLinkSchema, CommitmentUnlinkSchema } from "./lineage";
import { MeetingCreateSchema, MeetingEditSchema } from "./meeting";
import { IndicatorSchema, MeasurementSchema } from "./indicator";
import { MilestoneCreateSchema, MilestoneDeleteSchema, MilestoneEditSchema } from "./milestone";
import { BulkStatusUpdateSchema, StatusUpdateSchema } from "./status-update";
import { PasswordChangeSchema, UserCreateSchema, UserUnlockSchema, UserUpdateSchema } from "./users";

// Hostile input of every shape: huge strings, control characters, SQL and HTML, wrong types, extra
// keys. A schema must answer with success or issues, never throw; what passes must be well-formed.
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\u0000\u0007\u001b[31m",
    "Robert'); DROP TABLE commitments;--",
    "javascript:alert(1)",
  ),
  hugeString(20_000, 60_000),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, { maxLength: 5 }),
  fc.object(),
);

function hostileRecord(keys: string[]) {
  return fc.record(Object.fromEntries([...keys, "__proto__", "constructor", "extra"].map((k) => [k, hostileValue])), { requiredKeys: [] });
}

const SCHEMAS = {
  StatusUpdateSchema: [
    StatusUpdateSchema,
    ["commitmentId", "version", "status", "progress", "effectiveOn", "rationale", "evidenceUrls", "obstacles", "nextStep"],
  ],
  BulkStatusUpdateSchema: [
    BulkStatusUpdateSchema,
    ["items", "status", "progress", "effectiveOn", "rationale", "evidenceUrls", "requestId"],
  ],
  CommitmentCreateSchema: [
    CommitmentCreateSchema,
    ["meetingId", "title", "description", "category", "partyIds", "sourceQuote", "targetPrecision", "target"],
  ],
  CommitmentEditSchema: [
    CommitmentEditSchema,
    ["id", "version", "meetingId", "title", "category", "partyIds", "sourceQuote", "targetPrecision", "target"],
  ],
  UserCreateSchema: [UserCreateSchema, ["email", "name", "role"]],
  UserUpdateSchema: [UserUpdateSchema, ["userId", "role", "active"]],
  UserUnlockSchema: [UserUnlockSchema, ["userId"]],
  PasswordChangeSchema: [PasswordChangeSchema, ["currentPassword", "newPassword", "confirmPassword"]],
  LoginSchema: [LoginSchema, ["email", "password"]],
  MeetingCreateSchema: [MeetingCreateSchema, ["title", "kind", "heldOn", "location", "participants", "sourceUrl", "sourceText"]],
  MeetingEditSchema: [
    MeetingEditSchema,
    ["id", "loadedAt", "title", "kind", "heldOn", "location", "participants", "sourceUrl", "sourceText"],
  ],
  CommitmentLinkSchema: [CommitmentLinkSchema, ["fromId", "toId", "kind", "note"]],
  CommitmentUnlinkSchema: [CommitmentUnlinkSchema, ["linkId", "commitmentId"]],
  AcceptCandidatesSchema: [AcceptCandidatesSchema, ["meetingId", "candidates"]],
  MilestoneCreateSchema: [
    MilestoneCreateSchema,
    ["commitmentId", "title", "duePrecision", "due", "doneOn", "evidenceUrl", "responsiblePartyId"],
  ],
  MilestoneEditSchema: [
    MilestoneEditSchema,
    ["id", "version", "commitmentId", "title", "duePrecision", "due", "doneOn", "evidenceUrl", "responsiblePartyId"],
  ],
  MilestoneDeleteSchema: [MilestoneDeleteSchema, ["id", "commitmentId", "version"]],
  IndicatorSchema: [
    IndicatorSchema,
    ["commitmentId", "version", "name", "unit", "direction", "baselineValue", "baselineOn", "targetValue", "targetOn"],
  ],
  MeasurementSchema: [MeasurementSchema, ["indicatorId", "value", "measuredOn", "sourceUrl", "note"]],
} as const;

// A readout may be long; every other string stays under 10,000 characters.
const STRING_LIMITS: Record<string, number> = { sourceText: 200_000 };

describe("every input schema under hostile input", { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  for (const [name, [schema, keys]] of Object.entries(SCHEMAS)) {
    it(`${name} never throws, and never lets an oversized or foreign value through`, () => {
      fc.assert(
        fc.property(hostileRecord([...keys]), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) return result.error.issues.length > 0;
          const out = result.data as Record<string, unknown>;
          // Unknown keys are stripped; strings stay within their documented bounds.
          expect(Object.keys(out).every((k) => (keys as readonly string[]).includes(k) || k === "targetDate" || k === "dueDate")).toBe(
            true,
          );
          for (const [key, value] of Object.entries(out))
            if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(STRING_LIMITS[key] ?? 10_000);
          return true;
        }),
        { numRuns: 150 },
      );
    });
  }

  it("the import reader answers any text with rows or problems, never an exception", () => {
    const csvish = fc
      .array(fc.oneof(hostileString, fc.constantFrom(",", '"', "\r\n", "\n", '""', "id,meeting_slug")), { maxLength: 30 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(csvish, (text) => {
        const { rows, issues } = readImportFile(text);
        expect(rows.length + issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("the URL parsers of the list, dashboard, audit and commitment pages never throw", () => {
    const params = fc.dictionary(
      fc.constantFrom(
        "q",
        "status",
        "category",
        "party",
        "meeting",
        "sort",
        "dir",
        "page",
        "size",
        "asOf",
        "stale",
        "bucket",
        "action",
        "actor",
        "from",
        "to",
        "history",
        "assessments",
        "limit",
      ),
      fc.oneof(hostileString, fc.array(hostileString, { maxLength: 4 })),
    );
    fc.assert(
      fc.property(params, (p) => {
        const filters = parseCommitmentFilters(p);
        expect(filters.page).toBeGreaterThanOrEqual(1);
        expect(filters.q.length).toBeLessThanOrEqual(200);
        expect(() => parseDashboardParams(p)).not.toThrow();
        expect(() => parseAuditFilters(p)).not.toThrow();
        expect(parseHistoryPosition(p).history).toBeNull();
        const search = parseMeetingSearch(new URLSearchParams(Object.entries(p).flatMap(([k, v]) => [v].flat().map((x) => [k, x]))));
        expect(search.q.length).toBeLessThanOrEqual(200);
        expect(search.limit).toBeGreaterThanOrEqual(1);
        expect(search.limit).toBeLessThanOrEqual(20);
      }),
      { numRuns: 200 },
    );
  });
});
