import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { SavedViewDeleteInput, SavedViewPage, SavedViewSaveInput } from "@/lib/validation/saved-views";
import { NotFoundError } from "./errors";

// Saved views are a person's display preference (named filters), not a change to any record: no audit event.

export type SavedView = { id: string; name: string; page: SavedViewPage; query: string; createdAt: Date };

const SAVED_VIEWS_SHOWN = 50;
const select = { id: true, name: true, page: true, query: true, createdAt: true } as const;

/** The caller's own saved views, newest first (at most 50). */
export async function listSavedViews(actor: Actor | null): Promise<SavedView[]> {
  assertCan(actor, "view:save");
  const rows = await db.savedView.findMany({
    where: { ownerId: actor.id },
    select,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SAVED_VIEWS_SHOWN,
  });
  return rows.map((row) => ({ ...row, page: row.page as SavedViewPage }));
}

/** Saves the caller's view under its name; a view of the same name is replaced (its page and query, and it becomes the newest). */
export async function saveView(actor: Actor | null, input: SavedViewSaveInput): Promise<SavedView> {
  assertCan(actor, "view:save");
  const { name, page, query } = input;
  const row = await db.savedView.upsert({
    where: { ownerId_name: { ownerId: actor.id, name } },
    create: { ownerId: actor.id, name, page, query },
    update: { page, query, createdAt: new Date() },
    select,
  });
  return { ...row, page: row.page as SavedViewPage };
}

/** Deletes one of the caller's own views; someone else's id answers "not found", as an unknown one does. */
export async function deleteView(actor: Actor | null, input: SavedViewDeleteInput): Promise<void> {
  assertCan(actor, "view:save");
  const { count } = await db.savedView.deleteMany({ where: { id: input.id, ownerId: actor.id } });
  if (count === 0) throw new NotFoundError("The saved view");
}
