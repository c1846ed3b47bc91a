// What went wrong with the database, in the words a person needs: every connection is in use (wait
// and retry), or the server cannot be reached (it is down or restarting). Anything else is not a
// database availability problem.
export type DatabaseTrouble = "busy" | "unavailable";

const BUSY =
  /timeout exceeded when trying to connect|Timed out fetching a new connection|Unable to start a transaction in the given time|too many clients already/i;
const UNAVAILABLE =
  /DatabaseNotReachable|ConnectionClosed|Connection terminated|Can't reach database server|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|server closed the connection/i;
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "P1001", "P1017", "ECONNREFUSED", "ECONNRESET"]);

export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  const e = error as {
    message?: unknown;
    code?: unknown;
    kind?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown; cause?: unknown };
  };
  const text = `${typeof e.message === "string" ? e.message : ""} ${typeof e.kind === "string" ? e.kind : ""}`;
  if (BUSY.test(text) || e.code === "53300" || e.code === "P2024") return "busy";
  if (UNAVAILABLE.test(text) || (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code))) return "unavailable";
  for (const inner of [e.cause, e.meta?.driverAdapterError, e.meta?.cause]) {
    const found = databaseTrouble(inner, depth + 1);
    if (found) return found;
  }
  return null;
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
export function isUniqueViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    cause?: unknown;
    originalCode?: unknown;
    meta?: { code?: unknown; driverAdapterError?: unknown; cause?: unknown };
  };
  if (
    e.code === "P2002" ||
    e.code === "23505" ||
    e.originalCode === "23505" ||
    e.kind === "UniqueConstraintViolation" ||
    e.meta?.code === "23505"
  )
    return true;
  return [e.cause, e.meta?.driverAdapterError, e.meta?.cause].some((inner) => isUniqueViolation(inner, depth + 1));
}
