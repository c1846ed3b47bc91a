"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

type SelectableCommitment = { id: string; title: string; version: number };

type Selection = {
  rows: SelectableCommitment[];
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

/** The commitments selected on this page of the list, for the bulk status form. */
export function useBulkSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useBulkSelection is used outside BulkSelection.");
  return selection;
}

/**
 * Holds which rows of the page are selected. `rows` are the page's commitments with the version the
 * list showed; a refreshed page brings newer versions, and a row that left the page leaves the selection.
 */
export function BulkSelection({ rows, children }: { rows: SelectableCommitment[]; children: ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string, on: boolean) => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setChosen(new Set()), []);
  const selection = useMemo<Selection>(() => {
    const selected = new Set(rows.filter((row) => chosen.has(row.id)).map((row) => row.id));
    return { rows, selected, toggle, clear, setAll: (on) => setChosen(on ? new Set(rows.map((row) => row.id)) : new Set()) };
  }, [rows, chosen, toggle, clear]);
  return <SelectionContext value={selection}>{children}</SelectionContext>;
}

const CHECKBOX = "size-4 rounded border-slate-400 align-middle";

/** A row's checkbox, named after its commitment. */
export function SelectCommitment({ id, title }: { id: string; title: string }) {
  const { selected, toggle } = useBulkSelection();
  return (
    <input
      type="checkbox"
      className={CHECKBOX}
      aria-label={`Select ${title}`}
      checked={selected.has(id)}
      onChange={(event) => toggle(id, event.target.checked)}
    />
  );
}

/** Selects or clears every row of this page; shows "mixed" when some are selected. */
export function SelectAllOnPage() {
  const { rows, selected, setAll } = useBulkSelection();
  const all = rows.length > 0 && selected.size === rows.length;
  return (
    <input
      type="checkbox"
      className={CHECKBOX}
      aria-label="Select all on this page"
      checked={all}
      ref={(element) => {
        if (element) element.indeterminate = selected.size > 0 && !all;
      }}
      onChange={(event) => setAll(event.target.checked)}
    />
  );
}
