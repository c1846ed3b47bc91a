import { describe, expect, it } from "vitest";
import {
  BulkStatusUpdateSchema,
  MAX_BULK_COMMITMENTS,
  MAX_STATUS_NOTE_LENGTH,
  StatusUpdateSchema,
  checkBulkStatusUpdate,
  checkStatusUpdate,
} from "./status-update";

const valid = {
  commitmentId: "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  version: "3",
  status: "IN_PROGRESS",
  progress: "25",
  effectiveOn: "2026-03-01",
  rationale: "Ground broken for the Astana school, per the ministry.",
  evidenceUrls: "https://example.org/a\n\n  http://example.org/b  \n",
};

function errorsOf(input: Record<string, unknown>) {
  const result = StatusUpdateSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("StatusUpdateSchema", () => {
  it("accepts a complete form and normalises it", () => {
    const result = StatusUpdateSchema.parse(valid);
    expect(result).toMatchObject({ version: 3, progress: 25, status: "IN_PROGRESS" });
    expect(result.evidenceUrls).toEqual(["https://example.org/a", "http://example.org/b"]);
  });

  it("requires a rationale", () => {
    expect(errorsOf({ ...valid, rationale: "   " })).toHaveProperty("rationale");
    expect(errorsOf({ ...valid, rationale: undefined })).toHaveProperty("rationale");
  });

  it("keeps progress between 0 and 100 and consistent with the status", () => {
    expect(errorsOf({ ...valid, progress: "101" })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, progress: "-1" })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, progress: "12.5" })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, progress: "lots" })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, progress: "" }).progress).toBe("Enter the progress, a number from 0 to 100.");
    expect(errorsOf({ ...valid, progress: " " })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, progress: undefined })).toHaveProperty("progress");
    expect(errorsOf({ ...valid, status: "FULFILLED", progress: "80" })).toHaveProperty("progress");
  });

  it("refuses a date in the future and dates that do not exist", () => {
    expect(errorsOf({ ...valid, effectiveOn: "2999-01-01" }).effectiveOn).toMatch(/future/);
    expect(errorsOf({ ...valid, effectiveOn: "2026-02-30" })).toHaveProperty("effectiveOn");
    expect(errorsOf({ ...valid, effectiveOn: "01/03/2026" })).toHaveProperty("effectiveOn");
  });

  it("accepts only http and https evidence links", () => {
    for (const bad of ["javascript:alert(1)", "ftp://example.org/x", "example.org", "file:///etc/passwd", "data:text/html,hi"]) {
      expect(errorsOf({ ...valid, evidenceUrls: bad }), bad).toHaveProperty("evidenceUrls");
    }
    expect(errorsOf({ ...valid, evidenceUrls: Array.from({ length: 21 }, (_, i) => `https://e.org/${i}`).join("\n") })).toHaveProperty(
      "evidenceUrls",
    );
  });

  it("keeps obstacles and a next step trimmed, and reads a blank or absent one as none", () => {
    const result = StatusUpdateSchema.parse({
      ...valid,
      obstacles: '  Customs rules differ, "pending"; see Қазақстан\'s note.\n',
      nextStep: "\tJoint visit to Türkiye in March. ",
    });
    expect(result).toMatchObject({
      obstacles: 'Customs rules differ, "pending"; see Қазақстан\'s note.',
      nextStep: "Joint visit to Türkiye in March.",
    });
    expect(StatusUpdateSchema.parse({ ...valid, obstacles: " \r\n ", nextStep: "" })).toMatchObject({ obstacles: null, nextStep: null });
    expect(StatusUpdateSchema.parse(valid)).toMatchObject({ obstacles: null, nextStep: null });
  });

  it("refuses obstacles or a next step over 4,000 characters (after trimming), each with its own message", () => {
    const longest = "x".repeat(MAX_STATUS_NOTE_LENGTH);
    expect(StatusUpdateSchema.parse({ ...valid, obstacles: ` ${longest} `, nextStep: longest })).toMatchObject({ obstacles: longest });
    expect(errorsOf({ ...valid, obstacles: `${longest}x`, nextStep: `${longest}x` })).toEqual({
      obstacles: "The obstacles are at most 4,000 characters.",
      nextStep: "The next step is at most 4,000 characters.",
    });
  });

  it("refuses unknown statuses and malformed ids", () => {
    expect(errorsOf({ ...valid, status: "DONE" })).toHaveProperty("status");
    expect(errorsOf({ ...valid, commitmentId: "1 OR 1=1" })).toHaveProperty("commitmentId");
    expect(errorsOf({ ...valid, version: "0" })).toHaveProperty("version");
  });
});

describe("checkStatusUpdate", () => {
  const current = { status: "IN_PROGRESS" as const, progress: 25 };

  it("answers the schema's own messages, by field", () => {
    const check = checkStatusUpdate({ ...valid, rationale: "", progress: "101" }, current);
    expect(check).toEqual({
      outcome: "invalid",
      fieldErrors: {
        progress: ["Progress is a number from 0 to 100."],
        rationale: ["Explain the change in at least 10 characters: what happened, and how you know."],
      },
    });
  });

  it("tells an update that records the current status and progress again from a change", () => {
    expect(checkStatusUpdate(valid, current)).toEqual({ outcome: "unchanged" });
    expect(checkStatusUpdate({ ...valid, progress: "30" }, current)).toEqual({ outcome: "changed" });
    expect(checkStatusUpdate({ ...valid, status: "STALLED" }, current)).toEqual({ outcome: "changed" });
  });
});

describe("BulkStatusUpdateSchema", () => {
  const { commitmentId: _id, version: _version, ...fields } = valid;
  const other = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
  const bulk = { ...fields, items: [`${valid.commitmentId}:3`, `${other}:12`], requestId: "" };

  it("reads each selected commitment with the version the list showed", () => {
    const result = BulkStatusUpdateSchema.parse(bulk);
    expect(result.items).toEqual([
      { commitmentId: valid.commitmentId, version: 3 },
      { commitmentId: other, version: 12 },
    ]);
    expect(result).toMatchObject({ status: "IN_PROGRESS", progress: 25, requestId: null });
  });

  it("applies the single form's rules to the shared fields", () => {
    expect(checkBulkStatusUpdate({ ...bulk, rationale: "short" })).toHaveProperty("rationale");
    expect(checkBulkStatusUpdate({ ...bulk, status: "FULFILLED", progress: "80" })).toHaveProperty("progress");
    expect(checkBulkStatusUpdate({ ...bulk, effectiveOn: "2026-02-30" })).toHaveProperty("effectiveOn");
    expect(checkBulkStatusUpdate({ ...bulk, evidenceUrls: "javascript:alert(1)" })).toHaveProperty("evidenceUrls");
    expect(checkBulkStatusUpdate(bulk)).toBeNull();
  });

  it("needs 1 to 100 distinct, well-formed selections", () => {
    expect(checkBulkStatusUpdate({ ...bulk, items: [] })?.items).toEqual(["Select at least one commitment."]);
    expect(checkBulkStatusUpdate({ ...bulk, items: undefined })).toHaveProperty("items");
    const many = Array.from(
      { length: MAX_BULK_COMMITMENTS + 1 },
      (_, i) => `${valid.commitmentId.slice(0, -3)}${String(i).padStart(3, "0")}:1`,
    );
    expect(checkBulkStatusUpdate({ ...bulk, items: many })).toHaveProperty("items");
    expect(checkBulkStatusUpdate({ ...bulk, items: many.slice(0, MAX_BULK_COMMITMENTS) })).toBeNull();
    expect(checkBulkStatusUpdate({ ...bulk, items: [`${other}:1`, `${other}:2`] })).toHaveProperty("items");
    for (const item of [other, `${other}:`, `${other}:0`, `${other}:x`, "not-an-id:3", `${other}:3:4`]) {
      expect(checkBulkStatusUpdate({ ...bulk, items: [item] }), item).toHaveProperty("items");
    }
  });
});
