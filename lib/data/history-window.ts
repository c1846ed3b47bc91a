import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatHistoryCursor, type HistoryCursor } from "@/lib/validation/history-cursor";

// What the status history and the parties' assessment histories share: a page is the entries after
// a cursor in (effective_on, recorded_at, id) descending order, read by a row comparison. The
// histories' existing (…, effective_on DESC, recorded_at DESC) indexes serve it: the comparison's
// first two columns are an index condition, and the id only orders entries of the same day and
// instant (an incremental sort of a few rows), so a page costs the same however far back it is.

/** Status updates a commitment's page shows at once. */
export const STATUS_HISTORY_PAGE_SIZE = 50;
/** Assessments shown at once for each party. */
export const PARTY_HISTORY_PAGE_SIZE = 20;

/** One page of a history, newest first. */
export type HistoryPage<T> = {
  entries: T[];
  /** Every entry of the history. */
  total: number;
  /** Entries newer than this page's first (0 on the newest page). */
  before: number;
  /** The cursor of the next older page, or null when this page reaches the oldest entry. */
  older: string | null;
};

/** `AND (effective_on, recorded_at, id) < cursor` on the table aliased `alias`, or nothing for the newest page. */
export function olderThan(alias: string, cursor: HistoryCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const a = Prisma.raw(alias);
  return Prisma.sql`AND (${a}.effective_on, ${a}.recorded_at, ${a}.id) < (${cursor.effectiveOn}::date, ${cursor.recordedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}

/** `count(*) FILTER (…)` of the entries at or newer than the cursor (those on earlier pages), among those `where` also picks. */
export function countNewer(alias: string, cursor: HistoryCursor | null, where: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  if (!cursor) return Prisma.sql`0`;
  const a = Prisma.raw(alias);
  return Prisma.sql`count(*) FILTER (WHERE ${where} AND (${a}.effective_on, ${a}.recorded_at, ${a}.id) >= (${cursor.effectiveOn}::date, ${cursor.recordedAt.toISOString()}::timestamptz, ${cursor.id}::uuid))`;
}

/** The page from up to pageSize + 1 rows read after the cursor (the extra row says an older page exists). */
export function historyPage<T extends { effectiveOn: Date; recordedAt: Date; id: string }>(
  rows: T[],
  pageSize: number,
  total: number,
  before: number,
): HistoryPage<T> {
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  return { entries, total, before, older: rows.length > pageSize && last ? formatHistoryCursor(last) : null };
}
