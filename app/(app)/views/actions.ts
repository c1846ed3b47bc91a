"use server";

import { defineAction } from "@/lib/define-action";
import { deleteView, saveView } from "@/lib/data/saved-views";
import { SavedViewDeleteSchema, SavedViewSaveSchema } from "@/lib/validation/saved-views";

export const saveViewAction = defineAction({
  permission: "view:save",
  schema: SavedViewSaveSchema,
  run: saveView,
  // The navigation's Views menu is in the signed-in layout.
  revalidate: [["/", "layout"]],
  done: (view) => ({ ok: true, message: `Saved “${view.name}”: it is in the Views menu.` }),
});

export const deleteViewAction = defineAction({
  permission: "view:save",
  schema: SavedViewDeleteSchema,
  run: deleteView,
  revalidate: [["/", "layout"]],
  done: () => ({ ok: true, message: "View deleted." }),
});
