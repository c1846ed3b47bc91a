// The commitment list's columns. The title and the status are always shown; each person chooses
// which of the others to see (lib/data/users.ts keeps the choice with their account).

export const OPTIONAL_LIST_COLUMNS = ["meeting", "parties", "category", "progress", "target", "updated"] as const;
export type OptionalListColumn = (typeof OPTIONAL_LIST_COLUMNS)[number];

export const LIST_COLUMN_LABELS: Record<OptionalListColumn, string> = {
  meeting: "Meeting",
  parties: "Parties",
  category: "Category",
  progress: "Progress",
  target: "Target",
  updated: "Last update",
};

export function isOptionalListColumn(value: unknown): value is OptionalListColumn {
  return typeof value === "string" && (OPTIONAL_LIST_COLUMNS as readonly string[]).includes(value);
}

/**
 * The optional columns to show, in the list's order, from the ones a person hid. What is stored is
 * what was hidden, so a column added later shows until someone hides it; unknown names are ignored.
 */
export function shownListColumns(hidden: readonly string[] | null | undefined): Set<OptionalListColumn> {
  return new Set(OPTIONAL_LIST_COLUMNS.filter((column) => !hidden?.includes(column)));
}
