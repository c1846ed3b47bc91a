import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { requestClientAddress } from "@/lib/http/request-address";
import { authOptions } from "./options";
import { can, logRefusal, type Actor, type Permission } from "./permissions";

/**
 * The signed-in user as the database knows them now (role, active), or null. The JWT alone is not
 * trusted for the role: a disabled account or a changed role counts on the very next request. The
 * check itself is next-auth's jwt callback (checkedToken in ./options), so /api/auth/session agrees.
 */
export const getSessionUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  const requestHeaders = await headers();
  const ip = requestClientAddress((name) => requestHeaders.get(name));
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, ip };
});

/** For the password page: the signed-in user, even one who must still replace a one-time password. */
export async function requireSignedIn(): Promise<Actor> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user, or a redirect to the login page (or to the password change it owes). */
export async function requireUser(): Promise<Actor> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect("/account/password");
  return user;
}

/**
 * For pages that need more than reading: the signed-in user if their role allows `permission`;
 * otherwise the refusal is logged and the page answers 403 with the nearest forbidden.tsx.
 */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const user = await requireUser();
  if (!can(user, permission)) {
    logRefusal(user, permission, "forbidden");
    forbidden();
  }
  return user;
}
