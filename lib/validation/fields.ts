import { z } from "zod";
import { looksLikeCalendarDay, parseCalendarDay } from "@/lib/domain/calendar-day";
import { isHttpUrl } from "@/lib/domain/links";

/** A calendar day (YYYY-MM-DD) kept as its text; `format` when it is not written as a day, `invalid` when that day does not exist. */
export function calendarDayField(messages: { format: string; invalid: string }) {
  return z
    .string()
    .refine(looksLikeCalendarDay, messages.format)
    .refine((value) => !looksLikeCalendarDay(value) || parseCalendarDay(value) !== null, messages.invalid);
}

const UuidSchema = z.uuid();

/** Whether the text is a record id (what every id field's schema accepts). */
export function isUuid(value: string): boolean {
  return UuidSchema.safeParse(value).success;
}

/** An http(s) address with a host, trimmed. */
export function httpUrlField(message: string, max = 2_000) {
  return z
    .string()
    .trim()
    .max(max, `A link is at most ${max.toLocaleString("en")} characters.`)
    .refine(isHttpUrl, message);
}
