import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isCommitmentCategory } from "@/lib/domain/categories";
import { parseTarget } from "@/lib/domain/target-date";
import { readDemoSource } from "./demo";
import { progressProblem } from "@/lib/domain/status";
import { IndicatorSchema, MeasurementSchema } from "@/lib/validation/indicator";
import { MilestoneCreateSchema } from "@/lib/validation/milestone";
import { StatusUpdateNotesSchema } from "@/lib/validation/status-update";
import {
  DEMO_HISTORY,
  DEMO_ILLUSTRATIVE_NOTE,
  DEMO_INDICATORS,
  DEMO_MILESTONES,
  DEMO_PARTIES,
  DEMO_PARTY_HISTORY,
  JSPG_COMMITMENTS,
  JSPG_MEETING,
} from "./jspg-8th-meeting";

describe("the 8th JSPG demo pledges", () => {
  const source = readDemoSource(JSPG_MEETING.sourceFile);

  it("has at least 20 pledges with unique titles", () => {
    expect(JSPG_COMMITMENTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(JSPG_COMMITMENTS.map((c) => c.title)).size).toBe(JSPG_COMMITMENTS.length);
  });

  it("quotes every pledge verbatim from the readout", () => {
    for (const pledge of JSPG_COMMITMENTS) expect(source.includes(pledge.quote), pledge.title).toBe(true);
  });

  it("uses known categories, known parties and valid targets", () => {
    const parties = new Set<string>(DEMO_PARTIES.map((p) => p.name));
    for (const pledge of JSPG_COMMITMENTS) {
      expect(isCommitmentCategory(pledge.category), pledge.title).toBe(true);
      expect(pledge.parties.length).toBeGreaterThan(0);
      for (const party of pledge.parties) expect(parties.has(party), party).toBe(true);
      expect(parseTarget(pledge.targetPrecision, pledge.target).ok, pledge.title).toBe(true);
    }
  });

  it("includes the pledges the brief names, with their targets", () => {
    const find = (pattern: RegExp) => JSPG_COMMITMENTS.find((c) => pattern.test(c.title));
    expect(find(/Maarif Schools in Astana and Almaty/)?.targetPrecision).toBe("UPCOMING");
    expect(find(/Action Plan of the 13th Joint Economic Commission/)).toBeDefined();
    expect(find(/6th meeting of the High-Level Strategic Council in Astana/)).toBeDefined();
    expect(find(/OTS Summit .* Turkistan/)).toMatchObject({ targetPrecision: "YEAR", target: "2026" });
    expect(find(/OTS Summit .* in Türkiye/)).toMatchObject({ targetPrecision: "YEAR", target: "2026" });
    expect(find(/trilateral mechanism/)?.parties).toContain("Azerbaijan");
    expect(find(/critical minerals/)).toBeDefined();
    expect(find(/defence-industry .* joint ventures/)).toBeDefined();
    expect(find(/TIKA–KazAID/)).toBeDefined();
  });
});

describe("the illustrative demo history", () => {
  it("belongs to known pledges, moves forward in time, and keeps progress consistent with status", () => {
    const titles = new Set(JSPG_COMMITMENTS.map((c) => c.title));
    for (const [title, steps] of Object.entries(DEMO_HISTORY)) {
      expect(titles.has(title), title).toBe(true);
      let last = JSPG_MEETING.heldOn;
      for (const step of steps) {
        expect(step.effectiveOn > last, `${title} ${step.effectiveOn}`).toBe(true);
        expect(progressProblem(step.status, step.progress), title).toBeNull();
        last = step.effectiveOn;
      }
    }
  });

  it("has a few obstacles and next steps, each one the status form accepts and marked illustrative", () => {
    const notes = Object.values(DEMO_HISTORY).flatMap((steps) => steps.flatMap((step) => [step.obstacles, step.nextStep]));
    const given = notes.filter((note) => note !== undefined);
    expect(given.length).toBeGreaterThanOrEqual(4);
    for (const note of given) {
      expect(note).toMatch(/^Illustrative: /);
      expect(StatusUpdateNotesSchema.parse({ obstacles: note }).obstacles, note).toBe(note);
    }
  });

  it("leaves the pledges the end-to-end tests update untouched", () => {
    expect(Object.keys(DEMO_HISTORY).some((t) => /Maarif|critical minerals/.test(t))).toBe(false);
  });

  it("assesses parties only on pledges they are party to, in order, with consistent progress", () => {
    for (const [title, parties] of Object.entries(DEMO_PARTY_HISTORY)) {
      const pledge = JSPG_COMMITMENTS.find((c) => c.title === title);
      expect(pledge, title).toBeDefined();
      for (const [party, steps] of Object.entries(parties)) {
        expect(pledge!.parties as string[], `${title}: ${party}`).toContain(party);
        let last = JSPG_MEETING.heldOn;
        for (const step of steps) {
          expect(step.effectiveOn >= last, `${title} ${party} ${step.effectiveOn}`).toBe(true);
          expect(progressProblem(step.status, step.progress), title).toBeNull();
          last = step.effectiveOn;
        }
      }
    }
    expect(Object.keys(DEMO_PARTY_HISTORY).some((t) => /Maarif|critical minerals/.test(t))).toBe(false);
  });
});

describe("the illustrative milestones and indicator", () => {
  // Pledges the end-to-end specs write to through the page: demo milestones there would change what they see.
  const WRITTEN_BY_E2E = /Maarif|critical minerals|on the environment|technology transfer|researchers and specialists|within the UN/;

  it("belong to known pledges, name one of their parties, parse their due dates and say they are illustrative", () => {
    for (const [title, milestones] of Object.entries(DEMO_MILESTONES)) {
      const pledge = JSPG_COMMITMENTS.find((c) => c.title === title);
      expect(pledge, title).toBeDefined();
      expect(WRITTEN_BY_E2E.test(title), title).toBe(false);
      for (const m of milestones) {
        expect(m.title, title).toMatch(/\(illustrative\)$/);
        expect(MilestoneCreateSchema.safeParse({ commitmentId: randomUUID(), ...m, doneOn: m.doneOn ?? "" }).success, m.title).toBe(true);
        if (m.responsibleParty) expect(pledge!.parties as string[], m.title).toContain(m.responsibleParty);
        if (m.doneOn) expect(m.doneOn >= JSPG_MEETING.heldOn, m.title).toBe(true);
      }
    }
    expect(Object.values(DEMO_MILESTONES).flat().length).toBeGreaterThanOrEqual(2);
  });

  it("has an indicator the form would accept, with measurements after its baseline, marked illustrative", () => {
    expect(Object.keys(DEMO_INDICATORS).length).toBeGreaterThanOrEqual(1);
    for (const [title, { measurements, ...fields }] of Object.entries(DEMO_INDICATORS)) {
      expect(
        JSPG_COMMITMENTS.some((c) => c.title === title),
        title,
      ).toBe(true);
      expect(IndicatorSchema.safeParse({ commitmentId: randomUUID(), version: "", ...fields }).success, title).toBe(true);
      expect(fields.name).toMatch(/illustrative/);
      expect(measurements.length).toBeGreaterThanOrEqual(2);
      for (const m of measurements) {
        expect(MeasurementSchema.safeParse({ indicatorId: randomUUID(), ...m, note: DEMO_ILLUSTRATIVE_NOTE }).success, m.measuredOn).toBe(
          true,
        );
        expect(m.measuredOn >= fields.baselineOn, m.measuredOn).toBe(true);
      }
    }
    expect(DEMO_ILLUSTRATIVE_NOTE).toMatch(/^Illustrative/);
  });
});
