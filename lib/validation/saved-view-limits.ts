// The saved views' pages and limits, apart from their schemas: the browser's "Save this view" form
// needs the name's limit, not zod and the filter parsers (lib/validation/saved-views.ts).
export const SAVED_VIEW_PAGES = ["list", "dashboard"] as const;
export type SavedViewPage = (typeof SAVED_VIEW_PAGES)[number];
export const SAVED_VIEW_QUERY_MAX = 2_000;
export const SAVED_VIEW_NAME_MAX = 80;
