import { parsePageParam, queryWithPage } from "@/lib/domain/paging";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

/** Meetings the filter's search answers with at most (and by default). */
export const MEETING_SEARCH_MAX = 20;

/**
 * The meeting search's query string: `q` (trimmed, at most 200 characters; empty for the newest
 * meetings) and `limit` (1–20; anything else, or nothing, means 20). Never refuses: a filter's
 * search answers what it can.
 */
export function parseMeetingSearch(params: URLSearchParams): { q: string; limit: number } {
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const asked = Number(params.get("limit") ?? "");
  const limit = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, MEETING_SEARCH_MAX) : MEETING_SEARCH_MAX;
  return { q, limit };
}

/** The meetings index's address: `q` (trimmed, at most 200 characters; empty for every meeting) and `page`. */
export function parseMeetingIndexParams(params: SearchParams): { q: string; page: number } {
  return { q: firstParam(params, "q") ?? "", page: parsePageParam(params.page) };
}

/** The meetings index at `page` of the search `q`. */
export function meetingIndexHref({ q, page }: { q: string; page: number }): string {
  return `/meetings${queryWithPage(q ? { q } : {}, "page", page)}`;
}
