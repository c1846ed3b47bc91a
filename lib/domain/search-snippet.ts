import { foldText, foldWithOffsets } from "./fold";

// Why a commitment matched a search: the words found, highlighted, in a short passage of the text
// that contains them. Matching is the search's own (every term anywhere, accents and case ignored),
// so 'Turkiye' highlights 'Türkiye'.

export type SearchSegment = { text: string; match: boolean };

/** Where the terms occur in the text, as merged [start, end) ranges of the original text. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const { folded, starts, ends } = foldWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const term of new Set(terms.map(foldText).filter(Boolean))) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      ranges.push([starts[at], ends[at + term.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Whether every term occurs in the text (the search's rule for one field). */
export function containsAllTerms(text: string, terms: readonly string[]): boolean {
  const folded = foldText(text);
  return terms.map(foldText).every((term) => folded.includes(term));
}

function segmentsOf(text: string, ranges: [number, number][], from: number, to: number): SearchSegment[] {
  const segments: SearchSegment[] = [];
  let cursor = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > cursor) segments.push({ text: text.slice(cursor, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    cursor = e;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), match: false });
  return segments;
}

/** The whole text, with every occurrence of the terms marked. */
export function highlightTerms(text: string, terms: readonly string[]): SearchSegment[] {
  return segmentsOf(text, matchRanges(text, terms), 0, text.length);
}

/**
 * A passage of about `length` characters from the text that contains the most distinct terms
 * (the first such text), starting a little before the first match and cut at word boundaries, with
 * "…" where it was cut and every occurrence of the terms marked. Null when no text contains any.
 */
export function searchSnippet(
  texts: readonly (string | null | undefined)[],
  terms: readonly string[],
  length = 160,
): SearchSegment[] | null {
  const folded = [...new Set(terms.map(foldText).filter(Boolean))];
  let best: { text: string; ranges: [number, number][]; found: number } | null = null;
  for (const text of texts) {
    if (!text) continue;
    const lower = foldText(text);
    const found = folded.filter((term) => lower.includes(term)).length;
    if (found > (best?.found ?? 0)) best = { text, ranges: matchRanges(text, folded), found };
  }
  if (!best) return null;
  const { text, ranges } = best;
  const [firstStart, firstEnd] = ranges[0];
  const lead = Math.min(40, Math.floor(length / 4));
  let start = Math.max(0, Math.min(firstStart - lead, text.length - length));
  if (start > 0) {
    // Begin at a word: after the next space, unless that would pass the match.
    const space = text.indexOf(" ", start - 1);
    if (space >= 0 && space < firstStart) start = space + 1;
  }
  let end = Math.max(firstEnd, Math.min(text.length, start + length));
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space >= firstEnd) end = space;
  }
  const segments = segmentsOf(text, ranges, start, end);
  if (start > 0) segments.unshift({ text: "…", match: false });
  if (end < text.length) segments.push({ text: "…", match: false });
  return segments;
}

/**
 * A folded word ("turkiye") as the text writes it ("Türkiye"): its first occurrence as a whole word,
 * or the folded word itself when the text has none.
 */
export function wordAsWritten(text: string, foldedWord: string): string {
  const { folded, starts, ends } = foldWithOffsets(text);
  const word = foldText(foldedWord);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  for (let at = word ? folded.indexOf(word) : -1; at >= 0; at = folded.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (!letterOrDigit.test(folded[at - 1] ?? "") && !letterOrDigit.test(folded[after] ?? "")) {
      return text.slice(starts[at], ends[after - 1]);
    }
  }
  return foldedWord;
}
