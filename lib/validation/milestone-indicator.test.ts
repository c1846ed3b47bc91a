import { describe, expect, it } from "vitest";
import { isoDate, latestTodayOnEarth } from "@/lib/domain/target-date";
import { IndicatorSchema, MeasurementSchema } from "./indicator";
import { MilestoneCreateSchema } from "./milestone";

const ID = "11111111-1111-4111-8111-111111111111";
const tomorrow = isoDate(new Date(Date.parse(`${latestTodayOnEarth()}T00:00:00Z`) + 86_400_000));

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("MilestoneCreateSchema", () => {
  const base = {
    commitmentId: ID,
    title: "Working group meets",
    duePrecision: "QUARTER",
    due: "2026-Q2",
    doneOn: "",
    evidenceUrl: "",
    responsiblePartyId: "",
  };

  it("reads the due date with the target's rules: the period's last day, none without a date", () => {
    expect(MilestoneCreateSchema.parse(base)).toMatchObject({
      dueDate: new Date("2026-06-30T00:00:00Z"),
      doneOn: null,
      evidenceUrl: null,
      responsiblePartyId: null,
    });
    expect(MilestoneCreateSchema.parse({ ...base, duePrecision: "UPCOMING", due: "" }).dueDate).toBeNull();
    expect(issues(MilestoneCreateSchema.safeParse({ ...base, due: "June" }))).toEqual({
      due: "Enter the due date as YYYY-Qn, e.g. 2026-Q2.",
    });
    expect(issues(MilestoneCreateSchema.safeParse({ ...base, duePrecision: "NONE" }))).toEqual({
      due: "Leave the due date empty for this precision.",
    });
  });

  it("refuses a done day in the future or that does not exist, and a link that is not http(s)", () => {
    expect(issues(MilestoneCreateSchema.safeParse({ ...base, doneOn: tomorrow }))).toEqual({
      doneOn: "The day it was done cannot be in the future.",
    });
    expect(issues(MilestoneCreateSchema.safeParse({ ...base, doneOn: "2026-02-30" }))).toEqual({ doneOn: "That date does not exist." });
    expect(issues(MilestoneCreateSchema.safeParse({ ...base, evidenceUrl: "javascript:alert(1)" }))).toEqual({
      evidenceUrl: "Evidence links must be full http:// or https:// addresses.",
    });
    expect(MilestoneCreateSchema.parse({ ...base, evidenceUrl: " https://example.org/x " }).evidenceUrl).toBe("https://example.org/x");
  });
});

describe("IndicatorSchema and MeasurementSchema", () => {
  const base = {
    commitmentId: ID,
    version: "",
    name: "Mutual trade turnover",
    unit: "US$ billion",
    direction: "INCREASE",
    baselineValue: "5",
    baselineOn: "2025-12-31",
    targetValue: "10",
    targetOn: "2030-12-31",
  };

  it("takes exact decimals and an empty version for a new indicator", () => {
    expect(IndicatorSchema.parse(base)).toMatchObject({ version: null, baselineValue: "5", targetValue: "10" });
    expect(IndicatorSchema.parse({ ...base, version: "3", direction: "DECREASE", targetValue: "-2.5" })).toMatchObject({ version: 3 });
  });

  it("says what to fix for a malformed number, without tripping over it", () => {
    expect(issues(IndicatorSchema.safeParse({ ...base, baselineValue: "5,5" })).baselineValue).toMatch(/a point for decimals/);
    expect(issues(IndicatorSchema.safeParse({ ...base, targetValue: "1e3", targetOn: "soon" }))).toMatchObject({
      targetValue: expect.stringMatching(/as a number such as 10/),
      targetOn: "Enter the target date as YYYY-MM-DD.",
    });
  });

  it("refuses a measurement dated in the future", () => {
    expect(issues(MeasurementSchema.safeParse({ indicatorId: ID, value: "5.6", measuredOn: tomorrow }))).toEqual({
      measuredOn: "A measurement cannot be dated in the future.",
    });
    expect(MeasurementSchema.parse({ indicatorId: ID, value: "5.6", measuredOn: "2026-06-30", sourceUrl: "", note: " " })).toMatchObject({
      sourceUrl: null,
      note: null,
    });
  });
});
