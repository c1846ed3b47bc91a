import { describe, expect, it } from "vitest";
import { CommitmentCreateSchema, CommitmentEditSchema } from "./commitment";

const party = "0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d";
const valid = {
  meetingId: "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  title: "Open Maarif Schools in Astana and Almaty",
  description: "",
  category: "Education, science & culture",
  partyIds: [party, party],
  sourceQuote: "The ministers welcomed the progress regarding the establishment of Maarif Schools",
  targetPrecision: "YEAR",
  target: "2026",
};

describe("CommitmentCreateSchema", () => {
  it("turns the target into a date and removes duplicate parties", () => {
    const result = CommitmentCreateSchema.parse(valid);
    expect(result.targetDate?.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(result.partyIds).toEqual([party]);
    expect(result.description).toBeNull();
    expect(result).not.toHaveProperty("target");
  });

  it("reports every problem against its field", () => {
    const result = CommitmentCreateSchema.safeParse({ ...valid, title: "x", category: "Sport", partyIds: [], sourceQuote: "" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["title", "category", "partyIds", "sourceQuote"]));
  });

  it("checks the target against its precision", () => {
    const result = CommitmentCreateSchema.safeParse({ ...valid, targetPrecision: "QUARTER", target: "2026" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["target"] });
    expect(CommitmentCreateSchema.parse({ ...valid, targetPrecision: "UPCOMING", target: "" }).targetDate).toBeNull();
  });
});

describe("CommitmentEditSchema", () => {
  it("needs the id and the version the form was loaded with", () => {
    expect(CommitmentEditSchema.safeParse(valid).success).toBe(false);
    const result = CommitmentEditSchema.parse({ ...valid, id: party, version: "4" });
    expect(result.version).toBe(4);
  });
});
