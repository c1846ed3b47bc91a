import "server-only";
import { db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { LoginSchema } from "@/lib/validation/login";
import { recordAudit } from "./audit";

export type AuthenticatedUser = Actor & { sessionVersion: number };

/**
 * Checks an email and password. Unknown emails are checked against a dummy hash so that both kinds
 * of failure take the same time; both return null. Every attempt is recorded in the audit trail.
 */
export async function authenticate(email: unknown, password: unknown, ip: string | null = null): Promise<AuthenticatedUser | null> {
  const parsed = LoginSchema.safeParse({ email, password });
  if (!parsed.success) {
    await verifyPassword(await dummyPasswordHash(), "x");
    return null;
  }
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  const success = !!user && user.active && valid;

  await db.$transaction(async (tx) => {
    if (success) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { id: user?.id ?? null, ip }, {
      action: success ? "auth.sign-in" : "auth.sign-in-failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: { email: parsed.data.email },
    });
  });
  if (!success) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** The current state of a signed-in user, or null when the account is gone, disabled or its sessions were revoked. */
export async function getSessionActor(userId: string, sessionVersion: number): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
