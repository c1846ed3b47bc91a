import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { isoDate } from "@/lib/domain/target-date";
import { isUuid } from "./fields";

// A long history is read a page at a time, newest first, in the order (effective day, recorded
// time, id) descending. A page is named by the last entry of the page before it, so reading page
// 200 costs what reading page 2 does (no offset to skip). In the URL it reads
// "2026-03-15.1773570153123.<uuid>": the day, the recorded time in milliseconds, the id.

/** The entry a page of history starts after (newest first). */
export type HistoryCursor = { effectiveOn: string; recordedAt: Date; id: string };

const CURSOR = /^(\d{4}-\d{2}-\d{2})\.(\d{1,15})\.([0-9A-Fa-f-]{36})$/;

/** The cursor of the page that starts after this entry, as the URL carries it. */
export function formatHistoryCursor(entry: { effectiveOn: Date | string; recordedAt: Date; id: string }): string {
  const day = typeof entry.effectiveOn === "string" ? entry.effectiveOn : isoDate(entry.effectiveOn);
  return `${day}.${entry.recordedAt.getTime()}.${entry.id}`;
}

/** The cursor in a URL parameter, or null (the newest page) for anything that is not one. */
export function parseHistoryCursor(raw: string | string[] | null | undefined): HistoryCursor | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string" || text.length > 80) return null;
  const m = CURSOR.exec(text.trim());
  if (!m || !parseCalendarDay(m[1]) || !isUuid(m[3])) return null;
  const recordedAt = new Date(Number(m[2]));
  if (Number.isNaN(recordedAt.getTime())) return null;
  return { effectiveOn: m[1], recordedAt, id: m[3].toLowerCase() };
}

/** Which page of each history a commitment's page shows: its status updates', and one party's assessments'. */
export type HistoryPosition = { history: HistoryCursor | null; party: string | null; assessments: HistoryCursor | null };

/** The page's history parameters (`history`, `party`, `assessments`); anything unreadable means the newest page. */
export function parseHistoryPosition(params: Record<string, string | string[] | undefined>): HistoryPosition {
  const party = Array.isArray(params.party) ? params.party[0] : params.party;
  const partyId = typeof party === "string" && isUuid(party) ? party.toLowerCase() : null;
  return {
    history: parseHistoryCursor(params.history),
    party: partyId,
    assessments: partyId ? parseHistoryCursor(params.assessments) : null,
  };
}

/**
 * The address of a commitment's page at another position in its histories, jumping to `anchor`.
 * Raw cursors are kept as they are; a null one is left out (the newest page).
 */
export function commitmentHistoryHref(
  commitmentId: string,
  position: { history: string | null; party: string | null; assessments: string | null },
  anchor: string,
): string {
  const query = new URLSearchParams();
  if (position.history) query.set("history", position.history);
  if (position.party && position.assessments) {
    query.set("party", position.party);
    query.set("assessments", position.assessments);
  }
  const search = query.toString();
  return `/commitments/${commitmentId}${search ? `?${search}` : ""}#${anchor}`;
}
