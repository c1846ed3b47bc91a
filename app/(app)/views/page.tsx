import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { DeleteViewForm } from "@/components/views/saved-view-forms";
import { SAVED_VIEWS_EMPTY } from "@/components/views/saved-views-menu";
import { requireUser } from "@/lib/auth/session";
import { listSavedViews } from "@/lib/data/saved-views";
import { savedViewHref } from "@/lib/validation/saved-views";

export const metadata: Metadata = { title: "Saved views" };

export default async function SavedViewsPage() {
  const user = await requireUser();
  const views = await listSavedViews(user);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Saved views</h1>
        <p className="text-sm text-slate-600">Each link opens its filters for anyone signed in: copy it to share the view.</p>
      </div>
      {views.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="saved-views">
          {views.map((view) => (
            <li key={view.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link href={savedViewHref(view)} className="font-medium">
                  {view.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {view.page === "list" ? "Commitments list" : "Dashboard"}
                  {view.query ? "" : " · no filters"}
                </p>
              </div>
              <DeleteViewForm id={view.id} name={view.name} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={SAVED_VIEWS_EMPTY} />
      )}
    </div>
  );
}
