import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LABELLED_READOUTS } from "./extraction-fixtures/labels";
import { splitSentences } from "./sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences: abbreviations", () => {
  // Intl.Segmenter alone ends a sentence after most of these when a capital follows.
  it.each([
    ["Mr.", "The talks were led by Mr. Kenji Sato in Tokyo."],
    ["Mrs.", "The delegation of Mrs. Aiko Nakamura arrived on time."],
    ["Ms.", "Ms. Retno Kusumawati hosted the working lunch."],
    ["Dr.", "The health dialogue is chaired by Dr. Budi Santoso this year."],
    ["No.", "The Council adopted Decision No. IX on the corridor."],
    ["approx. (before a number)", "The fund holds approx. 60 million US dollars for the programme."],
    ["approx. (before a currency)", "The programme is worth approx. USD 15 million over three years."],
    ["Art.", "Consultations under Art. IV of the treaty will continue."],
    ["H.E.", "The delegation was received by H.E. President Tokayev in Astana."],
    ["e.g.", "Several partners, e.g. Japan and Chile, joined the network."],
    ["i.e.", "Both capitals, i.e. Nairobi and Santiago, will host embassies."],
    ["St.", "The summit will be held in St. Petersburg in 2027."],
    ["Prof.", "The panel of Prof. Halvorsen reported to the ministers."],
    ["Gen.", "The exercise is led by Gen. Sato of the Maritime Self-Defense Force."],
    ["Nos.", "They signed Agreements Nos. IV and V on transit."],
    ["a single initial", "President John F. Kennedy visited the port."],
    ["U.S.", "The U.S. Navy observed the exercise."],
  ])("%s does not end the sentence", (_abbreviation, sentence) => {
    expect(texts(`${sentence} The sides agreed to meet again.`)).toEqual([sentence, "The sides agreed to meet again."]);
  });

  it.each([
    [
      "etc. before a lower-case word",
      "Energy, water, food, etc. are priority areas of the plan.",
      ["Energy, water, food, etc. are priority areas of the plan."],
    ],
    [
      "etc. before a number",
      "They listed oil, gas, etc. 3 of them are new areas.",
      ["They listed oil, gas, etc. 3 of them are new areas."],
    ],
    [
      "etc. before a capital",
      "The sides discussed oil, gas, etc. The ministers agreed to meet.",
      ["The sides discussed oil, gas, etc.", "The ministers agreed to meet."],
    ],
    [
      "a month before a day that ends the sentence",
      "They met on Jan. 5. The sides agreed to meet again.",
      ["They met on Jan. 5.", "The sides agreed to meet again."],
    ],
  ])("%s", (_case, text, sentences) => {
    expect(texts(text)).toEqual(sentences);
  });

  it.each(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"])(
    "%s. before a day continues the sentence, before a capital ends it",
    (month) => {
      expect(texts(`The round took place on ${month}. 14, 2025 in Oslo.`)).toEqual([`The round took place on ${month}. 14, 2025 in Oslo.`]);
      expect(texts(`The round took place in ${month}. The next one follows.`)).toEqual([
        `The round took place in ${month}.`,
        "The next one follows.",
      ]);
    },
  );
});

describe("splitSentences: structure", () => {
  it("keeps abbreviations, numbered paragraphs and closing quotes inside sentences", () => {
    const text = 'Ms. Retno met Mr. Sato.\n10. The Ministers agreed to meet. "They will." The End';
    expect(texts(text)).toEqual(["Ms. Retno met Mr. Sato.", "The Ministers agreed to meet.", '"They will."', "The End"]);
  });

  it("a paragraph break always ends a sentence, even without a full stop", () => {
    expect(texts("JOINT PRESS STATEMENT\r\nTokyo, 10 March 2026\n\n1. The Ministers met.")).toEqual([
      "JOINT PRESS STATEMENT",
      "Tokyo, 10 March 2026",
      "The Ministers met.",
    ]);
  });

  it("a lower-case word after a question mark continues the sentence", () => {
    expect(texts('"Will the corridor be ready?" asked the minister. The sides agreed.')).toEqual([
      '"Will the corridor be ready?" asked the minister.',
      "The sides agreed.",
    ]);
  });

  it("gives offsets into the original text", () => {
    const text = "  First one here.  Second one there.";
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 17, text: "First one here." },
      { start: 19, end: 36, text: "Second one there." },
    ]);
  });
});

// The invariants every caller relies on: a sentence's offsets slice out exactly its text (the quote
// highlighter and the stored evidence depend on it), sentences are trimmed, in order, do not overlap and
// never cross a paragraph break, and no words are lost between them.
function expectSentenceInvariants(text: string) {
  const sentences = splitSentences(text);
  let previousEnd = 0;
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text).toBe(s.text.trim());
    expect(s.text).not.toMatch(/[\n\r]/);
    previousEnd = s.end;
  }
  return sentences;
}

const inSomeSentence = (sentences: { start: number; end: number }[], from: number, to: number) =>
  sentences.some((s) => s.start <= from && to <= s.end);

describe("splitSentences: invariants", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const readoutDirs = ["prisma/seed/sources", "lib/domain/extraction-fixtures"];
  const readouts = readoutDirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => path.join(dir, f)),
  );

  it("covers the demo readout and every labelled readout", () => {
    expect(readouts).toEqual(expect.arrayContaining(LABELLED_READOUTS.map((labels) => labels.file)));
  });

  it.each(readouts)("%s: offsets exact, in order, no overlap, every letter inside a sentence", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const sentences = expectSentenceInvariants(text);
    for (const letter of text.matchAll(/\p{L}/gu)) {
      expect(
        inSomeSentence(sentences, letter.index, letter.index + 1),
        `${file} at ${letter.index}: ${text.slice(letter.index, letter.index + 40)}`,
      ).toBe(true);
    }
  });

  // Readout-like text from words, abbreviations, sentence ends, quotes, numbering, line breaks and
  // characters outside the Basic Multilingual Plane (two UTF-16 units each, where offsets drift first).
  const WORDS = ["Ministers", "agreed", "cooperation", "Türkiye", "Ōsaka", "Ελλάδα", "corridor", "nickel", "Summit", "2026", "60"];
  const NEVER_FINAL = ["Mr.", "Mrs.", "Ms.", "Dr.", "No.", "approx.", "Art.", "H.E.", "e.g.", "i.e.", "St."];
  const token = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...WORDS).map((word) => ({ word, text: word })) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(
          " ",
          " ",
          ". ",
          "? ",
          "! ",
          '." ',
          "” ",
          ", ",
          "; ",
          " “",
          "\n",
          "\r\n",
          "\n\n",
          "\n12. ",
          "\niv) ",
          "\na. ",
          "  ",
          "🇳🇴 ",
          "😀",
        )
        .map((text) => ({ word: null, text })),
    },
    { weight: 2, arbitrary: fc.constantFrom("etc. ", "Jan. ", ...NEVER_FINAL.map((a) => `${a} `)).map((text) => ({ word: null, text })) },
  );

  it("hold for generated readout-like text", () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 10, maxLength: 80 }), (tokens) => {
        let text = "";
        const words: [number, number][] = [];
        for (const t of tokens) {
          if (t.word && t.word.length >= 3) words.push([text.length, text.length + t.word.length]);
          text += t.text;
        }
        const sentences = expectSentenceInvariants(text);
        for (const [from, to] of words) expect(inSomeSentence(sentences, from, to), text.slice(from, to)).toBe(true);
        for (const s of sentences) {
          const restOfLine = /^[^\n]*/.exec(text.slice(s.end))![0];
          if (restOfLine.trim() === "") continue;
          for (const abbreviation of NEVER_FINAL)
            expect(
              s.text.endsWith(` ${abbreviation}`) || s.text === abbreviation,
              `${JSON.stringify(text)} → ${JSON.stringify(s.text)}`,
            ).toBe(false);
        }
      }),
    );
  });
});
