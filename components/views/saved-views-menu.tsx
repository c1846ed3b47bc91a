import Link from "next/link";
import type { SavedView } from "@/lib/data/saved-views";
import { savedViewHref } from "@/lib/validation/saved-views";

export const SAVED_VIEWS_EMPTY = "No saved views yet: set filters on the list or the dashboard and save them.";

/** The navigation's "Views" disclosure: the caller's saved views as links (each link is the shareable link). */
export function SavedViewsMenu({ views }: { views: Pick<SavedView, "id" | "name" | "page" | "query">[] }) {
  return (
    <details className="relative" data-testid="views-menu">
      <summary className="cursor-pointer select-none text-blue-800 underline">Views</summary>
      {/* On a phone the menu opens leftwards from the link's right edge, so it stays inside the window. */}
      <div className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg sm:left-0 sm:right-auto">
        {views.length ? (
          <ul className="space-y-1">
            {views.map((view) => (
              <li key={view.id}>
                <Link href={savedViewHref(view)}>{view.name}</Link>{" "}
                <span className="text-xs text-slate-600">{view.page === "list" ? "list" : "dashboard"}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{SAVED_VIEWS_EMPTY}</p>
        )}
        <p className="border-t border-slate-100 pt-2">
          <Link href="/views">Manage saved views</Link>
        </p>
      </div>
    </details>
  );
}
