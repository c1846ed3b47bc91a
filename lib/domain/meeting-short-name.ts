import { formatMonth } from "./target-date";

// A meeting as a list shows it in one short line ("JSPG 8 · Feb 2026"), its full title a hover or
// focus away. Meetings have no short name of their own; it is derived from the title:
//  1. the body's acronym: one written in the title in capitals ("JSPG", "OTS", "G20"; the longest if
//     several), else the initials of the longest run of at least three capitalised words ("Joint
//     Strategic Planning Group" → "JSPG"; "of", "and", "for", "on", "in" may sit inside a run, while
//     "the", an ordinal or a pair of parties joined by a dash, "Türkiye–Kazakhstan", end it);
//  2. the meeting's number, from an ordinal in the title ("8th", "Eleventh");
//  3. the month and year it was held.
// Without an acronym, the title's beginning stands in, cut at a word.

const CONNECTORS = new Set(["of", "and", "for", "on", "in", "&"]);
const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const NUMERIC_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/i;
const WRITTEN_ACRONYM = /^[A-Z][A-Z0-9]*[A-Z0-9]$/;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
const MAX_ACRONYM = 6;
const MAX_FALLBACK = 24;

function ordinalOf(word: string): number | null {
  const numeric = NUMERIC_ORDINAL.exec(word);
  if (numeric) return Number(numeric[1]);
  const written = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return written >= 0 ? written + 1 : null;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function writtenAcronym(words: string[]): string | null {
  const acronyms = words
    .flatMap((w) => w.split(/[-–—/]/))
    .filter((w) => WRITTEN_ACRONYM.test(w) && w.length <= MAX_ACRONYM && !ROMAN_NUMERAL.test(w));
  if (!acronyms.length) return null;
  return acronyms.reduce((longest, a) => (a.length > longest.length ? a : longest));
}

function derivedAcronym(words: string[]): string | null {
  let best: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > best.length) best = run;
    run = [];
  };
  words.forEach((word, i) => {
    if (run.length && CONNECTORS.has(word.toLowerCase())) return;
    // A sentence-case title capitalises its first word whatever it is: it counts only when the next word is capitalised too.
    const capitalised = isCapitalised(word) && (i > 0 || isCapitalised(words[1] ?? ""));
    if (!capitalised || /[–—]/.test(word) || ordinalOf(word) !== null || !/\p{L}/u.test(word)) {
      close();
      return;
    }
    run.push(word);
  });
  close();
  if (best.length < 3) return null;
  const initials = best
    .flatMap((w) =>
      w
        .split("-")
        .filter(Boolean)
        .map((part) => part[0].toUpperCase()),
    )
    .join("");
  return initials.length <= MAX_ACRONYM ? initials : null;
}

function beginning(title: string): string {
  if (title.length <= MAX_FALLBACK) return title;
  const cut = title.slice(0, MAX_FALLBACK);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_FALLBACK / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group", 2 Feb 2026 → "JSPG 8 · Feb 2026". */
export function meetingShortName(title: string, heldOn: Date): string {
  const words = title
    .replace(/[(),;:"“”]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const when = formatMonth(heldOn);
  const acronym = writtenAcronym(words) ?? derivedAcronym(words);
  if (!acronym) return `${beginning(title.trim())} · ${when}`;
  const number = words.map(ordinalOf).find((n) => n !== null);
  return `${acronym}${number ? ` ${number}` : ""} · ${when}`;
}
