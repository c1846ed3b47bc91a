import { z } from "zod";
import { compareDecimals, INDICATOR_DIRECTIONS, isDecimalText } from "@/lib/domain/indicators";
import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { latestTodayOnEarth } from "@/lib/domain/target-date";
import { calendarDayField } from "./fields";
import { EvidenceUrlSchema } from "./status-update";

/** A decimal the database keeps exactly (NUMERIC(20,6)), kept as its text. */
function decimalField(what: string) {
  return z
    .string(`Enter the ${what}.`)
    .trim()
    .min(1, `Enter the ${what}.`)
    .refine(
      isDecimalText,
      `Enter the ${what} as a number such as 10 or 5.25: a point for decimals (at most 6), no thousands separators, at most 14 digits before the point.`,
    );
}

function dayField(what: string) {
  return calendarDayField({ format: `Enter the ${what} as YYYY-MM-DD.`, invalid: "That date does not exist." });
}

function optionalText(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);
}

/**
 * A commitment's one measurable target. Refused: a target equal to the baseline, a target on the wrong
 * side of the baseline for the direction, and a target date not after the baseline date. `version` is
 * empty when the commitment has no indicator yet.
 */
export const IndicatorSchema = z
  .object({
    commitmentId: z.uuid("Unknown commitment."),
    version: z
      .union([z.literal(""), z.coerce.number<string>().int().min(1, "Reload the page: the form's version is damaged.")])
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
    name: z
      .string("Name the indicator.")
      .trim()
      .min(3, "Name the indicator in at least 3 characters.")
      .max(200, "The name is at most 200 characters."),
    unit: z.string("Enter the unit.").trim().min(1, "Enter the unit, e.g. US$ billion.").max(50, "The unit is at most 50 characters."),
    direction: z.enum(INDICATOR_DIRECTIONS, "Choose whether the value should go up or down."),
    baselineValue: decimalField("baseline value"),
    baselineOn: dayField("baseline date"),
    targetValue: decimalField("target value"),
    targetOn: dayField("target date"),
  })
  .superRefine((input, ctx) => {
    // Zod runs this even when a field's own check failed (its issue is continuable): compare only what parsed.
    const order =
      isDecimalText(input.targetValue) && isDecimalText(input.baselineValue)
        ? compareDecimals(input.targetValue, input.baselineValue)
        : null;
    if (order === null) {
      // The field's own message says what to fix.
    } else if (order === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["targetValue"],
        message: "The target must differ from the baseline: there would be no path to follow.",
      });
    } else if (input.direction === "INCREASE" && order < 0) {
      ctx.addIssue({
        code: "custom",
        path: ["targetValue"],
        message: "For an increase, the target must be above the baseline (or choose Decrease).",
      });
    } else if (input.direction === "DECREASE" && order > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["targetValue"],
        message: "For a decrease, the target must be below the baseline (or choose Increase).",
      });
    }
    if (parseCalendarDay(input.targetOn) && parseCalendarDay(input.baselineOn) && input.targetOn <= input.baselineOn) {
      ctx.addIssue({ code: "custom", path: ["targetOn"], message: "The target date must come after the baseline date." });
    }
  });
export type IndicatorInput = z.infer<typeof IndicatorSchema>;

/** One measured value of a commitment's indicator. */
export const MeasurementSchema = z.object({
  indicatorId: z.uuid("Unknown indicator: reload the page."),
  value: decimalField("measured value"),
  measuredOn: dayField("date of the measurement").refine(
    (value) => value <= latestTodayOnEarth(),
    "A measurement cannot be dated in the future.",
  ),
  sourceUrl: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(EvidenceUrlSchema.nullable()),
  note: optionalText(1_000, "The note is at most 1,000 characters."),
});
export type MeasurementInput = z.infer<typeof MeasurementSchema>;
