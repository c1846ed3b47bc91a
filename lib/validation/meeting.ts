import { z } from "zod";
import { isHttpUrl } from "@/lib/domain/links";
import { calendarDayField } from "./fields";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => value || null);

export const MeetingFieldsSchema = z.object({
  title: z.string().trim().min(5, "The title needs at least 5 characters.").max(300, "The title is at most 300 characters."),
  kind: z
    .string()
    .trim()
    .min(2, "Say what kind of meeting it was, e.g. bilateral ministerial, summit, commission.")
    .max(120, "The kind is at most 120 characters."),
  heldOn: calendarDayField({ format: "Enter the date as YYYY-MM-DD.", invalid: "This date does not exist." }).transform(
    (value) => new Date(`${value}T00:00:00Z`),
  ),
  location: optionalText(200, "The location"),
  participants: optionalText(2_000, "The participants"),
  sourceUrl: z
    .string()
    .trim()
    .max(2_000, "The link is at most 2,000 characters.")
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || isHttpUrl(value), "The source link must be a full address starting with http:// or https://."),
  // Stored exactly as pasted (no trimming): commitments point into it by character offsets.
  sourceText: z
    .string()
    .max(200_000, "The readout is at most 200,000 characters; split a longer one into several meetings.")
    .optional()
    .transform((value) => (value && value.trim() ? value.replace(/\r\n?/g, "\n") : null)),
});

export const MeetingCreateSchema = MeetingFieldsSchema;
export type MeetingCreateInput = z.infer<typeof MeetingCreateSchema>;

export const MeetingEditSchema = MeetingFieldsSchema.extend({
  id: z.uuid("Unknown meeting."),
  // The meeting's updatedAt when the form was opened: a newer save is not overwritten.
  loadedAt: z.iso.datetime({ message: "Reload the page: the form is missing its timestamp." }),
});
export type MeetingEditInput = z.infer<typeof MeetingEditSchema>;
