import "server-only";
import { db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { LoginSchema } from "@/lib/validation/login";
import { recordAudit } from "./audit";

export type AuthenticatedUser = Actor & { sessionVersion: number };

export type SignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "locked" };

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

/** Whether recent failures lock this email or this address (attempts refused by a lock do not count). */
async function signInLocked(email: string, ip: string | null): Promise<boolean> {
  const [row] = await db.$queryRaw<{ by_email: number; by_ip: number }[]>`
    SELECT (count(*) FILTER (WHERE email = ${email}))::int AS by_email,
           (count(*) FILTER (WHERE ip IS NOT NULL AND ip = ${ip}))::int AS by_ip
    FROM sign_in_attempts
    WHERE NOT succeeded AND NOT blocked AND attempted_at > now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES})
      AND (email = ${email} OR (ip IS NOT NULL AND ip = ${ip}))`;
  return row.by_email >= MAX_FAILURES_PER_EMAIL || row.by_ip >= MAX_FAILURES_PER_IP;
}

/**
 * Checks an email and password. Unknown emails are checked against a dummy hash so that every kind
 * of failure takes the same time and says the same thing. After too many recent failures for the
 * email or the address, the attempt is refused without looking at the password. Every attempt is
 * kept in sign_in_attempts and the audit trail.
 */
export async function authenticate(email: unknown, password: unknown, ip: string | null = null): Promise<SignInResult> {
  const parsed = LoginSchema.safeParse({ email, password });
  const normalized = typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
  if (await signInLocked(normalized, ip)) {
    await verifyPassword(await dummyPasswordHash(), "x");
    await db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { email: normalized, ip, succeeded: false, blocked: true } });
      await recordAudit(tx, { id: null, ip }, { action: "auth.sign-in-locked", entityType: "user", after: { email: normalized } });
    });
    return { ok: false, reason: "locked" };
  }
  const user = parsed.success
    ? await db.user.findUnique({ where: { email: parsed.data.email }, omit: { passwordHash: false } })
    : null;
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.success ? parsed.data.password : "x");
  const success = !!user && user.active && valid;

  await db.$transaction(async (tx) => {
    if (success) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await tx.signInAttempt.create({ data: { email: normalized, ip, succeeded: success } });
    await recordAudit(tx, { id: user?.id ?? null, ip }, {
      action: success ? "auth.sign-in" : "auth.sign-in-failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: { email: normalized },
    });
  });
  if (!success) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
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
