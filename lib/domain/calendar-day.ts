// What a calendar day is, for every form, filter, import and URL that takes one: "YYYY-MM-DD", a day
// that exists (no 31 April, 29 February only in leap years), in the years the app deals with.
const DAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** The day as a UTC midnight, or null when the text is not a real calendar day in 1900–2200. */
export function parseCalendarDay(text: string): Date | null {
  const m = DAY_FORMAT.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Whether the text is written as a day (YYYY-MM-DD), whether or not that day exists. */
export function looksLikeCalendarDay(text: string): boolean {
  return DAY_FORMAT.test(text);
}
