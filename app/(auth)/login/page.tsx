import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getSessionUser()) redirect("/");
  const params = await searchParams;
  // Checked here and again where the form redirects: only a page of this site.
  const callbackUrl = typeof params.callbackUrl === "string" ? safeRedirectTarget(params.callbackUrl) : null;
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">Commitment Tracker</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">Sign in to follow the pledges of diplomatic meetings.</p>
        {params.changed === "1" ? (
          <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            Your password was changed. Sign in with the new one.
          </p>
        ) : null}
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
