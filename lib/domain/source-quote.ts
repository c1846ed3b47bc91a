export type QuoteSpan = { start: number; end: number };

/**
 * Where a commitment's quote sits in its meeting's readout. The one rule for every path that attaches
 * a quote (the commitment form, import, accepted candidates, a corrected readout):
 *
 * 1. When `near` is given (where the quote was, or is claimed to be) and the readout has the quote
 *    exactly there, that span.
 * 2. Otherwise the occurrence nearest to `near`, the earlier one on a tie; with no `near`, the first.
 *    A sentence that a readout repeats word for word is the same pledge wherever it is quoted from;
 *    staying near the known position keeps a quote on "its" copy when the readout is corrected.
 * 3. Null when the quote does not occur in the readout (or there is no readout, or the quote is empty).
 */
export function locateQuote(text: string | null | undefined, quote: string, near?: number | null): QuoteSpan | null {
  if (!text || !quote) return null;
  const span = (start: number) => ({ start, end: start + quote.length });
  if (near !== null && near !== undefined && text.startsWith(quote, near)) return span(near);
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (near === null || near === undefined) return span(at);
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best < 0 ? null : span(best);
}
