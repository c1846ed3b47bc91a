"use client";

/** Signs out through next-auth's client, loaded on the click: every page has this button, few pages need the rest of next-auth. */
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/login" })}
      className="rounded-md px-2 py-1 text-sm text-slate-700 underline-offset-2 hover:underline"
    >
      Sign out
    </button>
  );
}
