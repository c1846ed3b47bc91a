import "server-only";
import { z } from "zod";
import { AuthorizationError, logRefusal, refusal, type Actor, type Permission } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { DATABASE_TROUBLE_MESSAGES, databaseTrouble } from "@/lib/db/errors";
import type { FieldErrors } from "@/lib/validation/form-data";

export type ActionState<TConflict = unknown> =
  // oneTimePassword: shown once to the admin who created an account, never stored in clear.
  | { ok: true; message: string; oneTimePassword?: string; saved?: { version: number; statusUpdateId: string } }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: TConflict; values?: Record<string, unknown> }
  | null;

export function invalidInput(error: z.ZodError, values?: Record<string, unknown>): ActionState<never> {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message: "Some fields need attention; nothing was saved.", fieldErrors, values };
}

/**
 * Turns what the data layer throws into what the form shows. Expected failures keep their message;
 * anything else is logged here and reaches the browser only as a generic message.
 */
export function actionFailure<T>(error: unknown, values?: Record<string, unknown>): ActionState<T> {
  if (error instanceof AuthorizationError) return { ok: false, message: error.message };
  if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof NotFoundError) return { ok: false, message: error.message };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: error.current as T, values };
  const trouble = databaseTrouble(error);
  if (trouble) {
    console.warn(JSON.stringify({ event: "database-trouble", trouble, message: error instanceof Error ? error.message.slice(0, 200) : null }));
    return { ok: false, message: DATABASE_TROUBLE_MESSAGES[trouble], values };
  }
  console.error("Unexpected error in a server action", error);
  return { ok: false, message: "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell an administrator.", values };
}

/**
 * Checks the caller's permission inside an action. Returns the refusal to send back (nothing is parsed
 * or written), or null to go on. Refusals are logged: a refused call to a public endpoint is worth seeing.
 */
export function refuseUnless(user: Actor | null, permission: Permission): ActionState<never> | null {
  const reason = refusal(user, permission);
  if (!reason) return null;
  logRefusal(user, permission, reason);
  return { ok: false, message: new AuthorizationError(reason).message };
}
