import { z } from "zod";
import { commitmentFiltersToQuery, parseCommitmentFilters } from "./commitment-filters";
import { dashboardQuery, parseDashboardParams } from "./dashboard-params";

import { SAVED_VIEW_NAME_MAX, SAVED_VIEW_PAGES, SAVED_VIEW_QUERY_MAX, type SavedViewPage } from "./saved-view-limits";

export { SAVED_VIEW_NAME_MAX, SAVED_VIEW_PAGES, SAVED_VIEW_QUERY_MAX, type SavedViewPage };

/** Where a saved view opens: the page's path with its query (the link anyone signed in can open). */
export function savedViewHref(view: { page: SavedViewPage; query: string }): string {
  return `${view.page === "list" ? "/commitments" : "/"}${view.query}`;
}

/**
 * A query string re-serialised through the page's own parser: only the filters that page knows are
 * kept, in its canonical form ("" or "?…"). The list's page number is dropped: a view is the filters.
 */
export function sanitizeViewQuery(page: SavedViewPage, query: string): string {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query.startsWith("?") ? query.slice(1) : query)) {
    const previous = params[key];
    params[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  if (page === "list") return commitmentFiltersToQuery({ ...parseCommitmentFilters(params), page: 1 });
  return dashboardQuery(parseDashboardParams(params));
}

/** The "Save this view" form: a name, which page, and that page's current query. */
export const SavedViewSaveSchema = z
  .object({
    name: z
      .string("Give the view a name.")
      .trim()
      .min(1, "Give the view a name.")
      .max(SAVED_VIEW_NAME_MAX, `A name has at most ${SAVED_VIEW_NAME_MAX} characters.`),
    page: z.enum(SAVED_VIEW_PAGES, "Unknown page."),
    // Twice the stored limit before sanitising: unknown parameters are dropped, so the raw query may be longer.
    query: z
      .string()
      .max(SAVED_VIEW_QUERY_MAX * 2, "These filters are too long to save.")
      .optional()
      .default(""),
  })
  .transform((input) => ({ ...input, query: sanitizeViewQuery(input.page, input.query) }))
  .refine((input) => input.query.length <= SAVED_VIEW_QUERY_MAX, { message: "These filters are too long to save.", path: ["query"] });
export type SavedViewSaveInput = z.infer<typeof SavedViewSaveSchema>;

export const SavedViewDeleteSchema = z.object({ id: z.uuid("Unknown view.") });
export type SavedViewDeleteInput = z.infer<typeof SavedViewDeleteSchema>;
