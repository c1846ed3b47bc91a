import { describe, expect, it } from "vitest";
import { locateQuote } from "./source-quote";

const quote = "The sides agreed to hold the next meeting in Astana.";
const once = `Opening remarks. ${quote} Closing remarks.`;
const twice = `${quote} Discussion of trade. ${quote} End.`;
const second = twice.indexOf(quote, 1);

describe("locateQuote: one rule for where a quote sits in a readout", () => {
  it("finds a quote that occurs once, with or without a position", () => {
    const start = once.indexOf(quote);
    expect(locateQuote(once, quote)).toEqual({ start, end: start + quote.length });
    expect(locateQuote(once, quote, 0)).toEqual({ start, end: start + quote.length });
  });

  it("takes the first of a repeated quote when no position is known", () => {
    expect(locateQuote(twice, quote)).toEqual({ start: 0, end: quote.length });
  });

  it("keeps a repeated quote at the position it is known to be at", () => {
    expect(locateQuote(twice, quote, second)).toEqual({ start: second, end: second + quote.length });
  });

  it("moves a repeated quote to the occurrence nearest its old position when the readout changed", () => {
    const corrected = `Preamble added. ${twice}`;
    const moved = corrected.indexOf(quote, corrected.indexOf(quote) + 1);
    expect(locateQuote(corrected, quote, second)).toEqual({ start: moved, end: moved + quote.length });
    expect(locateQuote(corrected, quote, 0)?.start).toBe(corrected.indexOf(quote));
  });

  it("takes the earlier occurrence when two are equally near", () => {
    const text = `${quote}xx${quote}`;
    const middle = (quote.length + 2) / 2;
    expect(locateQuote(text, quote, middle)?.start).toBe(0);
  });

  it("answers null when the quote is not in the readout, or there is no readout", () => {
    expect(locateQuote(once, "A sentence that is not there at all.")).toBeNull();
    expect(locateQuote(null, quote)).toBeNull();
    expect(locateQuote(once, "")).toBeNull();
  });
});
