import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

// Shown with a 403 when someone other than an admin opens an admin page.
export default function AdminForbidden() {
  return (
    <EmptyState title="Only admins manage accounts and read the audit trail">
      <p>Ask an admin if you need an account created, a role changed, or to know who changed what.</p>
      <p className="mt-2">
        <Link href="/">Go to the dashboard</Link>
      </p>
    </EmptyState>
  );
}
