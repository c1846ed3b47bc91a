"use client";

import { useActionState } from "react";
import { saveListColumnsAction } from "@/app/(app)/commitments/actions";
import { LIST_COLUMN_LABELS, OPTIONAL_LIST_COLUMNS, type OptionalListColumn } from "@/lib/domain/list-columns";
import { secondaryButtonClass } from "@/components/ui/form";

/**
 * The list's "Columns" menu: a disclosure with a checkbox per optional column and a button that saves
 * the choice with the account (a form posting to a server action).
 */
export function ListColumnsForm({ shown }: { shown: OptionalListColumn[] }) {
  const [state, action, pending] = useActionState(saveListColumnsAction, null);
  return (
    <details className="relative text-sm" data-testid="list-columns">
      <summary className="cursor-pointer select-none rounded-md border border-slate-300 bg-white px-3 py-1 font-medium text-slate-800 hover:bg-slate-50">
        Columns
      </summary>
      <form action={action} className="absolute right-0 z-20 mt-1 w-60 space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <input type="hidden" name="list" value="commitments" />
        <fieldset>
          <legend className="font-medium text-slate-900">Show these columns</legend>
          <div className="mt-1 space-y-1">
            {OPTIONAL_LIST_COLUMNS.map((column) => (
              <label key={column} className="flex items-center gap-2">
                <input type="checkbox" name="shown" value={column} defaultChecked={shown.includes(column)} className="h-4 w-4" />
                {LIST_COLUMN_LABELS[column]}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="text-xs text-slate-600">Commitment and Status always show. Your choice is kept with your account.</p>
        <button type="submit" className={`${secondaryButtonClass} py-1`} disabled={pending}>
          {pending ? "Saving…" : "Save columns"}
        </button>
        {state && !state.ok ? (
          <p role="alert" className="text-red-700">
            {state.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
