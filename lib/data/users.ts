import "server-only";
import { isUuid } from "@/lib/validation/fields";
import { db } from "@/lib/db/client";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { PasswordChangeInput, UserCreateInput, UserUnlockInput, UserUpdateInput } from "@/lib/validation/users";
import type { ListColumnsInput } from "@/lib/validation/list-columns";
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
 * The failed sign-ins (alias `f`) that count towards an email's lock: within the window, not refused
 * by a limit themselves, not cleared by an admin's unlock. `email` is a value or a column.
 */
function countedEmailFailures(email: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`f.email = ${email} AND NOT f.succeeded AND NOT f.blocked AND f.cleared_at IS NULL
    AND f.attempted_at > now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES})`;
}

/**
 * The one rule for "this email is locked", as the time the lock ends, or NULL when it is not locked:
 * locked while MAX_FAILURES_PER_EMAIL counted failures are in the window, that is until the oldest of
 * the latest ones leaves it (attempts refused while locked add none). Sign-in and the accounts page ask it.
 */
function emailLockedUntil(email: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT f.attempted_at + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}) FROM sign_in_attempts f
    WHERE ${countedEmailFailures(email)} ORDER BY f.attempted_at DESC OFFSET ${MAX_FAILURES_PER_EMAIL - 1} LIMIT 1)`;
}

/**
 * Whether recent failures lock this email or this address, or pause every sign-in (attempts refused
 * by a lock do not count).
 */
async function signInRefusal(email: string, ip: string | null): Promise<"locked" | "paused" | null> {
  const [row] = await db.$queryRaw<{ email_locked: boolean; by_ip: number; last_minute: number }[]>`
    SELECT ${emailLockedUntil(Prisma.sql`${email}`)} IS NOT NULL AS email_locked,
           (SELECT count(*) FROM sign_in_attempts
            WHERE NOT succeeded AND NOT blocked AND ${ip}::text IS NOT NULL AND ip = ${ip}
              AND attempted_at > now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}))::int AS by_ip,
           (SELECT count(*) FROM sign_in_attempts
            WHERE NOT succeeded AND NOT blocked AND attempted_at > now() - interval '1 minute')::int AS last_minute`;
  if (row.email_locked || row.by_ip >= MAX_FAILURES_PER_IP) return "locked";
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

/** Every account, for the admin page (never the password hash), with when its sign-in lock ends if it is locked now. */
export async function listUsers(actor: Actor | null) {
  assertCan(actor, "user:manage");
  const [users, locks] = await Promise.all([
    db.user.findMany({
      orderBy: [{ active: "desc" }, { email: "asc" }],
      select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, lastSignInAt: true, createdAt: true },
    }),
    db.$queryRaw<{ id: string; lockedUntil: Date }[]>`
      SELECT id, "lockedUntil" FROM (SELECT u.id::text AS id, ${emailLockedUntil(Prisma.sql`u.email`)} AS "lockedUntil" FROM users u) l
      WHERE "lockedUntil" IS NOT NULL`,
  ]);
  const lockedUntil = new Map(locks.map((l) => [l.id, l.lockedUntil]));
  return users.map((u) => ({ ...u, lockedUntil: lockedUntil.get(u.id) ?? null }));
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

/**
 * Saves an account's row of the accounts page: its role and whether it may sign in, in one
 * transaction with an audit row per change. An admin cannot change their own role or disable their
 * own account, and the last active admin stays one. Any change ends the account's open sessions.
 */
export async function updateUser(actor: Actor | null, input: UserUpdateInput): Promise<{ roleChanged: boolean; activeChanged: boolean }> {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, active: true } });
    if (!before) throw new NotFoundError("The account");
    const roleChanged = before.role !== input.role;
    const activeChanged = before.active !== input.active;
    if (input.userId === actor.id && roleChanged) {
      throw new ValidationError("You cannot change your own role.", { form: ["You cannot change your own role; ask another admin."] });
    }
    if (input.userId === actor.id && !input.active) {
      throw new ValidationError("You cannot disable your own account.", { form: ["You cannot disable your own account; ask another admin."] });
    }
    if (!roleChanged && !activeChanged) return { roleChanged, activeChanged };
    if (before.role === "ADMIN" && before.active && (input.role !== "ADMIN" || !input.active)) await assertAnotherAdminRemains(tx, input.userId);
    // A new session version ends every session the account has open, on its next request.
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role, active: input.active, sessionVersion: { increment: 1 } } });
    const withRole = { ...before, role: input.role };
    if (roleChanged) await recordAudit(tx, actor, { action: "user.role-change", entityType: "user", entityId: input.userId, before, after: withRole });
    if (activeChanged) {
      await recordAudit(tx, actor, {
        action: input.active ? "user.enable" : "user.disable",
        entityType: "user",
        entityId: input.userId,
        before: withRole,
        after: { ...withRole, active: input.active },
      });
    }
    return { roleChanged, activeChanged };
  });
}

/**
 * Lifts an account's sign-in lock now: its counted failures are marked cleared (they still count
 * towards their addresses' limits), with an audit row, in one transaction. Answers whether it was
 * locked; an account that is not locked is left as it is and nothing is recorded.
 */
export async function unlockUser(actor: Actor | null, input: UserUnlockInput): Promise<{ wasLocked: boolean }> {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("The account");
    const [{ lockedUntil }] = await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
      SELECT ${emailLockedUntil(Prisma.sql`${user.email}`)} AS "lockedUntil"`;
    if (!lockedUntil) return { wasLocked: false };
    const cleared = await tx.$executeRaw`UPDATE sign_in_attempts f SET cleared_at = now() WHERE ${countedEmailFailures(Prisma.sql`${user.email}`)}`;
    await recordAudit(tx, actor, {
      action: "auth.unlock",
      entityType: "user",
      entityId: user.id,
      before: { locked: true, lockedUntil },
      after: { locked: false, failuresCleared: cleared },
    });
    return { wasLocked: true };
  });
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

/** The commitment list's optional columns the caller hid: none until they choose. */
export async function getHiddenListColumns(actor: Actor | null): Promise<string[]> {
  assertCan(actor, "account:preferences");
  const [row] = await db.$queryRaw<{ hidden: string[] }[]>`
    SELECT coalesce(list_hidden_columns, '{}') AS hidden FROM users WHERE id = ${actor.id}::uuid`;
  return row?.hidden ?? [];
}

/**
 * Keeps which of the list's optional columns the caller hides, with their account, so that the choice
 * follows them to any device. A display choice, not a change to a record: no audit event.
 */
export async function saveHiddenListColumns(actor: Actor | null, input: ListColumnsInput): Promise<void> {
  assertCan(actor, "account:preferences");
  await db.$executeRaw`UPDATE users SET list_hidden_columns = ${input.hidden}::text[] WHERE id = ${actor.id}::uuid`;
}

/** Ends one session (signing out): its cookie, even copied elsewhere, no longer counts. */
export async function revokeSession(userId: string, sid: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.revokedSession.upsert({ where: { sid }, update: {}, create: { sid, userId } });
    await recordAudit(tx, { id: userId }, { action: "auth.sign-out", entityType: "user", entityId: userId });
  });
}
