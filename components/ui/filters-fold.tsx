"use client";

import { useId, useState, type ReactNode } from "react";
import { secondaryButtonClass } from "./form";

/**
 * A page's filters behind a "Filters (n active)" button on a phone, and always shown from the `md`
 * breakpoint up. Which of the two is decided by CSS, not by state read after hydration, so neither a
 * phone nor a wide screen sees the filters jump in or out after the first paint.
 */
export function FiltersFold({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div data-testid="filters-fold" className="print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={`${secondaryButtonClass} md:hidden`}
      >
        Filters ({active} active)
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} className={open ? "mt-2 md:mt-0" : "hidden md:block"}>
        {children}
      </div>
    </div>
  );
}
