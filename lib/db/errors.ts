// What went wrong with the database, in the words a person needs: every connection is in use (wait
// and retry), or the server cannot be reached (it is down or restarting). Anything else is not a
// database availability problem.
export type DatabaseTrouble = "busy" | "unavailable";

const BUSY =
  /timeout exceeded when trying to connect|Timed out fetching a new connection|Unable to start a transaction in the given time|too many clients already/i;
const UNAVAILABLE =
  /DatabaseNotReachable|ConnectionClosed|Connection terminated|Can't reach database server|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|server closed the connection/i;
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "P1001", "P1017", "ECONNREFUSED", "ECONNRESET"]);

/** The fields of an error, or of the errors Prisma and the driver adapter wrap inside it, that tell what went wrong. */
type ErrorFields = {
  message?: unknown;
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: { code?: unknown; driverAdapterError?: unknown; cause?: unknown };
};

/** The first answer `read` gives for the error or one it wraps (its cause, the driver adapter's error), at most five deep. */
function findInError<T>(error: unknown, read: (e: ErrorFields) => T | null, depth = 0): T | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  const e = error as ErrorFields;
  const found = read(e);
  if (found !== null) return found;
  for (const inner of [e.cause, e.meta?.driverAdapterError, e.meta?.cause]) {
    const innerFound = findInError(inner, read, depth + 1);
    if (innerFound !== null) return innerFound;
  }
  return null;
}

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  return findInError<DatabaseTrouble>(error, (e) => {
    const text = `${typeof e.message === "string" ? e.message : ""} ${typeof e.kind === "string" ? e.kind : ""}`;
    if (BUSY.test(text) || e.code === "53300" || e.code === "P2024") return "busy";
    if (UNAVAILABLE.test(text) || (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code))) return "unavailable";
    return null;
  });
}

export const DATABASE_TROUBLE_MESSAGES: Record<DatabaseTrouble, string> = {
  busy: "The server is busy right now: every database connection is in use. Nothing was saved; try again in a few seconds.",
  unavailable:
    "The database cannot be reached right now (it may be restarting). Nothing was saved; try again in a minute, and tell an administrator if it lasts.",
};

/**
 * A unique constraint refused a row: Prisma's P2002 from a model query, or PostgreSQL's 23505 as the
 * driver adapter reports it from a raw query (`UniqueConstraintViolation`, possibly wrapped).
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    findInError(error, (e) =>
      e.code === "P2002" ||
      e.code === "23505" ||
      e.originalCode === "23505" ||
      e.kind === "UniqueConstraintViolation" ||
      e.meta?.code === "23505"
        ? true
        : null,
    ) === true
  );
}
