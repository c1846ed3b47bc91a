import type { Metadata } from "next";
import { ResponseTimeCheck } from "@/components/admin/response-time-check";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "System" };

/** For admins asked why the app feels slow: the round trip of a save that does nothing, from their own browser. */
export default async function SystemPage() {
  await requirePermission("audit:read");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">System</h1>
      <section aria-labelledby="floor-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="floor-heading" className="text-lg font-semibold">
          Response time
        </h2>
        <p className="text-sm text-slate-600">
          Sends twenty empty saves from this browser, one after another: each goes through the same sign-in and role checks as a status
          update, then does nothing and changes nothing. Their time is the network&apos;s and the framework&apos;s share of every save; a
          status update adds its database work to it. The benchmark (<code>npm run bench</code>) measures the same on the server.
        </p>
        <ResponseTimeCheck />
      </section>
    </div>
  );
}
