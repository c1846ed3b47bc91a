import type { FieldErrors } from "@/lib/validation/form-data";

export { AuthorizationError } from "@/lib/auth/permissions";

/** Input that passed the schema but breaks a rule that needs the database to check. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found. It may have been removed, or the link is wrong.`);
  }
}

/** Someone else saved the record after this form was loaded. */
export class ConflictError<T> extends Error {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super(message);
  }
}
