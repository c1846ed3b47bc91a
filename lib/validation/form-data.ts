import type { z } from "zod";

/** Reads a form into a plain object; keys listed in `arrays` keep every value, others keep the first. */
export function formDataToObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    result[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) result[key] ??= [];
  return result;
}

export type FieldErrors = Record<string, string[] | undefined>;

/** The message above the field errors when a form does not parse (the server's and the form's own check). */
export const INVALID_FORM_MESSAGE = "Some fields need attention; nothing was saved.";

/** A parse's issues by field: keyed by the first path segment, or the whole path ("candidates.2.title"). */
export function fieldErrorsOf(error: z.ZodError, fullPaths = false): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = (fullPaths ? issue.path.join(".") : String(issue.path[0] ?? "")) || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
