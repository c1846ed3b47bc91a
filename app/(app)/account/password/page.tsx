import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { requireSignedIn } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Change password" };

export default async function PasswordPage() {
  const user = await requireSignedIn();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Change your password</h1>
      {user.mustChangePassword ? (
        <p role="status" className="max-w-xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          You signed in with a one-time password. Choose your own password to continue; until then nothing else is available.
        </p>
      ) : null}
      <PasswordForm />
    </div>
  );
}
