"use client";

import { useActionState } from "react";
import { deleteViewAction, saveViewAction } from "@/app/(app)/views/actions";
import { inputClass, secondaryButtonClass } from "@/components/ui/form";
import { SAVED_VIEW_NAME_MAX, type SavedViewPage } from "@/lib/validation/saved-view-limits";

/** "Save this view": names the page's current filters (its query string) and keeps them in the Views menu. */
export function SaveViewForm({ page, query }: { page: SavedViewPage; query: string }) {
  const [state, action, pending] = useActionState(saveViewAction, null);
  const nameErrors = state && !state.ok ? state.fieldErrors?.name : undefined;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm print:hidden" data-testid="save-view">
      <input type="hidden" name="page" value={page} />
      <input type="hidden" name="query" value={query} />
      <label htmlFor={`save-view-${page}`} className="font-medium text-slate-800">
        Save this view as
      </label>
      <input
        id={`save-view-${page}`}
        name="name"
        required
        maxLength={SAVED_VIEW_NAME_MAX}
        defaultValue={state && !state.ok && typeof state.values?.name === "string" ? state.values.name : ""}
        aria-invalid={nameErrors ? true : undefined}
        className={`${inputClass} w-48 py-1`}
      />
      <button type="submit" className={`${secondaryButtonClass} py-1`} disabled={pending}>
        {pending ? "Saving…" : "Save view"}
      </button>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-emerald-800" : "text-red-700"}>
          {state.ok ? state.message : [state.message, ...(nameErrors ?? [])].join(" ")}
        </p>
      ) : null}
    </form>
  );
}

/** One saved view's Delete button. */
export function DeleteViewForm({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(deleteViewAction, null);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${secondaryButtonClass} py-1`} disabled={pending} aria-label={`Delete “${name}”`}>
        {pending ? "Deleting…" : "Delete"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
