import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extraction";
import {
  acceptAllMessage,
  acceptStrongAndLikely,
  buildReviewPage,
  CANDIDATES_PER_PAGE,
  CONTEXT_CHARACTERS,
  isLeftToReview,
  loggedOverlapping,
  reviewSpan,
  SENTENCE_LIMIT,
  SET_ASIDE_PER_PAGE,
} from "./extraction-review";

const JSPG = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/sources/jspg-8th-meeting-2026-02-02.txt"), "utf8");

/** The JSPG readout again and again, each copy's numbers moved on so that no two copies are alike, up to `length` characters. */
function longReadout(length: number): string {
  const copies: string[] = [];
  for (let i = 0; copies.join("\n").length < length; i++) copies.push(JSPG.replace(/\d+/g, (n) => String(Number(n) + i)));
  return copies.join("\n").slice(0, length);
}

describe("which candidates are left to review", () => {
  const logged = [
    { title: "Open Maarif Schools", start: 100, end: 150 },
    { title: "Hold the summit", start: 300, end: 320 },
  ];

  it("names the logged commitments whose quotes overlap the candidate", () => {
    expect(loggedOverlapping({ start: 90, end: 200 }, logged)).toEqual(["Open Maarif Schools"]);
    expect(loggedOverlapping({ start: 140, end: 310 }, logged)).toEqual(["Open Maarif Schools", "Hold the summit"]);
  });

  it("does not count a commitment that only touches the candidate's edge", () => {
    expect(loggedOverlapping({ start: 150, end: 300 }, logged)).toEqual([]);
  });

  it("leaves to review only candidates with no logged commitment", () => {
    expect(isLeftToReview({ alreadyLogged: [] })).toBe(true);
    expect(isLeftToReview({ alreadyLogged: ["Open Maarif Schools"] })).toBe(false);
  });
});

describe("reviewSpan", () => {
  const text = `${"a".repeat(300)}The sides agreed to meet again.${"b".repeat(300)}`;
  const start = 300;
  const end = start + "The sides agreed to meet again.".length;

  it("sends the sentence and CONTEXT_CHARACTERS of the readout either side", () => {
    const span = reviewSpan(text, start, end);
    expect(span).toMatchObject({ start, end, quote: "The sides agreed to meet again.", moreBefore: true, moreAfter: true, cutFrom: null });
    expect(span.before).toBe("a".repeat(CONTEXT_CHARACTERS));
    expect(span.after).toBe("b".repeat(CONTEXT_CHARACTERS));
  });

  it("says when the context reaches the readout's start or end", () => {
    const span = reviewSpan("The sides agreed.", 0, 17);
    expect(span).toMatchObject({ before: "", after: "", moreBefore: false, moreAfter: false });
  });

  it("cuts a sentence longer than a quote may be to its first SENTENCE_LIMIT characters", () => {
    const long = "x".repeat(SENTENCE_LIMIT * 3);
    const span = reviewSpan(long, 0, long.length);
    expect(span.quote).toHaveLength(SENTENCE_LIMIT);
    expect(span).toMatchObject({ end: SENTENCE_LIMIT, cutFrom: SENTENCE_LIMIT * 3, moreAfter: true });
    expect(span.after).toHaveLength(CONTEXT_CHARACTERS);
  });
});

describe("buildReviewPage", () => {
  const readout = longReadout(199_000);
  const extraction = extractCandidates(readout, { meetingDate: "2026-02-02" });
  const first = extraction.candidates[0];
  const logged = [{ title: "Deepen cooperation on the Middle Corridor", start: first.start, end: first.end }];

  it("sends one page of candidates and one of other sentences, numbered among all of them", () => {
    const review = buildReviewPage(readout, extraction, logged, { page: 2, aside: 3 });
    expect(extraction.candidates.length).toBeGreaterThan(CANDIDATES_PER_PAGE * 10);
    expect(review.candidates.items).toHaveLength(CANDIDATES_PER_PAGE);
    expect(review.candidates.items.map((c) => c.number)).toEqual(Array.from({ length: CANDIDATES_PER_PAGE }, (_, i) => 26 + i));
    expect(review.candidates.items[0].quote).toBe(extraction.candidates[25].quote);
    expect(review.setAside.items).toHaveLength(SET_ASIDE_PER_PAGE);
    expect(review.setAside.items[0].start).toBe(extraction.setAside[100].start);
  });

  it("counts what is left to review over the whole readout, and marks the logged candidate", () => {
    const review = buildReviewPage(readout, extraction, logged, { page: 1, aside: 1 });
    expect(review.counts).toEqual({
      candidates: extraction.candidates.length,
      leftToReview: extraction.candidates.length - 1,
      logged: 1,
      setAside: extraction.setAside.length,
    });
    expect(review.candidates.items[0].alreadyLogged).toEqual(["Deepen cooperation on the Middle Corridor"]);
    expect(review.candidates.items.slice(1).every(isLeftToReview)).toBe(true);
  });

  it("sends a few hundred kilobytes at most, not the readout: its size does not grow with the readout", () => {
    const small = buildReviewPage(longReadout(60_000), extractCandidates(longReadout(60_000), { meetingDate: "2026-02-02" }), [], {
      page: 2,
      aside: 2,
    });
    const large = buildReviewPage(readout, extraction, logged, { page: 2, aside: 2 });
    const size = (review: unknown) => JSON.stringify(review).length;
    expect(size(large)).toBeLessThan(100_000);
    expect(Math.abs(size(large) - size(small))).toBeLessThan(size(small) / 5);
  });

  it("clamps a page past the end to the last one", () => {
    const review = buildReviewPage(readout, extraction, logged, { page: 10_000, aside: 10_000 });
    expect(review.candidates.page).toBe(review.candidates.pageCount);
    expect(review.candidates.items.at(-1)?.quote).toBe(extraction.candidates.at(-1)?.quote);
    expect(review.setAside.page).toBe(review.setAside.pageCount);
  });

  it("gives each candidate the readout up to the next one on the page, so that merging the two rebuilds the readout", () => {
    const { items } = buildReviewPage(readout, extraction, [], { page: 1, aside: 1 }).candidates;
    const [a, b] = items;
    expect(a.nextKey).toBe(b.key);
    expect(`${a.quote}${a.gapToNext}${b.quote}`).toBe(readout.slice(a.start, b.end));
    expect(items.at(-1)).toMatchObject({ nextKey: null, gapToNext: null });
  });

  it("offers no merge that would make a quote longer than a quote may be", () => {
    // Neither sentence is cut to SENTENCE_LIMIT; the two together are longer than it.
    const long = `The sides agreed to ${"build ".repeat(500)}roads. The sides agreed to ${"open schools and ".repeat(150)}libraries.`;
    const { items } = buildReviewPage(long, extractCandidates(long, { meetingDate: "2026-02-02" }), [], { page: 1, aside: 1 }).candidates;
    expect(items).toHaveLength(2);
    expect(items.map((c) => c.cutFrom)).toEqual([null, null]);
    expect(items[0].nextKey).toBe(items[1].key);
    expect(items[0].gapToNext).toBeNull();
  });
});

describe("accept all strong and likely", () => {
  const item = (strength: string, decision: "pending" | "accept" | "reject" = "pending", alreadyLogged: string[] = []) => ({
    strength,
    decision,
    alreadyLogged,
  });

  it("accepts the pending strong and likely candidates that are not logged yet, and says how many", () => {
    const items = [
      item("strong"),
      item("likely"),
      item("weak"),
      item("strong", "reject"),
      item("likely", "accept"),
      item("strong", "pending", ["Open Maarif Schools"]),
      item("added"),
    ];
    const result = acceptStrongAndLikely(items);
    expect(result.accepted).toBe(2);
    expect(result.items.map((i) => i.decision)).toEqual(["accept", "accept", "pending", "reject", "accept", "pending", "pending"]);
    expect(acceptAllMessage(result.accepted)).toBe("Accepted 2 strong or likely candidates on this page.");
  });

  it("says why nothing was accepted", () => {
    const result = acceptStrongAndLikely([item("weak"), item("strong", "accept")]);
    expect(result.accepted).toBe(0);
    expect(acceptAllMessage(result.accepted)).toBe("Nothing to accept: no strong or likely candidate is pending on this page.");
  });

  it("speaks of one candidate in the singular", () => {
    expect(acceptAllMessage(1)).toBe("Accepted 1 strong or likely candidate on this page.");
  });
});
