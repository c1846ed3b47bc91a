// Folding as the database's search does it (ct_fold: PostgreSQL's unaccent, then lower-case), so that
// what the browser highlights or a slug contains agrees with what the search matched. Unicode
// decomposition covers accents; the table covers the letters and marks unaccent maps that do not
// decompose (its rules file lists them).
const UNDECOMPOSED: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ł: "l",
  Ł: "l",
  ı: "i",
  þ: "th",
  Þ: "th",
  "–": "-",
  "—": "-",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
};

function foldCharacter(character: string): string {
  return UNDECOMPOSED[character] ?? character.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** "Nurdağı, TÜRKİYE" → "nurdagi, turkiye": accents and case removed, as the search compares text. */
export function foldText(value: string): string {
  let folded = "";
  for (const character of value) folded += foldCharacter(character);
  return folded;
}

/**
 * The folded text with, for each of its characters, the part of the original it came from: folded
 * character i comes from `value.slice(starts[i], ends[i])`. A match at folded [from, to) is the
 * original's [starts[from], ends[to - 1]).
 */
export function foldWithOffsets(value: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of value) {
    const part = foldCharacter(character);
    for (let i = 0; i < part.length; i++) {
      starts.push(index);
      ends.push(index + character.length);
    }
    folded += part;
    index += character.length;
  }
  return { folded, starts, ends };
}
