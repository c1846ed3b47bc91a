import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMITMENT_CATEGORIES } from "./categories";
import {
  type Candidate,
  DEFAULT_EXTRACTION_VOCABULARY,
  type ExtractionVocabulary,
  extractCandidates,
  findCues,
  isPromiseLeadIn,
  parseExtractionVocabulary,
  partyAliases,
  scoreCues,
  suggestCategory,
  suggestParties,
  suggestTarget,
  suggestTitle,
} from "./extraction";
import { splitSentences } from "./sentences";
import { scoreExtraction } from "./extraction-evaluation";
import { LABELLED_READOUTS } from "./extraction-fixtures/labels";
import { CORPUS, corpusText } from "./extraction-corpus";
import { poolScores } from "./extraction-evaluation";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** A vocabulary with only the given category keywords and no party aliases. */
function vocabularyWith(categories: Partial<ExtractionVocabulary["categories"]>): ExtractionVocabulary {
  const empty = Object.fromEntries(COMMITMENT_CATEGORIES.map((c) => [c, []])) as unknown as ExtractionVocabulary["categories"];
  return parseExtractionVocabulary({ categories: { ...empty, ...categories }, partyAliases: {} });
}

describe("labelled readouts", () => {
  for (const labels of LABELLED_READOUTS) {
    // The targets the README states; the report script prints what is measured today.
    it(`${labels.name}: proposes at least 90 % of the labelled pledges, at most one non-pledge per four`, () => {
      const score = scoreExtraction(read(labels.file), labels);
      expect(score.recall, `missed: ${score.missed.join(" | ")}`).toBeGreaterThanOrEqual(0.9);
      expect(score.nonPledgesPerPledge, `non-pledges: ${score.falseCandidates.join(" | ")}`).toBeLessThanOrEqual(0.25);
    });
  }

  it("the JSPG readout: every labelled non-pledge sentence is set aside", () => {
    const labels = LABELLED_READOUTS[0];
    const text = read(labels.file);
    const { candidates } = extractCandidates(text, { meetingDate: labels.meetingDate });
    for (const { anchor } of labels.notPledges) {
      const at = text.indexOf(anchor);
      expect(
        candidates.some((c) => c.start <= at && at < c.end),
        anchor,
      ).toBe(false);
    }
  });

  const demoParties = partyAliases([
    { id: "tr", name: "Türkiye", shortName: "TR" },
    { id: "kz", name: "Kazakhstan", shortName: "KZ" },
    { id: "az", name: "Azerbaijan", shortName: "AZ" },
    { id: "ots", name: "Organization of Turkic States", shortName: "OTS" },
  ]);

  // A sentence is judged on its own words: nothing may carry over from the sentences or readouts before
  // it (a global regex's lastIndex, a cache keyed on the wrong thing).
  it("judges each sentence alone: extracted on its own, it gives the same verdict as within its readout", () => {
    const readouts = LABELLED_READOUTS.map((labels) => ({ text: read(labels.file), meetingDate: labels.meetingDate }));
    // Also one of pledges only, one after another, where a match could leak into the next sentence.
    const pledges = readouts.flatMap(({ text, meetingDate }) =>
      extractCandidates(text, { meetingDate }).candidates.map((c) => splitSentences(text)[c.index].text),
    );
    readouts.push({ text: pledges.join(" "), meetingDate: "2026-01-01" });
    const verdict = ({ index: _index, start: _start, end: _end, ...rest }: Candidate) => rest;

    for (const { text, meetingDate } of readouts) {
      const options = { meetingDate, parties: demoParties, meetingPartyIds: ["tr", "kz"] };
      const sentences = splitSentences(text);
      const { candidates, setAside } = extractCandidates(text, options);
      for (const c of candidates) {
        const sentence = sentences[c.index].text;
        expect(extractCandidates(sentence, options).candidates.map(verdict), sentence).toEqual([verdict(c)]);
      }
      for (const s of setAside) expect(extractCandidates(s.text, options).candidates, s.text).toEqual([]);
    }
  });

  it("does not depend on the order of the party list", () => {
    const labels = LABELLED_READOUTS[0];
    const text = read(labels.file);
    const partySets = (parties: typeof demoParties) =>
      extractCandidates(text, { meetingDate: labels.meetingDate, parties, meetingPartyIds: ["tr", "kz"] }).candidates.map((c) =>
        [...c.partyIds].sort(),
      );
    const given = partySets(demoParties);
    expect(given.some((ids) => ids.length >= 3)).toBe(true);
    expect(partySets([...demoParties].reverse())).toEqual(given);
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

describe("cues", () => {
  it.each([
    ["The sides agreed to open a consulate.", "agreed to"],
    ["The sides have decided to take coordinated action.", "decided to"],
    ["They reaffirmed their commitment to the plan.", "reaffirmed/reiterated their commitment"],
    ["Japan will provide two vessels.", "will / shall"],
    ["The summit to be held in Astana in 2026.", "to be held (dated event)"],
    // A field of cooperation: "their intention to deepen cooperation" alone is a general aim (see below).
    ["They expressed their intention to deepen cooperation in agriculture.", "intention to"],
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
    const welcomeAndAgree = scoreCues(
      findCues("The ministers welcomed the progress on the schools and agreed to continue supporting them."),
    );
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
    expect(
      suggestTitle(
        "Japan will provide two patrol vessels to the coast guard.",
        findCues("Japan will provide two patrol vessels to the coast guard."),
      ),
    ).toBe("Provide two patrol vessels to the coast guard");
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
    expect(suggestParties("the sides reaffirmed their resolve to empower the OTS", parties, ["tr", "kz"]).sort()).toEqual([
      "kz",
      "ots",
      "tr",
    ]);
    expect(suggestParties("Türkiye, Kazakhstan, and Azerbaijan", parties, []).sort()).toEqual(["az", "kz", "tr"]);
  });
});

describe("vocabulary", () => {
  const FIRST = COMMITMENT_CATEGORIES[0];

  it("categories come from the vocabulary only: with no keywords every sentence falls to the first category", () => {
    const sentence = "In collaboration with TIKA and KazAID, the sides encouraged sustainable development in Gaza.";
    expect(suggestCategory(sentence)).toBe("Development cooperation");
    expect(suggestCategory(sentence, vocabularyWith({}))).toBe(FIRST);
    expect(suggestCategory(sentence, vocabularyWith({ "Regional & international issues": ["Gaza"] }))).toBe(
      "Regional & international issues",
    );
  });

  it("extractCandidates uses the vocabulary it is given", () => {
    const labels = LABELLED_READOUTS[0];
    const { candidates } = extractCandidates(read(labels.file), {
      meetingDate: labels.meetingDate,
      vocabulary: vocabularyWith({ Health: ["health"] }),
    });
    const health = candidates.filter((c) => c.category === "Health");
    expect(health.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.category).toBe(/health/i.test(c.quote) ? "Health" : FIRST);
  });

  it.each([
    ["trade", "Trade rose by a third.", true],
    ["trade", "They spoke of TRADE.", true],
    ["UN", "within the UN system", true],
    ["UN", "an un-ratified treaty", false],
    ["Gaza", "gaza", false],
    ["aid", "the ministry said so", false],
    ["universit*", "exchanges between universities", true],
    ["universit*", "a university", true],
    ["cyber*", "cyber", true],
    ["rare earth", "rare  earth elements", true],
    ["foreign ministers' meeting", "the next Foreign Ministers’ Meeting", true],
    ["Türkiye", "Türkiye-Kazakhstan relations", true],
    ["türk*", "TÜRKSOY and Türkiye", true],
  ])("keyword %j in %j: %s", (keyword, sentence, matches) => {
    expect(suggestCategory(sentence, vocabularyWith({ Health: [keyword] }))).toBe(matches ? "Health" : FIRST);
  });

  it("a phrase counts once, not once per word, whatever the order of the list", () => {
    const sentence = "a gas pipeline network and grid";
    for (const trade of [
      ["gas", "pipeline", "gas pipeline"],
      ["gas pipeline", "pipeline", "gas"],
    ])
      expect(suggestCategory(sentence, vocabularyWith({ "Trade & investment": trade, Health: ["network", "grid"] }))).toBe("Health");
  });

  it("party aliases come from the vocabulary", () => {
    const norway = [{ id: "no", name: "Norway", shortName: "NO" }];
    const sentence = "The Norwegian delegation agreed to fund the programme.";
    expect(suggestParties(sentence, partyAliases(norway), [])).toEqual([]);
    const vocabulary = parseExtractionVocabulary({ ...DEFAULT_EXTRACTION_VOCABULARY, partyAliases: { Norway: ["Norwegian"] } });
    expect(suggestParties(sentence, partyAliases(norway, vocabulary), [])).toEqual(["no"]);
  });

  it("a party named like an object property gets no aliases from the vocabulary's prototype", () => {
    expect(partyAliases([{ id: "x", name: "constructor" }])).toEqual([{ id: "x", name: "constructor", aliases: [] }]);
  });

  type LooseVocabulary = { categories: Record<string, unknown>; partyAliases: Record<string, unknown>; [key: string]: unknown };
  const malformed: [string, (v: LooseVocabulary) => void, RegExp][] = [
    ["a category missing", (v) => delete v.categories.Health, /categories\.Health/],
    ["an unknown category", (v) => (v.categories["Helth"] = ["health"]), /Helth/],
    ["a keyword that is not text", (v) => (v.categories.Health = [42]), /categories\.Health\[0\]/],
    ['a "*" inside a keyword', (v) => (v.categories.Health = ["heal*th"]), /categories\.Health\[0\]/],
    ["a keyword with surrounding spaces", (v) => (v.categories.Health = [" health"]), /categories\.Health\[0\]/],
    ["a one-letter keyword", (v) => (v.categories.Health = ["h"]), /categories\.Health\[0\]/],
    ["aliases that are not a list", (v) => (v.partyAliases.Türkiye = "Turkish"), /partyAliases\["Türkiye"\]/],
    ["an unknown top-level key", (v) => (v.keywords = {}), /keywords/],
  ];

  it.each(malformed)("refuses %s, naming where", (_case, breakIt, where) => {
    const vocabulary: LooseVocabulary = structuredClone(DEFAULT_EXTRACTION_VOCABULARY);
    expect(() => parseExtractionVocabulary(vocabulary)).not.toThrow();
    breakIt(vocabulary);
    expect(() => parseExtractionVocabulary(vocabulary)).toThrow(where);
  });
});

// The real readouts' development part (lib/domain/extraction-corpus): the issue's targets, pooled over
// every readout whose text is at hand (the stored ones; the agency texts too when CT_EXTRACTION_TEXTS
// supplies them). The held-out parts, development material since, are asserted further down.
describe("real readouts, development part", () => {
  const scores = CORPUS.filter((r) => r.part === "development").flatMap((readout) => {
    const text = corpusText(readout);
    return text === null ? [] : [{ id: readout.id, score: scoreExtraction(text, readout) }];
  });

  const pooledOf = (list: typeof scores) => {
    const pooled = poolScores(list.map((s) => s.score));
    const missed = list.flatMap((s) => s.score.missed.map((m) => `${s.id}: ${m}`));
    const proposed = list.flatMap((s) => s.score.falseCandidates.map((f) => `${s.id}: ${f}`));
    return { pooled, missed: `missed:\n${missed.join("\n")}`, proposed: `non-pledges:\n${proposed.join("\n")}` };
  };

  it("finds at least 90 % of the labelled pledges, and at least 80 % of its candidates are pledges", () => {
    expect(scores.length).toBeGreaterThanOrEqual(10);
    const { pooled, missed, proposed } = pooledOf(scores);
    expect(pooled.recall, missed).toBeGreaterThanOrEqual(0.9);
    expect(pooled.precision, proposed).toBeGreaterThanOrEqual(0.8);
  });

  // What is measured today over the 11 texts the repository keeps (46 of 48 pledges; 30 of 32
  // candidates), as lower bounds: a change that loses a pledge or adds a non-pledge here fails. Before the
  // checkability test 47 of 48 and 31 of 34: it set aside "committed to deepen the EU-China strategic
  // partnership" (labelled before the guide; a general aim by it) and one false candidate.
  it("over the stored texts: no worse than measured (95.8 % recall, 93.8 % precision)", () => {
    const stored = scores.filter((s) => CORPUS.find((r) => r.id === s.id)?.stored);
    expect(stored).toHaveLength(11);
    const { pooled, missed, proposed } = pooledOf(stored);
    expect(pooled.recall, missed).toBeGreaterThanOrEqual(46 / 48);
    expect(pooled.precision, proposed).toBeGreaterThanOrEqual(30 / 32);
  });
});

// The second development part (corpora E and F, labelled blind by docs/extraction-labelling-guide.md):
// first scored at 80.2 % recall and 53.0 % precision with the rules of 28 Nov, then material the rules
// were developed on. What is measured today (90 of 91 pledges; 68 of 71 candidates; before the checkability
// test 68 of 74, before rules4 68 of 73: support discussed as a topic and a restated commitment to sector
// cooperation set aside), as lower bounds.
describe("real readouts, second development part", () => {
  const scores = CORPUS.filter((r) => r.part === "second-development").flatMap((readout) => {
    const text = corpusText(readout);
    return text === null ? [] : [{ id: readout.id, score: scoreExtraction(text, readout) }];
  });

  it("over its 24 stored texts: no worse than measured (98.9 % recall, 95.8 % precision)", () => {
    expect(scores).toHaveLength(24);
    const pooled = poolScores(scores.map((s) => s.score));
    const missed = scores.flatMap((s) => s.score.missed.map((m) => `${s.id}: ${m}`)).join("\n");
    const proposed = scores.flatMap((s) => s.score.falseCandidates.map((f) => `${s.id}: ${f}`)).join("\n");
    expect(pooled.recall, `missed:\n${missed}`).toBeGreaterThanOrEqual(90 / 91);
    expect(pooled.precision, `non-pledges:\n${proposed}`).toBeGreaterThanOrEqual(68 / 71);
  });
});

// The fresh held-out part (corpora C and D): scored blind twice (last at 77.0 % recall, 75.0 % precision),
// then spent as a blind test and used as development material. What is measured today (65 of 74 pledges;
// 52 of 52 candidates; before rules4 63 of 74: two numbered verbless items after a promise lead-in), as lower bounds. Before the checkability test 64 of 74 and 51 of 53: it set aside
// "intends to further strengthen this relationship" (labelled before the guide; a general aim by it).
describe("real readouts, fresh held-out part (now development material)", () => {
  const scores = CORPUS.filter((r) => r.part === "fresh-held-out").flatMap((readout) => {
    const text = corpusText(readout);
    return text === null ? [] : [{ id: readout.id, score: scoreExtraction(text, readout) }];
  });

  it("over its 16 stored texts: no worse than measured (87.8 % recall, 100 % precision)", () => {
    expect(scores).toHaveLength(16);
    const pooled = poolScores(scores.map((s) => s.score));
    const missed = scores.flatMap((s) => s.score.missed.map((m) => `${s.id}: ${m}`)).join("\n");
    const proposed = scores.flatMap((s) => s.score.falseCandidates.map((f) => `${s.id}: ${f}`)).join("\n");
    expect(pooled.recall, `missed:\n${missed}`).toBeGreaterThanOrEqual(65 / 74);
    expect(pooled.precision, `non-pledges:\n${proposed}`).toBeGreaterThanOrEqual(52 / 52);
  });
});

// The first held-out part (corpora A and B, held out) and the blind held-out part (corpora G and H, scored
// blind once at 87.3 % recall and 62.3 % precision): both development material since. What is measured
// today, as lower bounds: A/B held out 68 of 75 pledges, 51 of 53 candidates (before the checkability test
// 71 of 75 and 54 of 56: three commitments to a general aim labelled before the guide were set aside);
// G/H 55 of 55 pledges, 49 of 60 candidates (before rules4 49 of 63).
describe("real readouts, held-out parts (now development material)", () => {
  it.each([
    ["held-out", 13, 68 / 75, 51 / 53],
    ["blind-held-out", 18, 55 / 55, 49 / 60],
  ] as const)("the %s part over its %i stored texts: no worse than measured", (part, count, recall, precision) => {
    const scores = CORPUS.filter((r) => r.part === part && r.stored).flatMap((readout) => {
      const text = corpusText(readout);
      return text === null ? [] : [{ id: readout.id, score: scoreExtraction(text, readout) }];
    });
    expect(scores).toHaveLength(count);
    const pooled = poolScores(scores.map((s) => s.score));
    const missed = scores.flatMap((s) => s.score.missed.map((m) => `${s.id}: ${m}`)).join("\n");
    const proposed = scores.flatMap((s) => s.score.falseCandidates.map((f) => `${s.id}: ${f}`)).join("\n");
    expect(pooled.recall, `missed:\n${missed}`).toBeGreaterThanOrEqual(recall);
    expect(pooled.precision, `non-pledges:\n${proposed}`).toBeGreaterThanOrEqual(precision);
  });
});

// The kinds of misses and false candidates the issue names, in sentences written for the tests.
describe("pledges phrased the ways real readouts phrase them", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    "The sides pledged on Tuesday to open a joint logistics centre in Aktau.",
    "The ministers agreed last month to double the number of flights.",
    "The leaders decided, inter alia, to set up a joint investment fund.",
    "The presidents instructed the relevant agencies to draft a road map on water management.",
    "The council tasked the working group with preparing a feasibility study.",
    "The leaders mandated the commission to review the customs procedures.",
    "The two governments reached an understanding to lift the visa requirement.",
    "The delegations came to an agreement on the joint use of the border crossing.",
    "Plans call for a new rail link between the two capitals.",
    "The sides agreed that the next round will take place in Tashkent.",
    "The sides look forward to the next meeting of the commission in Baku in 2027.",
    "In 2027 we would like to speed up the talks on the new border crossing.",
    "Decisions were made on merging the two customs databases.",
    "The opening of the trade house is planned for the second quarter of 2027.",
    "The main goal is to increase trade to $5 billion by 2030.",
    "There was broad agreement to extend the fisheries accord for five years.",
    "The leaders welcomed the agreement between the two central banks to set up a currency swap line.",
  ])("proposes: %s", (sentence) => expect(proposed(sentence)).toBe(true));

  it.each([
    "It was agreed that closer ties serve both peoples.",
    "The sides agreed that dialogue is essential.",
    "The ministers voiced hope that the talks will bring results.",
    "The president expressed confidence that the friendship between the peoples will grow.",
    "We look forward to working together.",
    "The delegations held talks to work out a plan.",
    "The ministers discussed steps to expand trade.",
    "The ministers underlined the importance of a strategic partnership.",
    "They confirmed the operational format that will allow the ministers to meet more often.",
    "The visit was a testament to the priority that relations with Africa represent.",
    "We would like to thank our hosts for their hospitality.",
    "They discussed adherence to the agreement to date.",
  ])("sets aside: %s", (sentence) => expect(proposed(sentence)).toBe(false));
});

// General statements dressed as commitments, views, shared sentiments, lead-ins and consequences: each
// set aside with the cue that says why (the reason the review page shows), while a real undertaking
// phrased nearly the same way is still proposed. Sentences written for the tests.
describe("what looks like a commitment but is not one", () => {
  const extract = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" });

  it.each([
    ["The foreign ministers reaffirmed their commitment to promote peace and prosperity across the region.", "a general aim"],
    ["The two presidents are determined to foster lasting friendship between their peoples.", "a general aim"],
    ["The leaders expressed their support for multilateralism and a rules-based order.", "a general aim"],
    ["The dialogue is the main channel for cooperation, promoting sustainable growth and stability in the region.", "a general aim"],
    ["The ministers agreed to strengthen their friendship.", "a general aim"],
    // The relationship itself and values as the whole object (E/F's restated commitments).
    ["The ministers agreed to deepen their political and economic relationship.", "a general aim"],
    ["The leaders reaffirmed their commitment to democracy and the rule of law.", "a general aim"],
    ["As two old friends, we will strengthen the ties between our peoples.", "a general aim"],
    ["Both sides strongly supported a rules-based international order.", "a general aim"],
    ["The presidents reiterated their firm commitment to peace and security.", "a general aim"],
    ["The ministers reaffirmed that the partnership rests on shared values and a commitment to open markets.", "a view restated"],
    ["The ministers reiterated that the two economies are closely linked.", "a view restated"],
    ["The presidents reiterated their mutual desire to deepen the relationship between the two nations.", "a shared desire"],
    ["The accord recorded both countries' desire to build lasting ties.", "a shared desire"],
    ["The delegations agreed to pursue the following measures in 2027:", "a lead-in to a list"],
    ["This will enable both ministries to share data more quickly.", "a consequence"],
    ["A single customs window will ensure faster trade between the two countries.", "a consequence"],
    ["The Charter will guide relations between the two ministries for a decade.", "a consequence"],
    ["The ministers reiterated their support for the Arctic Council.", "restated support"],
    ["The two leaders will sign a memorandum on fisheries when they meet later today.", "the visit's programme"],
    ["Arriving in Nairobi on Monday, the minister will open a trade fair.", "the visit's programme"],
    ["The minister underlined his firm support for Chile's pension reform.", "restated support"],
    ["The new scholarship programme will complement the existing exchange fund.", "a consequence"],
    // The relationship itself as the whole object of a verb that only makes it bigger or better.
    ["The two governments are committed to working together as partners to deepen our close partnership.", "a general aim"],
    ["The ministers reiterated their commitment to expand, deepen and broaden bilateral cooperation.", "a general aim"],
    ["The minister said he intends to strengthen Peru's relationship with Chile.", "a general aim"],
    ["Both sides agreed to move together in strengthening the bilateral relationship.", "a general aim"],
    ["The two leaders are committed to a partnership that works for both peoples.", "a general aim"],
    ["They will work together to boost economic growth and development in Tonga.", "a general aim"],
    ["The ministers voiced their determination to defend and promote peace in the region.", "a general aim"],
    // Documents, bodies and programmes describing themselves or their effects.
    [
      "This Charter sets out the values under which the two ministries will cooperate and coordinate in areas of common interest.",
      "a general aim",
    ],
    ["The Joint Council serves as the main channel for dialogue between the two capitals.", "a document or body describing itself"],
    ["The Committee includes three working groups on trade, health and culture.", "a document or body describing itself"],
    ["These meetings continue to be a valuable chance to meet young leaders.", "a document or body describing itself"],
    ["The new Partnership will provide a framework for closer work on fisheries.", "a consequence"],
    ["Building on the 1998 treaty, the new accord will support regional trade and will complement the customs union.", "a consequence"],
    ["This will bring real savings to exporters in both countries.", "a consequence"],
    ["Through this fund, the coastguard's capacity will be strengthened.", "a consequence"],
  ])("sets aside %j, saying why (%s)", (sentence, reason) => {
    const { candidates, setAside } = extract(sentence);
    expect(candidates).toEqual([]);
    const why = setAside[0].cues.filter((c) => c.weight < 0).map((c) => c.label);
    expect(
      why.some((label) => label.startsWith(reason)),
      why.join(" | "),
    ).toBe(true);
  });

  it.each([
    // A named process, not a general aim; a general aim beside a real undertaking.
    "The sides reaffirmed their commitment to support the Lake Chad peace process.",
    "They reaffirmed the shared commitment to the peace and security architecture of the African Union.",
    "Both sides pledged to promote peace talks between the parties.",
    "The ministers expressed their support for multilateralism and agreed to reopen the rail link by 2028.",
    // The relationship with something to do; a value named inside a concrete undertaking; a relationship as a purpose only.
    "The ministers agreed to deepen their relationship by opening a consulate in Osh in 2027.",
    "The leaders reaffirmed their commitment to fund a democracy programme for young journalists.",
    "The presidents reiterated their firm commitment to food security through a joint grain reserve.",
    "They underlined the importance of holding an annual dialogue to deepen bilateral relations.",
    // The promise words overridden in one place still count where they occur again.
    "The leaders are committed to lasting peace, and committed to building the Northern Rail Link by 2029.",
    // "Reaffirmed that" with something to do.
    "The ministers reaffirmed that the joint commission will meet twice a year.",
    "The ministers reaffirmed that trade is vital and agreed to cut tariffs on fruit.",
    "The ministers reaffirmed that both governments remain committed to the Nile Basin Water Charter.",
    // One minister's desire is an intention; a colon inside the sentence is not a lead-in.
    "The minister expressed his desire to open a trade office in Lima next year.",
    "The delegations agreed to pursue three measures in 2027: opening a border post, easing visas and training customs officers.",
    // A party that will ensure something; "It was agreed that …" is not a consequence.
    "The two governments will ensure that the new border post opens in May 2027.",
    "It was agreed that Peru will help Ecuador map the shared aquifer.",
    // A date in the programme's future, not the visit's own day.
    "The two leaders will sign a memorandum on fisheries when they meet in Nairobi in 2027.",
    // Support for something to be done, or restated support beside an undertaking.
    "The ministers reiterated their support for the construction of the Aktau ferry terminal.",
    "The minister underlined his support for Chile's pension reform and will send two actuaries to Santiago.",
    // A named document or programme that will do something concrete, not merely have an effect.
    "The Charter will create a joint secretariat in Bishkek by 2027.",
    // The relationship with a way to do it, a field of cooperation, or a named partnership.
    "The two governments are committed to working together to deepen our partnership through an annual fisheries dialogue.",
    "The ministers reiterated their commitment to expand bilateral cooperation, including a new rail link to Osh.",
    "The ministers reiterated their commitment to expand bilateral energy cooperation.",
    "The ministers agreed to deepen cooperation on border security.",
    "The ministers agreed to deepen cooperation between their customs services.",
    "The leaders agreed to build a closer Strategic Partnership.",
    "The ministers agreed to open a consulate in Osh to strengthen bilateral ties.",
    // What the document lists as actions; a document that will give something concrete; the parties continuing.
    "This includes pledging to double the number of joint exercises in 2027.",
    "The new Compact will provide 200 scholarships a year from 2027.",
    "The coastguard will be strengthened with two patrol boats in 2027.",
    "The assistance package includes a pledge to fund ten rural clinics in 2027.",
    "The Charter sets out ten steps the two ministries will take by 2030.",
    "The two navies will work together in the Baltic Sea Council to clear old mines.",
    "The two navies will continue to hold joint exercises in the Baltic.",
  ])("proposes %j", (sentence) => {
    expect(extract(sentence).candidates).toHaveLength(1);
  });
});

// Promise words in forms the cues first missed (second development part, corpora E and F): each
// construction with a sentence it must propose and a near twin it must set aside. Sentences written
// for the tests.
describe("promise words in more of their forms", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // "affirm" and "dedication" beside "reaffirm" and "commitment"
    [
      "The ministers affirmed their dedication to opening a joint research centre in Osh.",
      "The ministers praised the dedication of the volunteers who rebuilt the school.",
    ],
    // "commit", "committing" beside "committed"
    ["The two governments commit to exchanging customs data every month.", "The two governments discussed how customs data is exchanged."],
    [
      "This includes committing to deploy a hospital ship to the region in 2027.",
      "This includes a hospital ship deployed to the region in 2025.",
    ],
    // "prepared to" beside "ready to"
    ["Norway is prepared to send two engineers to the flood zone.", "Norway was well prepared for a difficult winter."],
    // "accepted to" beside "ready to"
    ["The ministry accepted to host the next round of talks in Osh.", "The ministry accepted the invitation with thanks."],
    // "reaffirmed" alone: what is to be done, not a state of things
    [
      "The ministers reaffirmed the importance of the new ferry line.",
      "The ministers reaffirmed the depth of the friendship between the two ferry towns.",
    ],
    // "agreed on" an undertaking, not on the importance of something (a view)
    [
      "The ministers agreed on a timetable for the new rail link.",
      "The ministers agreed on the importance of clean water for rural schools.",
    ],
    // "would like to" do something, not to brief the press
    ["We would like to open a second consulate in Mombasa next year.", "We would like to brief you on the outcome of the talks."],
    // the noun "commitment" to do something, not a commitment to a thing or a state
    [
      "The memorandum records a commitment to train forty border guards in 2027.",
      "The memorandum records a commitment to the region and its people.",
    ],
    // a next event looked forward to after something else
    [
      "We look forward to closer ties in the coming year, and to the next round of talks in Bishkek.",
      "We look forward to closer ties in the coming year, and to many more fruitful exchanges.",
    ],
    // "intend X to"
    [
      "We intend our new fellowship to be open to fifty students a year.",
      "The report describes what the intended outcome of the fellowship was.",
    ],
    // a directive with a longer object
    [
      "The president asked the Ministry of Agriculture of Kyrgyzstan for its inspectors to visit the plant.",
      "The president asked about the harvest in the south of Kyrgyzstan.",
    ],
    // "continue our"
    [
      "We are glad to continue our joint patrols in the Gulf of Aden.",
      "Our joint patrols in the Gulf of Aden continued through the winter.",
    ],
    // assistance or a programme announced as under way
    ["The government is committing $20 million to rebuild the port.", "Bilateral trade is growing and investment is rising."],
    ["We are also launching a fellowship for young diplomats.", "The young diplomats are increasingly interested in the region."],
    // support pledged for something to be done
    [
      "The minister pledged his country's full support in rebuilding the bridge.",
      "The minister thanked his hosts for their full support in the negotiations.",
    ],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });
});

// Promise words that are someone else's, past, or only the occasion's (precision on the second
// development and fresh held-out parts): each construction with a sentence it must set aside and a near
// twin that is an undertaking. Sentences written for the tests.
describe("promise words that report rather than undertake", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // the visit's own itinerary
    [
      "The President will tour a textile mill in Osaka before travelling to Kyoto to meet the governor.",
      "The President will open a textile training centre in Osaka in 2027.",
    ],
    // money announced before, not now
    [
      "This grant comes on top of $12 million announced at the last summit in May.",
      "The minister announced $12 million for flood defences in the delta.",
    ],
    // a view of how something should be done
    [
      "The sides agreed that the fishing rules should be applied consistently with national law.",
      "The sides agreed that the fishing rules should be aligned by March 2027.",
    ],
    // support restated for another's plans, or a relationship supported by treaties
    [
      "Norway remains strongly supportive of Ghana's plans to reform its ports.",
      "Norway plans to send two port engineers to Tema in 2027.",
    ],
    [
      "The friendship, which is supported by a dense web of treaties, is old.",
      "Norway supported the creation of a joint port authority in 2027.",
    ],
    // a wish for an outcome
    [
      "Both sides were keen to see more tourism in the coming months.",
      "Both sides were keen to open a tourism office in Bergen in the coming months.",
    ],
    // an anniversary that falls due by itself
    ["Next year we will celebrate 50 years of diplomatic relations.", "Next year we will hold a joint concert in Oslo."],
    // a topic discussed
    ["They discussed Chile's intention to join the fisheries compact.", "They discussed fisheries and agreed to join the compact in 2027."],
    [
      "They discussed Chile's plan to join the fisheries compact.",
      "They discussed Chile's plan and agreed to join the fisheries compact in 2027.",
    ],
    // a document agreed at the meeting, and the meeting's own agenda
    ["The leaders agreed on a joint statement setting out their shared vision.", "The leaders agreed on a timetable for the rail link."],
    [
      "We agreed to focus our discussion on three themes, trade, energy and culture.",
      "We agreed to focus the new fund on energy and culture.",
    ],
    // commitments made before, not now
    [
      "The ministers welcomed progress on the commitments that the last summit laid down.",
      "The ministers made a commitment that the joint commission will meet twice a year.",
    ],
  ])("sets aside %j, proposes %j", (twin, pledge) => {
    expect(proposed(twin)).toBe(false);
    expect(proposed(pledge)).toBe(true);
  });
});

// Undertakings in constructions the cues first missed (fresh held-out part, corpora C and D): each with a
// sentence it must propose and a near twin it must set aside. Sentences written for the tests.
describe("undertakings in less usual constructions", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // a proposal in the subjunctive
    [
      "Chile proposed that the next fisheries round be held in Valparaíso in 2027.",
      "Chile proposed a toast to the fishermen of Valparaíso.",
    ],
    // an undertaking reported in the future of the past
    [
      "The minister confirmed that Peru would send two hydrologists to Bolivia in 2027.",
      "The minister said that the rains would come late in 2027.",
    ],
    // a plan with its actor named
    ["There is a plan for the ministry to open an office in Tromsø.", "There is a plan for the old harbour in the city archive."],
    // a commitment naming who is committed
    [
      "The accord records a commitment between the two governments to hold an annual fisheries forum.",
      "The accord records the long friendship between the two governments.",
    ],
    // a dated event that will take place
    ["The third summit, which will take place in Accra in 2027, opens the new cycle.", "The third summit took place in Accra in 2024."],
    // a new body set up
    ["The charter also establishes a new joint committee on water.", "The charter also mentions the old committee on water."],
    // a party taking part in a dated event, looked forward to
    [
      "We looked forward to Norway joining the Arctic ministerial meeting in March.",
      "We looked forward to Norway joining us in friendship.",
    ],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });
});

// The guide's verbless list items: after a lead-in that promises ("agreed to the following:") each
// item is a pledge of its own; after one that reports ("discussed:") none is. Texts written for the tests.
describe("list items after a lead-in", () => {
  const items = "\n- a joint customs post at Dostyk;\n- expanding the flood warning network along the Ili river.";
  const proposedQuotes = (text: string) => extractCandidates(text, { meetingDate: "2026-01-01" }).candidates.map((c) => c.quote);

  it("proposes each item after a promise lead-in, and not the lead-in itself", () => {
    expect(proposedQuotes(`The ministers agreed to the following:${items}`)).toEqual([
      "- a joint customs post at Dostyk;",
      "- expanding the flood warning network along the Ili river.",
    ]);
    expect(proposedQuotes(`Over the next four years we accept to take forward work in these areas:${items}`)).toHaveLength(2);
  });

  it("sets aside the items after a lead-in that reports, and after the list has ended", () => {
    expect(proposedQuotes(`The ministers discussed the following:${items}`)).toEqual([]);
    expect(proposedQuotes(`The partnership is guided by these principles:${items}`)).toEqual([]);
    expect(
      proposedQuotes(`The ministers agreed to the following:\n- a joint customs post at Dostyk.\nThe weather was fine.${items}`),
    ).toEqual(["- a joint customs post at Dostyk."]);
  });

  it("judges an item that is a headed paragraph by its own sentence", () => {
    expect(proposedQuotes("The assistance announced today includes:\n- Health: The United States recognizes that clinics matter.")).toEqual(
      [],
    );
    expect(proposedQuotes("The assistance announced today includes:\n- Health: The United States will fund ten clinics.")).toHaveLength(1);
  });

  it("tells a promise lead-in from a reporting one", () => {
    expect(isPromiseLeadIn("The sides agreed to:")).toBe(true);
    expect(isPromiseLeadIn("We commit to the following:")).toBe(true);
    expect(isPromiseLeadIn("The sides discussed:")).toBe(false);
    expect(isPromiseLeadIn("The sides agreed to open a consulate.")).toBe(false);
  });
});

// The checkability test and the kinds of false candidates and misses found on corpora G and H (all parts are
// development material since). Each cue with a sentence it must catch or drop and a near twin it must not.
// Sentences written for the tests.
describe("checkability: an aspiration with nothing checkable is set aside", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // a generic task
    [
      "The ministers reiterated their joint commitment to address the most pressing regional challenges at an annual meeting of their deputies.",
      "The ministers reiterated their joint commitment to address the most pressing regional challenges.",
    ],
    [
      "The leaders pledged to build on the progress achieved so far by opening a joint office.",
      "The leaders pledged to build on the progress achieved so far.",
    ],
    [
      "The two governments agreed to take a holistic approach and to hold talks on it in 2027.",
      "The two governments agreed to take a holistic approach to the threats they face.",
    ],
    // a verb of growth on an abstract object, with a field of work or without one
    [
      "The sides committed to deepen their cooperation on counter-terrorism.",
      "The sides underlined their determination to deepen mutual trust and goodwill.",
    ],
    // a number of the parties is not an amount
    ["The sides will foster trust by funding 12 exchanges a year.", "The sides are determined to foster trust between our 2 countries."],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });

  it("says why: the reason names the test", () => {
    const { setAside } = extractCandidates(
      "The ministers reiterated their joint commitment to address the most pressing regional challenges.",
      {
        meetingDate: "2026-01-01",
      },
    );
    expect(setAside[0].cues.map((c) => c.label)).toContain(
      "only an aspiration (deepen ties, address challenges): nothing an analyst could check",
    );
  });

  it("holds list items to it, but not their lead-in", () => {
    const quotes = (text: string) => extractCandidates(text, { meetingDate: "2026-01-01" }).candidates.map((c) => c.quote);
    expect(
      quotes(
        "The ministers intend to deepen their partnership in the following areas:\n- strengthening mutual trust and goodwill;\n- a joint customs post at Dostyk.",
      ),
    ).toEqual(["- a joint customs post at Dostyk."]);
  });
});

describe("views, history and courtesies that looked like undertakings (corpora G and H)", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // "agreed that" with a view
    [
      "The ministers agreed that the coastal security council will meet in Lomé in 2027.",
      "The ministers agreed that coastal security remains a shared priority.",
    ],
    [
      "Both sides shared the view that they will open a joint coast guard post in Tema.",
      "Both sides shared the view that this cooperation demonstrates their strong support for the coast guards.",
    ],
    // an earlier occasion told with its date
    [
      "At a meeting on 3 March 2024, the ministers agreed to revive the commission.",
      "At a meeting on 3 March 2024, the ministers underlined the need to revive the commission.",
    ],
    // a courtesy: grateful
    [
      "Japan is grateful for Kenya's help and will fund two clinics in Kisumu.",
      "Japan is grateful for Kenya's role in promoting regional dialogue.",
    ],
    // a document agreed at the meeting
    [
      "The leaders agreed to draft a set of principles for data sharing by 2027.",
      "The leaders agreed to a set of principles for data sharing.",
    ],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });
});

describe("undertakings the cues missed on corpora G and H", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // a directive in the subjunctive
    [
      "The council directed that a joint task force be established within three months.",
      "The council noted that a joint task force had been established.",
    ],
    // a transfer under way
    ["Norway is transferring two patrol boats to Ghana this year.", "Norway is considering two patrol boats for Ghana."],
    // an act looked forward to at a dated round of talks
    ["We look forward to agreeing the details at staff talks in 2027.", "We look forward to agreeing on many things in future."],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });

  it("a lead-in naming the undertakings it lists is a promise lead-in; one that reports them is not", () => {
    expect(isPromiseLeadIn("The ministers articulated the following new objectives:")).toBe(true);
    expect(isPromiseLeadIn("The ministers discussed the following objectives:")).toBe(false);
  });
});

// Kinds that recurred across parts (rules4): support or promotion that was only discussed, support and commitments that are only restated, and numbered items after a promise
// lead-in. Each with a sentence written for the tests and a near twin.
describe("soft cues, topics and restatements across the parts", () => {
  const proposed = (sentence: string) => extractCandidates(sentence, { meetingDate: "2026-01-01" }).candidates.length === 1;

  it.each([
    // support or promotion that was only discussed
    [
      "The ministers discussed the port project and agreed to support its financing.",
      "The ministers discussed the port project, including Japanese support for its financing.",
    ],
    [
      "The sides will promote student exchanges, which the ministers discussed at length.",
      "The ministers discussed the migration situation and the chances for partners to promote student exchanges.",
    ],
    // support restated with no possessive
    [
      "Both sides expressed strong support for the construction of a second bridge at Khorgos.",
      "Both sides expressed strong support for the expansion of relations evinced by recent visits.",
    ],
    // a commitment to a stronger alliance or sector cooperation, only restated
    [
      "The ministers agreed to strengthen security cooperation.",
      "The ministers reiterated their commitment to strengthen political, security and commercial cooperation.",
    ],
    [
      "The ministers reaffirmed their commitment to continue strengthening the Alliance, including by opening a joint training centre.",
      "The ministers reaffirmed their commitment to continue strengthening the Alliance, in terms of ensuring their common defence.",
    ],
  ])("proposes %j, sets aside %j", (pledge, twin) => {
    expect(proposed(pledge)).toBe(true);
    expect(proposed(twin)).toBe(false);
  });

  it("proposes numbered items after a promise lead-in (the number cut off), past a heading before the first", () => {
    const quotes = (text: string) => extractCandidates(text, { meetingDate: "2026-01-01" }).candidates.map((c) => c.quote);
    const items = "\n\n3. Expanding the flood warning network along the Ili river.\n\n4. Holding joint customs drills every spring.";
    expect(quotes(`The two countries are committed to working more closely in the following ways:\n\nWater and borders${items}`)).toEqual([
      "Expanding the flood warning network along the Ili river.",
      "Holding joint customs drills every spring.",
    ]);
    expect(quotes(`The two countries discussed the following matters:\n\nWater and borders${items}`)).toEqual([]);
    // a preamble's participle opens a sentence of its own, not an item
    expect(quotes("The sides agreed to the following:\n\nRecalling the treaty of 2019, the sides met in Almaty.")).toEqual([]);
  });
});

// The trained model is not shipped (scripts/extraction-train.ts: it did not beat the rules under
// leave-one-publisher-out validation); given one, extractCandidates keeps or drops the rules' candidates by
// its probability, proposes a sentence the rules missed above the rescue threshold, and says why.
describe("a model given to extractCandidates", () => {
  const text = "The sides agreed to open a consulate. Australia would provide 1.26 million doses. The sides held talks.";
  const model = {
    keepAt: 0.5,
    rescueAt: 0.8,
    bias: -2,
    weights: { "cue:agreed to": 3, "w:would provide": 4, "shape:number or amount": 1 },
  };

  it("without one, the rules alone decide and no candidate has a model's reason", () => {
    const { candidates } = extractCandidates(text, { meetingDate: "2026-01-01" });
    expect(candidates.map((c) => c.quote)).toEqual(["The sides agreed to open a consulate."]);
    expect(candidates[0].model).toBeNull();
  });

  it("with one, keeps, rescues and sets aside by its probability, naming the features that pushed it most", () => {
    const { candidates, setAside } = extractCandidates(text, { meetingDate: "2026-01-01", model });
    expect(candidates.map((c) => c.quote)).toEqual([
      "The sides agreed to open a consulate.",
      "Australia would provide 1.26 million doses.",
    ]);
    expect(candidates[1].model?.reason).toBe("model 0.95: 'would provide', number or amount");
    expect(candidates[0].model?.reason).toMatch(/^model 0\.73: 'agreed to' cue/);
    expect(setAside.map((s) => s.model?.probability.toFixed(2))).toEqual(["0.12"]);
  });
});
