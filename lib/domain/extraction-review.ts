import type { Extraction } from "./extraction";
import { pageWindow, type PageWindow } from "./paging";
import type { TargetPrecisionValue } from "./target-date";

// The extraction review page, one page at a time. A readout of 200,000 characters yields hundreds of
// candidates; sending them all (and the readout) made the page grow with the readout. A page holds a
// fixed number of candidates, a fixed number of the other sentences, and of the readout only the text
// each of them shows: so its size has a ceiling whatever the readout's length.

export const CANDIDATES_PER_PAGE = 25;
export const SET_ASIDE_PER_PAGE = 50;
/** Characters of the readout shown on either side of a sentence. */
export const CONTEXT_CHARACTERS = 160;
/** The longest quote a commitment may hold (AcceptedCandidateSchema): a longer sentence is sent cut to it. */
export const SENTENCE_LIMIT = 5_000;

export type ReviewDecision = "pending" | "accept" | "reject";

/** A sentence as the page sends it: its span (cut to SENTENCE_LIMIT) and the readout around it. */
export type ReviewSpan = {
  start: number;
  end: number;
  /** The readout's text from start to end. */
  quote: string;
  before: string;
  after: string;
  /** Whether the readout goes on beyond `before` / `after`. */
  moreBefore: boolean;
  moreAfter: boolean;
  /** The sentence's full length when it was cut to SENTENCE_LIMIT; null when it was not. */
  cutFrom: number | null;
};

export type ReviewCandidate = ReviewSpan & {
  key: string;
  /** Position among all the readout's candidates, from 1. */
  number: number;
  title: string;
  category: string;
  partyIds: string[];
  targetPrecision: TargetPrecisionValue;
  target: string;
  targetMatched: string | null;
  score: number;
  strength: "strong" | "likely" | "weak";
  cues: { label: string; kind: string; matched: string }[];
  /** Titles of the meeting's commitments whose quotes overlap this candidate. */
  alreadyLogged: string[];
  /** The next candidate on this page, and the readout between the two (null when none, or too long to merge). */
  nextKey: string | null;
  gapToNext: string | null;
};

export type ReviewSetAside = ReviewSpan & { reasons: string[] };

export type LoggedSpan = { title: string; start: number; end: number };

/** Titles of the logged commitments whose quotes overlap the span. */
export function loggedOverlapping(span: { start: number; end: number }, logged: LoggedSpan[]): string[] {
  return logged.filter((l) => l.start < span.end && span.start < l.end).map((l) => l.title);
}

/** A candidate is left to review unless a commitment has already been logged from its sentence. */
export function isLeftToReview(candidate: { alreadyLogged: string[] }): boolean {
  return candidate.alreadyLogged.length === 0;
}

/** A span of the readout as a page sends it: cut to SENTENCE_LIMIT, with CONTEXT_CHARACTERS either side. */
export function reviewSpan(text: string, start: number, end: number): ReviewSpan {
  const cutEnd = Math.min(end, start + SENTENCE_LIMIT);
  return {
    start,
    end: cutEnd,
    quote: text.slice(start, cutEnd),
    before: text.slice(Math.max(0, start - CONTEXT_CHARACTERS), start),
    after: text.slice(cutEnd, cutEnd + CONTEXT_CHARACTERS),
    moreBefore: start - CONTEXT_CHARACTERS > 0,
    moreAfter: cutEnd + CONTEXT_CHARACTERS < text.length,
    cutFrom: cutEnd < end ? end - start : null,
  };
}

export type ReviewPage = {
  /** Over the whole readout. */
  counts: { candidates: number; leftToReview: number; logged: number; setAside: number };
  candidates: PageWindow & { items: ReviewCandidate[] };
  setAside: PageWindow & { items: ReviewSetAside[] };
};

/**
 * The review page for `?page=` and `?aside=`: this page's candidates (logged ones included, for the
 * page to fold away) and this page of the other sentences, each with only the text it shows.
 */
export function buildReviewPage(
  text: string,
  extraction: Extraction,
  logged: LoggedSpan[],
  request: { page: number; aside: number },
): ReviewPage {
  const alreadyLogged = extraction.candidates.map((c) => loggedOverlapping(c, logged));
  const loggedCount = alreadyLogged.filter((titles) => titles.length > 0).length;
  const candidateWindow = pageWindow(extraction.candidates.length, CANDIDATES_PER_PAGE, request.page);
  const onPage = extraction.candidates.slice(candidateWindow.from, candidateWindow.to);
  const items = onPage.map((c, i): ReviewCandidate => {
    const next = onPage[i + 1];
    const span = reviewSpan(text, c.start, c.end);
    const mergeable = next && span.cutFrom === null && next.end - c.start <= SENTENCE_LIMIT;
    return {
      ...span,
      key: `c${c.index}`,
      number: candidateWindow.from + i + 1,
      title: c.title,
      category: c.category,
      partyIds: c.partyIds,
      targetPrecision: c.target.precision,
      target: c.target.value,
      targetMatched: c.target.matched,
      score: c.score,
      strength: c.strength,
      cues: c.cues.map((cue) => ({ label: cue.label, kind: cue.kind, matched: cue.matched })),
      alreadyLogged: alreadyLogged[candidateWindow.from + i],
      nextKey: next ? `c${next.index}` : null,
      gapToNext: mergeable ? text.slice(c.end, next.start) : null,
    };
  });
  const asideWindow = pageWindow(extraction.setAside.length, SET_ASIDE_PER_PAGE, request.aside);
  const asideItems = extraction.setAside.slice(asideWindow.from, asideWindow.to).map((s): ReviewSetAside => ({
    ...reviewSpan(text, s.start, s.end),
    reasons: s.cues.filter((c) => c.weight < 0).map((c) => c.label),
  }));
  return {
    counts: {
      candidates: extraction.candidates.length,
      leftToReview: extraction.candidates.length - loggedCount,
      logged: loggedCount,
      setAside: extraction.setAside.length,
    },
    candidates: { ...candidateWindow, items },
    setAside: { ...asideWindow, items: asideItems },
  };
}

/** "Accept all strong and likely": pending, not yet logged, strong or likely. Returns the new list and how many it accepted. */
export function acceptStrongAndLikely<T extends { decision: ReviewDecision; strength: string; alreadyLogged: string[] }>(
  items: T[],
): { items: T[]; accepted: number } {
  let accepted = 0;
  const next = items.map((i) => {
    if (i.decision !== "pending" || !isLeftToReview(i) || (i.strength !== "strong" && i.strength !== "likely")) return i;
    accepted++;
    return { ...i, decision: "accept" as const };
  });
  return { items: next, accepted };
}

/** What "Accept all strong and likely" says it did. */
export function acceptAllMessage(accepted: number): string {
  if (accepted === 0) return "Nothing to accept: no strong or likely candidate is pending on this page.";
  return `Accepted ${accepted} strong or likely ${accepted === 1 ? "candidate" : "candidates"} on this page.`;
}
