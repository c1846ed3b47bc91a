import Link from "next/link";
import { Suspense } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavigationProgress } from "@/components/ui/navigation-progress";
import { SkipLinks } from "@/components/ui/skip-links";
import { SavedViewsMenu } from "@/components/views/saved-views-menu";
import { can } from "@/lib/auth/permissions";
import { requireSignedIn } from "@/lib/auth/session";
import { listSavedViews } from "@/lib/data/saved-views";

const ROLE_LABELS = { ADMIN: "Admin", ANALYST: "Analyst", VIEWER: "Viewer" } as const;

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Pages check more (requireUser sends an account on a one-time password to change it first).
  const user = await requireSignedIn();
  // An account still on its one-time password may do nothing else, so it has no views to list.
  const views = can(user, "view:save") ? await listSavedViews(user) : null;
  return (
    <>
      <SkipLinks links={[{ href: "#main", label: "Skip to content" }]} />
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <header className="border-b border-slate-200 bg-white print:border-0">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold text-slate-900 no-underline">
            Commitment Tracker
          </Link>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
            <Link href="/">Dashboard</Link>
            <Link href="/commitments">Commitments</Link>
            <Link href="/meetings">Meetings</Link>
            {views ? <SavedViewsMenu views={views} /> : null}
            {can(user, "user:manage") ? <Link href="/admin/users">Users</Link> : null}
            {can(user, "audit:read") ? <Link href="/admin/audit">Audit</Link> : null}
            {can(user, "audit:read") ? <Link href="/admin/system">System</Link> : null}
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm text-slate-700 print:hidden">
            <span>
              <Link href="/account/password" className="text-slate-700" title="Change your password">
                {user.name}
              </Link>{" "}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{ROLE_LABELS[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
