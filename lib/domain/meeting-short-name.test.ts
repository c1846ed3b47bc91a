import { describe, expect, it } from "vitest";
import { meetingShortName } from "./meeting-short-name";
import { JSPG_MEETING } from "@/prisma/seed/jspg-8th-meeting";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("meetingShortName", () => {
  it("shortens the demo meeting to its body's initials, its number and its month", () => {
    expect(meetingShortName(JSPG_MEETING.title, day(JSPG_MEETING.heldOn))).toBe("JSPG 8 · Feb 2026");
  });

  it("uses an acronym written in the title, the longest of several, but not a Roman numeral", () => {
    expect(meetingShortName("8th JSPG readout entered again (e2e)", day("2026-02-02"))).toBe("JSPG 8 · Feb 2026");
    expect(meetingShortName("Summit of the Organization of Turkic States (OTS)", day("2025-10-07"))).toBe("OTS · Oct 2025");
    expect(meetingShortName("UN General Assembly (UNGA), 80th session", day("2025-09-23"))).toBe("UNGA 80 · Sep 2025");
    expect(meetingShortName("G20 Leaders' Summit", day("2025-11-22"))).toBe("G20 · Nov 2025");
    expect(
      meetingShortName("7th Summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA)", day("2026-10-01")),
    ).toBe("CICA 7 · Oct 2026");
    expect(meetingShortName("Astana II talks on Syria", day("2017-02-15"))).toBe("Astana II talks on Syria · Feb 2017");
  });

  it("derives initials from a run of capitalised words; 'the', a dash-joined pair or an ordinal ends a run", () => {
    expect(meetingShortName("13th Joint Economic Commission", day("2024-04-25"))).toBe("JEC 13 · Apr 2024");
    expect(meetingShortName("Eleventh Summit of the Organization of Turkic States", day("2024-11-06"))).toBe("OTS 11 · Nov 2024");
    expect(meetingShortName("6th meeting of the High-Level Strategic Cooperation Council", day("2026-05-12"))).toBe("HLSCC 6 · May 2026");
    expect(meetingShortName("Türkiye–Azerbaijan–Kazakhstan Trilateral Ministerial Meeting", day("2026-03-01"))).toBe("TMM · Mar 2026");
  });

  it("does not take a sentence-case title's first word for a name", () => {
    expect(meetingShortName("Meeting of the Joint Commission", day("2026-01-10"))).toBe("Meeting of the Joint… · Jan 2026");
  });

  it("falls back to the title's beginning, cut at a word, when there is no acronym", () => {
    expect(meetingShortName("Foreign ministers' consultations in Baku", day("2026-06-03"))).toBe("Foreign ministers'… · Jun 2026");
    expect(meetingShortName("Matrix meeting 42", day("2026-05-05"))).toBe("Matrix meeting 42 · May 2026");
    expect(meetingShortName("Meeting in Ankara", day("2026-10-01"))).toBe("Meeting in Ankara · Oct 2026");
  });
});
