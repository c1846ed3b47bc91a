import "server-only";
import { isUuid } from "@/lib/validation/fields";
import { db } from "@/lib/db/client";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { PasswordChangeInput, UserActiveInput, UserCreateInput, UserRoleInput } from "@/lib/validation/users";
import { NotFoundError, ValidationError } from "./errors";
import { LoginSchema } from "@/lib/validation/login";
import { recordAudit } from "./audit";

export type AuthenticatedUser = Actor & { sessionVersion: number; mustChangePassword: boolean };

export type SignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "locked" | "paused" };

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Failures per minute across the whole site before every sign-in pauses for the rest of the minute (password spraying from many addresses). */
export function maxFailuresPerMinuteSiteWide(): number {
  return Number(process.env.SIGN_IN_MAX_FAILURES_PER_MINUTE) || 200;
}

/**
 * Whether recent failures lock this email or this address, or pause every sign-in (attempts refused
 * by a lock do not count).
 */
async function signInRefusal(email: string, ip: string | null): Promise<"locked" | "paused" | null> {
  const [row] = await db.$queryRaw<{ by_email: number; by_ip: number; last_minute: number }[]>`
    SELECT (SELECT count(*) FROM sign_in_attempts
            WHERE NOT succeeded AND NOT blocked AND email = ${email}
              AND attempted_at > now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}))::int AS by_email,
           (SELECT count(*) FROM sign_in_attempts
            WHERE NOT succeeded AND NOT blocked AND ${ip}::text IS NOT NULL AND ip = ${ip}
              AND attempted_at > now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}))::int AS by_ip,
           (SELECT count(*) FROM sign_in_attempts
            WHERE NOT succeeded AND NOT blocked AND attempted_at > now() - interval '1 minute')::int AS last_minute`;
  if (row.by_email >= MAX_FAILURES_PER_EMAIL || row.by_ip >= MAX_FAILURES_PER_IP) return "locked";
  return row.last_minute >= maxFailuresPerMinuteSiteWide() ? "paused" : null;
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
  const refused = await signInRefusal(normalized, ip);
  if (refused) {
    await verifyPassword(await dummyPasswordHash(), "x");
    await db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { email: normalized, ip, succeeded: false, blocked: true } });
      await recordAudit(tx, { id: null, ip }, { action: "auth.sign-in-locked", entityType: "user", after: { email: normalized, reason: refused } });
    });
    return { ok: false, reason: refused };
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
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}

/**
 * The current state of a signed-in user, or null when the account is gone or disabled, its sessions
 * were ended (a new session version), or this very session was signed out.
 */
export async function getSessionActor(userId: string, sessionVersion: number, sid?: string): Promise<AuthenticatedUser | null> {
  if (!isUuid(userId)) return null;
  const [user] = await db.$queryRaw<(AuthenticatedUser & { active: boolean; revoked: boolean })[]>(sessionActorQuery(userId, sid ?? null));
  if (!user || !user.active || user.sessionVersion !== sessionVersion || user.revoked || !sid) return null;
  const { active: _active, revoked: _revoked, ...current } = user;
  return current;
}

/**
 * The session check's one statement (it runs on every request): the account and whether this session
 * was signed out. Plain SQL: the benchmark found Prisma's generated query twice as slow here.
 */
export function sessionActorQuery(userId: string, sid: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.active, u.session_version AS "sessionVersion",
           u.must_change_password AS "mustChangePassword",
           EXISTS (SELECT 1 FROM revoked_sessions r WHERE r.sid = ${sid}) AS revoked
    FROM users u WHERE u.id = ${userId}::uuid`;
}

/** Every account, for the admin page (never the password hash). */
export async function listUsers(actor: Actor | null) {
  assertCan(actor, "user:manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, lastSignInAt: true, createdAt: true },
  });
}

/**
 * Creates an account with a one-time password, returned once for the admin to hand over; the
 * account can do nothing but change it at its first sign-in.
 */
export async function createUser(actor: Actor | null, input: UserCreateInput): Promise<{ id: string; oneTimePassword: string }> {
  assertCan(actor, "user:manage");
  const oneTimePassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(oneTimePassword);
  const exists = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (exists) throw new ValidationError("That email already has an account.", { email: ["An account with this email already exists."] });
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { ...input, passwordHash, mustChangePassword: true }, select: { id: true } });
    await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: created.id, after: input });
    return created;
  });
  return { id: user.id, oneTimePassword };
}

/**
 * Locks every active admin row, so that two admins demoting or disabling each other at once cannot
 * leave the system with none; refuses when the change would remove the last one.
 */
async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length === 1 && admins[0].id === userId) {
    throw new ValidationError("This is the last active admin.", {
      form: ["This is the last active admin: make another account an admin first."],
    });
  }
}

async function changeAccount(
  actor: Actor,
  userId: string,
  change: { role?: Actor["role"]; active?: boolean },
  action: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!before) throw new NotFoundError("The account");
    const losesAdmin = before.role === "ADMIN" && before.active && (change.role !== undefined ? change.role !== "ADMIN" : change.active === false);
    if (losesAdmin) await assertAnotherAdminRemains(tx, userId);
    // A new session version ends every session the account has open, on its next request.
    await tx.user.update({ where: { id: userId }, data: { ...change, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action, entityType: "user", entityId: userId, before, after: { ...before, ...change } });
  });
}

/** Changes an account's role; it takes effect on that user's next request. */
export async function changeUserRole(actor: Actor | null, input: UserRoleInput): Promise<void> {
  assertCan(actor, "user:manage");
  await changeAccount(actor, input.userId, { role: input.role }, "user.role-change");
}

/** Disables or re-enables an account; disabling ends its open sessions at once. */
export async function setUserActive(actor: Actor | null, input: UserActiveInput): Promise<void> {
  assertCan(actor, "user:manage");
  if (!input.active && input.userId === actor.id) {
    throw new ValidationError("You cannot disable your own account.", { form: ["You cannot disable your own account; ask another admin."] });
  }
  await changeAccount(actor, input.userId, { active: input.active }, input.active ? "user.enable" : "user.disable");
}

/** Replaces the caller's own password (the current one is required) and ends their other sessions. */
export async function changeOwnPassword(actor: Actor | null, input: PasswordChangeInput): Promise<void> {
  assertCan(actor, "account:change-password");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("The current password is wrong.", { currentPassword: ["This is not your current password."] });
  }
  if (input.newPassword.toLowerCase() === user.email.toLowerCase()) {
    throw new ValidationError("Do not use your email address.", { newPassword: ["Do not use your email address as your password."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "user.password-change", entityType: "user", entityId: actor.id });
  });
}

/** Ends one session (signing out): its cookie, even copied elsewhere, no longer counts. */
export async function revokeSession(userId: string, sid: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.revokedSession.upsert({ where: { sid }, update: {}, create: { sid, userId } });
    await recordAudit(tx, { id: userId }, { action: "auth.sign-out", entityType: "user", entityId: userId });
  });
}
