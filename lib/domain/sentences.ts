// Cutting a readout into sentences. Intl.Segmenter (Unicode sentence boundaries) finds the ends; a few
// rules correct it where readouts trip it up: it ends a sentence after "Mr." or "e.g." before a capital,
// and after "?" before a lower-case word. Offsets are UTF-16 indexes into the original text, so
// text.slice(start, end) is always the sentence: the candidate quotes and the source highlighter rely on it.

export type Sentence = { start: number; end: number; text: string };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Titles and references come before a name or a number, "approx." before a quantity, "e.g." and "i.e."
// before the example: none of them ends a sentence, whatever follows.
const NEVER_FINAL = [
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "St",
  "No",
  "Nos",
  "Art",
  "Arts",
  "Gen",
  "Lt",
  "Col",
  "Sen",
  "Rep",
  "Gov",
  "Amb",
  "H.E",
  "e.g",
  "i.e",
  "vs",
  "approx",
];
// These end a sentence as often as not ("... water, food, etc. The sides ..."): only a lower-case word or
// a number after them ("etc. are", "Jan. 5") says the sentence goes on.
const FINAL_BEFORE_CAPITAL = ["etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

const abbreviationAtEnd = (abbreviations: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}.])(?:${abbreviations.map((a) => a.replaceAll(".", "\\.")).join("|")})\\.$`, "u");
const ENDS_NEVER_FINAL = abbreviationAtEnd(NEVER_FINAL);
const ENDS_FINAL_BEFORE_CAPITAL = abbreviationAtEnd(FINAL_BEFORE_CAPITAL);
// An initial ("John F. Kennedy", "U.S.") is not a sentence end either.
const ENDS_INITIAL = /(?<![\p{L}\p{N}])\p{Lu}\.$/u;
const STARTS_LOWER_CASE = /^[\s"“‘'«(\[]*\p{Ll}/u;
const STARTS_NUMBER = /^[\s"“‘'«(\[]*\p{N}/u;

// "10. ", "iv) ", "a. " at the start of a paragraph number it; they are not a sentence of their own.
const NUMBERING = /^\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]\s+/i;

function continuesSentence(before: string, after: string): boolean {
  const sentence = before.trimEnd();
  if (ENDS_NEVER_FINAL.test(sentence) || ENDS_INITIAL.test(sentence)) return true;
  if (ENDS_FINAL_BEFORE_CAPITAL.test(sentence) && STARTS_NUMBER.test(after)) return true;
  return STARTS_LOWER_CASE.test(after);
}

/** Cuts a text into sentences with their character offsets; a paragraph break always ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const lineEnd = paragraph.index + paragraph[0].length;
    const bodyStart = paragraph.index + (NUMBERING.exec(paragraph[0])?.[0].length ?? 0);
    let from = bodyStart;
    for (const { index, segment } of segmenter.segment(text.slice(bodyStart, lineEnd))) {
      const end = bodyStart + index + segment.length;
      if (end < lineEnd && continuesSentence(text.slice(from, end), text.slice(end, lineEnd))) continue;
      pushTrimmed(sentences, text, from, end);
      from = end;
    }
  }
  return sentences;
}

function pushTrimmed(into: Sentence[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // Fragments of one or two characters ("-", "1.") are debris, not sentences.
  if (end - start >= 3) into.push({ start, end, text: text.slice(start, end) });
}
