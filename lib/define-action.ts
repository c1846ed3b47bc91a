import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AuthorizationError, logRefusal, refusal, type Actor, type Permission } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { DATABASE_TROUBLE_MESSAGES, databaseTrouble } from "@/lib/db/errors";
import { INVALID_FORM_MESSAGE, fieldErrorsOf, formDataToObject, type FieldErrors } from "@/lib/validation/form-data";

// The one way to write a server action. Server actions are public POST endpoints whatever the page
// showed, so every action: reads the session, checks the permission from the one table, reads and
// parses the form with its shared zod schema, calls one data-layer function (which checks the role
// again and writes in one transaction), maps known errors to messages and logs unknown ones, then
// revalidates and answers or redirects — the redirect outside any try block.

/** What a form shows after a failed call; `values` refills it, `Extra` carries an action's own details. */
export type ActionFailure<Extra extends object = object> = {
  ok: false;
  message: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, unknown>;
} & Partial<Extra>;

/** An action's answer: its own success shape, a failure, or null before the first call. */
export type ActionResult<Success extends object = object, FailureExtra extends object = object> =
  ({ ok: true; message: string } & Success) | ActionFailure<FailureExtra> | null;

type Definition<Schema extends z.ZodType, Output, Success extends object, FailureExtra extends object> = {
  permission: Permission;
  schema: Schema;
  /** Turns the request into what the schema parses. Default: the form's fields (`arrays` keep every value). */
  read?: (formData: FormData) => unknown;
  arrays?: readonly string[];
  /** Whether what was typed goes back to the form on failure (never for passwords). Default true. */
  echoValues?: boolean;
  /** The message above the field errors when the input does not parse. */
  invalidMessage?: string;
  /** Field errors keyed by the whole path ("candidates.2.title") instead of the first segment. */
  fullPaths?: boolean;
  run: (user: Actor, input: z.output<Schema>) => Promise<Output>;
  /** Failures this action knows beyond the shared ones (checked first). */
  failure?: (error: unknown) => ActionFailure<FailureExtra> | null;
  /** Paths to revalidate after a successful call: "/path" for the page, or [path, "layout"]. */
  revalidate?: (string | [string, "layout" | "page"])[];
  /** The answer after success; may call `redirect()` (it runs outside the try block). */
  done: (output: Output, input: z.output<Schema>) => { ok: true; message: string } & Success;
};

export function defineAction<Schema extends z.ZodType, Output, Success extends object = object, FailureExtra extends object = object>(
  definition: Definition<Schema, Output, Success, FailureExtra>,
): (previous: ActionResult<Success, FailureExtra>, formData: FormData) => Promise<ActionResult<Success, FailureExtra>> {
  return async (_previous, formData) => {
    const user = await getSessionUser();
    const reason = refusal(user, definition.permission);
    if (reason) {
      logRefusal(user, definition.permission, reason);
      return { ok: false, message: new AuthorizationError(reason).message } as ActionFailure<FailureExtra>;
    }
    let values: unknown;
    try {
      values = definition.read ? definition.read(formData) : formDataToObject(formData, definition.arrays);
    } catch {
      return {
        ok: false,
        message: "The form could not be read; reload the page and try again. Nothing was saved.",
      } as ActionFailure<FailureExtra>;
    }
    const echo = definition.echoValues !== false && isRecord(values) ? values : undefined;
    const parsed = definition.schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: definition.invalidMessage ?? INVALID_FORM_MESSAGE,
        fieldErrors: fieldErrorsOf(parsed.error, definition.fullPaths ?? false),
        values: echo && withoutOversized(echo, parsed.error),
      } as ActionFailure<FailureExtra>;
    }
    let output: Output;
    try {
      // refusal() answers "signed-out" for a missing user, so there is one here.
      output = await definition.run(user!, parsed.data);
    } catch (error) {
      return definition.failure?.(error) ?? (actionFailure(error, echo) as ActionFailure<FailureExtra>);
    }
    for (const path of definition.revalidate ?? []) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path[0], path[1]);
    }
    return definition.done(output, parsed.data);
  };
}

/** What was typed, less every field refused for its size: a form is not sent megabytes back. */
function withoutOversized(values: Record<string, unknown>, error: z.ZodError): Record<string, unknown> {
  const oversized = new Set(error.issues.filter((issue) => issue.code === "too_big").map((issue) => String(issue.path[0])));
  return Object.fromEntries(Object.entries(values).filter(([key]) => !oversized.has(key)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Turns what the data layer throws into what the form shows. Expected failures keep their message;
 * anything else is logged here and reaches the browser only as a generic message. Route handlers
 * that write (lib/http/import-route.ts) answer with the same messages.
 */
export function actionFailure(error: unknown, values?: Record<string, unknown>): ActionFailure<{ conflict: unknown }> {
  if (error instanceof AuthorizationError) return { ok: false, message: error.message };
  if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof NotFoundError) return { ok: false, message: error.message };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: error.current, values };
  const trouble = databaseTrouble(error);
  if (trouble) {
    console.warn(
      JSON.stringify({ event: "database-trouble", trouble, message: error instanceof Error ? error.message.slice(0, 200) : null }),
    );
    return { ok: false, message: DATABASE_TROUBLE_MESSAGES[trouble], values };
  }
  console.error("Unexpected error in a server action", error);
  return {
    ok: false,
    message: "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell an administrator.",
    values,
  };
}
