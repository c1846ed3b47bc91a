import { parseCalendarDay } from "@/lib/domain/calendar-day";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export type AuditFilters = {
  action: string | null;
  actor: string | null;
  entityId: string | null;
  from: string | null;
  to: string | null;
  page: number;
};

/** Reads the audit page's filters from the URL; dates that do not parse are dropped. */
export function parseAuditFilters(params: SearchParams): AuditFilters {
  const date = (key: string) => {
    const value = firstParam(params, key);
    return value && parseCalendarDay(value) ? value : null;
  };
  return {
    action: firstParam(params, "action"),
    actor: firstParam(params, "actor")?.toLowerCase() ?? null,
    entityId: firstParam(params, "entity"),
    from: date("from"),
    to: date("to"),
    page: Math.min(Math.max(1, Math.floor(Number(firstParam(params, "page"))) || 1), 100_000),
  };
}

export function auditFiltersToQuery(filters: Partial<AuditFilters>): string {
  const query = new URLSearchParams();
  if (filters.action) query.set("action", filters.action);
  if (filters.actor) query.set("actor", filters.actor);
  if (filters.entityId) query.set("entity", filters.entityId);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (filters.page && filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
