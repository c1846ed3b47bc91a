import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  extractCandidates,
  findCues,
  partyAliases,
  scoreCues,
  splitSentences,
  suggestCategory,
  suggestParties,
  suggestTarget,
  suggestTitle,
} from "./extraction";
import { scoreExtraction } from "./extraction-evaluation";
import { LABELLED_READOUTS } from "./extraction-fixtures/labels";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("labelled readouts", () => {
  for (const labels of LABELLED_READOUTS) {
    it(`${labels.name}: proposes at least 90% of the pledges, at most one non-pledge per four`, () => {
      const score = scoreExtraction(read(labels.file), labels);
      expect(score.missed).toEqual([]);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.nonPledgesPerPledge).toBeLessThanOrEqual(0.25);
    });
  }

  it("the JSPG readout: every labelled non-pledge sentence is set aside", () => {
    const labels = LABELLED_READOUTS[0];
    const text = read(labels.file);
    const { candidates } = extractCandidates(text, { meetingDate: labels.meetingDate });
    for (const { anchor } of labels.notPledges) {
      const at = text.indexOf(anchor);
      expect(candidates.some((c) => c.start <= at && at < c.end), anchor).toBe(false);
    }
  });

  it("is deterministic: the same text gives the same candidates", () => {
    const text = read(LABELLED_READOUTS[0].file);
    expect(extractCandidates(text, { meetingDate: "2026-02-02" })).toEqual(extractCandidates(text, { meetingDate: "2026-02-02" }));
  });

  it("every candidate's offsets point at its quote in the source text", () => {
    for (const labels of LABELLED_READOUTS) {
      const text = read(labels.file);
      for (const c of extractCandidates(text, { meetingDate: labels.meetingDate }).candidates) {
        expect(text.slice(c.start, c.end)).toBe(c.quote);
        expect(c.cues.some((cue) => cue.weight > 0)).toBe(true);
      }
    }
  });
});

describe("splitSentences", () => {
  it("keeps abbreviations, numbered paragraphs and closing quotes inside sentences", () => {
    const text = 'Ms. Retno met Mr. Sato.\n10. The Ministers agreed to meet. "They will." The End';
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Ms. Retno met Mr. Sato.", "The Ministers agreed to meet.", '"They will."', "The End"]);
  });

  it("gives offsets into the original text", () => {
    const text = "  First one here.  Second one there.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("cues", () => {
  it.each([
    ["The sides agreed to open a consulate.", "agreed to"],
    ["The sides have decided to take coordinated action.", "decided to"],
    ["They reaffirmed their commitment to the plan.", "reaffirmed/reiterated their commitment"],
    ["Japan will provide two vessels.", "will / shall"],
    ["The summit to be held in Astana in 2026.", "to be held (dated event)"],
    ["They expressed their intention to deepen cooperation.", "intention to"],
  ])("%s → %s", (sentence, label) => {
    const cues = findCues(sentence);
    expect(cues.map((c) => c.label)).toContain(label);
    expect(scoreCues(cues)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "The sides expressed their satisfaction with the frequency of high-level visits.",
    "The ministers commended the work of the Congress.",
    "The President expressed his condolences to the families of the victims.",
    "The visit will be remembered as a milestone.",
    "The President will travel on to Addis Ababa tomorrow.",
    "Trade reached a record in 2025.",
    "The ministers welcomed the launch of the Peace Plan to end the war.",
    "The Board of Peace, endorsed by Resolution 2803, has created momentum.",
  ])("not a pledge: %s", (sentence) => {
    expect(scoreCues(findCues(sentence))).toBeLessThan(2);
  });

  it("a courtesy lowers but does not cancel a real undertaking in the same sentence", () => {
    const welcomeOnly = scoreCues(findCues("The ministers welcomed the progress on the schools."));
    const welcomeAndAgree = scoreCues(findCues("The ministers welcomed the progress on the schools and agreed to continue supporting them."));
    expect(welcomeOnly).toBeLessThan(2);
    expect(welcomeAndAgree).toBeGreaterThanOrEqual(2);
  });
});

describe("suggestTarget", () => {
  it.each([
    ["summits to be held in Kazakhstan and Türkiye in 2026", "YEAR", "2026"],
    ["schools in Astana and Almaty in the upcoming period", "UPCOMING", ""],
    ["by the end of 2027", "YEAR", "2027"],
    ["in the first quarter of 2027", "QUARTER", "2027-Q1"],
    ["by June 2027", "MONTH", "2027-06"],
    ["by 30 June 2027", "DAY", "2027-06-30"],
    ["in the 2026 fiscal year", "YEAR", "2026"],
    ["within six months", "MONTH", "2026-08"],
    ["the Turkic World Vision—2040", "YEAR", "2040"],
    ["held on 25 April 2024 in Ankara", "NONE", ""],
  ])("%s → %s %s", (sentence, precision, value) => {
    const target = suggestTarget(sentence, "2026-02-02");
    expect([target.precision, target.value]).toEqual([precision, value]);
  });
});

describe("suggestions", () => {
  const parties = partyAliases([
    { id: "tr", name: "Türkiye", shortName: "TR" },
    { id: "kz", name: "Kazakhstan", shortName: "KZ" },
    { id: "az", name: "Azerbaijan", shortName: "AZ" },
    { id: "ots", name: "Organization of Turkic States", shortName: "OTS" },
  ]);

  it("titles start from the pledge's own verb", () => {
    expect(suggestTitle("Japan will provide two patrol vessels to the coast guard.", findCues("Japan will provide two patrol vessels to the coast guard."))).toBe(
      "Provide two patrol vessels to the coast guard",
    );
    const hlsc = "the preparation of the 6th meeting of the High-Level Strategic Council, to be held in Astana";
    expect(suggestTitle(hlsc, findCues(hlsc))).toBe("Hold the 6th meeting of the High-Level Strategic Council");
  });

  it("categories follow the keywords", () => {
    expect(suggestCategory("the establishment of Maarif Schools in Astana and Almaty")).toBe("Education, science & culture");
    expect(suggestCategory("deepen cooperation on the Middle Corridor development")).toBe("Transport & connectivity");
    expect(suggestCategory("cooperation in the field of health")).toBe("Health");
  });

  it("parties: names, adjectives and 'the sides' meaning the meeting's own parties", () => {
    expect(suggestParties("Fidan and his Kazakh counterpart agreed", parties, [])).toEqual(["kz"]);
    expect(suggestParties("the sides reaffirmed their resolve to empower the OTS", parties, ["tr", "kz"]).sort()).toEqual(["kz", "ots", "tr"]);
    expect(suggestParties("Türkiye, Kazakhstan, and Azerbaijan", parties, []).sort()).toEqual(["az", "kz", "tr"]);
  });
});
