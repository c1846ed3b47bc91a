import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getSessionUser } from "@/lib/auth/session";

const ROLE_NAMES = { ADMIN: "admin", ANALYST: "analyst", VIEWER: "viewer" } as const;

// Shown with a 403 when requirePermission refuses a page (lib/auth/session.ts); the admin pages have their own.
export default async function Forbidden() {
  const user = await getSessionUser();
  return (
    <EmptyState title="Only analysts and admins can change records">
      <p>
        {user ? `You are signed in as a ${ROLE_NAMES[user.role]}: you can read every page and export what you see. ` : null}
        Ask an administrator if you need the analyst role.
      </p>
      <p className="mt-2">
        <Link href="/commitments">Go to the commitments</Link>
      </p>
    </EmptyState>
  );
}
