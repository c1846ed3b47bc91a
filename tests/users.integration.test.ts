import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listCommitments } from "@/lib/data/commitments";
import { ValidationError } from "@/lib/data/errors";
import {
  authenticate,
  changeOwnPassword,
  createUser,
  getSessionActor,
  listUsers,
  SIGN_IN_WINDOW_MINUTES,
  unlockUser,
  updateUser,
} from "@/lib/data/users";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { PasswordChangeSchema } from "@/lib/validation/users";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { createUserAction, updateUserAction, unlockUserAction } = await import("@/app/(app)/admin/users/actions");
const { changePasswordAction } = await import("@/app/(app)/account/password/actions");

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});
beforeEach(() => {
  session.user = null;
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

describe("account management", () => {
  it("creates an account with a one-time password that allows nothing but changing it", async () => {
    const { id, oneTimePassword } = await createUser(actors.admin, {
      email: "new.analyst@example.org",
      name: "New Analyst",
      role: "ANALYST",
    });
    const signedIn = await authenticate("new.analyst@example.org", oneTimePassword);
    expect(signedIn).toMatchObject({ ok: true, user: { id, role: "ANALYST", mustChangePassword: true } });
    const actor = { ...(signedIn as { user: Actor }).user };
    await expect(listCommitments(actor, parseCommitmentFilters({}))).rejects.toMatchObject({ reason: "password-change-required" });

    const input = PasswordChangeSchema.parse({
      currentPassword: oneTimePassword,
      newPassword: "a sturdy passphrase for Astana",
      confirmPassword: "a sturdy passphrase for Astana",
    });
    await changeOwnPassword(actor, input);
    expect(await getSessionActor(id, 1, "sid-1")).toBeNull();
    expect(await getSessionActor(id, 2, "sid-1")).toMatchObject({ mustChangePassword: false });
    expect(await authenticate("new.analyst@example.org", oneTimePassword)).toMatchObject({ ok: false });
    expect(await authenticate("new.analyst@example.org", "a sturdy passphrase for Astana")).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["user.create", "user.password-change"] } } })).toBe(2);
  });

  it("refuses a duplicate email and a wrong current password, writing nothing", async () => {
    const before = await databaseFingerprint();
    await expect(createUser(actors.admin, { email: "analyst@example.org", name: "Again", role: "VIEWER" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const wrong = PasswordChangeSchema.parse({
      currentPassword: "not-it",
      newPassword: "another good passphrase",
      confirmPassword: "another good passphrase",
    });
    await expect(changeOwnPassword(actors.viewer, wrong)).rejects.toMatchObject({ fieldErrors: { currentPassword: expect.any(Array) } });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("changes a role and disables an account with effect on the very next request", async () => {
    const viewer = await db.user.findUniqueOrThrow({ where: { id: actors.viewer.id } });
    expect(await getSessionActor(viewer.id, viewer.sessionVersion, "sid-1")).toMatchObject({ role: "VIEWER" });
    await updateUser(actors.admin, { userId: viewer.id, role: "ANALYST", active: true });
    expect(await getSessionActor(viewer.id, viewer.sessionVersion, "sid-1")).toBeNull();
    await updateUser(actors.admin, { userId: viewer.id, role: "ANALYST", active: false });
    expect(await getSessionActor(viewer.id, viewer.sessionVersion + 2, "sid-1")).toBeNull();
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD)).toMatchObject({ ok: false });
    // Both at once, from one row's Save: one transaction, an audit row for each change, one new session version.
    expect(await updateUser(actors.admin, { userId: viewer.id, role: "VIEWER", active: true })).toEqual({
      roleChanged: true,
      activeChanged: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).toMatchObject({ sessionVersion: viewer.sessionVersion + 3 });
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD)).toMatchObject({ ok: true, user: { role: "VIEWER" } });
    const audit = await db.auditEvent.findMany({ where: { entityId: viewer.id, action: { startsWith: "user." } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.role-change", "user.disable", "user.role-change", "user.enable"]);
    expect(audit[0]).toMatchObject({ actorId: actors.admin.id, before: { role: "VIEWER" }, after: { role: "ANALYST" } });
    expect(audit[2]).toMatchObject({ before: { role: "ANALYST", active: false }, after: { role: "VIEWER", active: false } });
    expect(audit[3]).toMatchObject({ before: { role: "VIEWER", active: false }, after: { role: "VIEWER", active: true } });
  });

  it("saves nothing, not even an audit row, when a row is saved unchanged", async () => {
    const before = await databaseFingerprint();
    expect(await updateUser(actors.admin, { userId: actors.analyst.id, role: "ANALYST", active: true })).toEqual({
      roleChanged: false,
      activeChanged: false,
    });
    expect(await updateUser(actors.admin, { userId: actors.admin.id, role: "ADMIN", active: true })).toEqual({
      roleChanged: false,
      activeChanged: false,
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses an admin changing their own role or disabling themselves, with a clear message, writing nothing", async () => {
    const before = await databaseFingerprint();
    await expect(updateUser(actors.admin, { userId: actors.admin.id, role: "ANALYST", active: true })).rejects.toMatchObject({
      fieldErrors: { form: ["You cannot change your own role; ask another admin."] },
    });
    await expect(updateUser(actors.admin, { userId: actors.admin.id, role: "ADMIN", active: false })).rejects.toMatchObject({
      fieldErrors: { form: ["You cannot disable your own account; ask another admin."] },
    });
    expect(await databaseFingerprint()).toEqual(before);

    // Even with another admin around (so the last-admin rule does not apply), and through the action.
    const { id } = await createUser(actors.admin, { email: "deputy.admin@example.org", name: "Deputy Admin", role: "ADMIN" });
    const deputy = { id, email: "deputy.admin@example.org", name: "Deputy Admin", role: "ADMIN" as const };
    const beforeAction = await databaseFingerprint();
    session.user = deputy;
    const state = await updateUserAction(null, form({ userId: id, role: "VIEWER", active: "true" }));
    expect(state).toMatchObject({
      ok: false,
      message: "You cannot change your own role.",
      fieldErrors: { form: [expect.stringMatching(/own role/)] },
    });
    expect(await databaseFingerprint()).toEqual(beforeAction);
    // Another admin may.
    session.user = actors.admin;
    expect(await updateUserAction(null, form({ userId: id, role: "VIEWER", active: "true" }))).toMatchObject({
      ok: true,
      message: expect.stringContaining("role changed to Viewer"),
    });
  });

  it("never leaves the system without an active admin, even when two admins act at once", async () => {
    const { id } = await createUser(actors.admin, { email: "second.admin@example.org", name: "Second Admin", role: "ADMIN" });
    const second = { id, email: "second.admin@example.org", name: "Second Admin", role: "ADMIN" as const };
    const results = await Promise.allSettled([
      updateUser(actors.admin, { userId: id, role: "VIEWER", active: true }),
      updateUser(second, { userId: actors.admin.id, role: "VIEWER", active: true }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { fieldErrors: { form: [expect.stringContaining("last active admin")] } },
    });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("lets only admins list or change accounts", async () => {
    await expect(listUsers(actors.analyst)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(createUser(actors.viewer, { email: "x@example.org", name: "X", role: "ADMIN" })).rejects.toMatchObject({
      reason: "forbidden",
    });
  });
});

describe("account actions over their public endpoints", () => {
  const calls = () =>
    ({
      createUserAction: [createUserAction, form({ email: "sneaky@example.org", name: "Sneaky", role: "ADMIN" })],
      updateUserAction: [updateUserAction, form({ userId: actors.admin.id, role: "VIEWER", active: "false" })],
      unlockUserAction: [unlockUserAction, form({ userId: actors.admin.id })],
    }) as const;

  for (const name of ["createUserAction", "updateUserAction", "unlockUserAction"] as const) {
    for (const who of ["anonymous", "viewer", "analyst"] as const) {
      it(`${name} as ${who}: refused, nothing written`, async () => {
        session.user = who === "anonymous" ? null : actors[who];
        const [action, data] = calls()[name];
        const before = await databaseFingerprint();
        const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        expect(await (action as (s: null, d: FormData) => Promise<unknown>)(null, data)).toMatchObject({ ok: false });
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("authorization-refused"));
        warn.mockRestore();
        expect(await databaseFingerprint()).toEqual(before);
      });
    }
  }

  it("an admin creates an account and sees its one-time password once", async () => {
    session.user = actors.admin;
    const state = await createUserAction(null, form({ email: "Field.Officer@Example.org", name: "Field Officer", role: "VIEWER" }));
    expect(state).toMatchObject({ ok: true, oneTimePassword: expect.stringMatching(/^[\w-]{16}$/) });
    expect(await db.user.findUniqueOrThrow({ where: { email: "field.officer@example.org" } })).toMatchObject({ mustChangePassword: true });
  });

  it("a password change refuses common passwords without echoing any password back", async () => {
    session.user = actors.analyst;
    const state = await changePasswordAction(
      null,
      form({ currentPassword: DEMO_PASSWORD, newPassword: "password123", confirmPassword: "password123" }),
    );
    expect(state).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/common/)] } });
    expect(JSON.stringify(state)).not.toContain(DEMO_PASSWORD);
    expect(JSON.stringify(state)).not.toContain("password123");
  });
});

describe("locked accounts", () => {
  const email = "locked.out@example.org";
  let account: { id: string; password: string };
  const lockOf = async () => (await listUsers(actors.admin)).find((u) => u.email === email)!.lockedUntil;
  async function fail(times: number, ip: string) {
    for (let i = 0; i < times; i++) expect(await authenticate(email, `wrong-${i}`, ip)).toMatchObject({ reason: "invalid" });
  }

  beforeAll(async () => {
    const { id, oneTimePassword } = await createUser(actors.admin, { email, name: "Locked Out", role: "VIEWER" });
    account = { id, password: oneTimePassword };
  });

  it("shows an account as locked exactly when sign-in refuses it, until the window has passed", async () => {
    expect(await lockOf()).toBeNull();
    await fail(4, "198.51.100.10");
    expect(await lockOf()).toBeNull();
    await fail(1, "198.51.100.11");
    expect(await authenticate(email, account.password, "198.51.100.12")).toEqual({ ok: false, reason: "locked" });
    const oldest = await db.signInAttempt.findFirstOrThrow({
      where: { email, succeeded: false, blocked: false },
      orderBy: { attemptedAt: "asc" },
    });
    const until = oldest.attemptedAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
    expect((await lockOf())?.getTime()).toBe(until);
    // Attempts refused by the lock do not lengthen it; no other account is locked.
    expect(await authenticate(email, "wrong-again", "198.51.100.12")).toEqual({ ok: false, reason: "locked" });
    expect((await lockOf())?.getTime()).toBe(until);
    expect((await listUsers(actors.admin)).filter((u) => u.lockedUntil).map((u) => u.email)).toEqual([email]);

    await db.$executeRaw`UPDATE sign_in_attempts SET attempted_at = attempted_at - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES + 1}) WHERE email = ${email}`;
    expect(await lockOf()).toBeNull();
    expect(await authenticate(email, account.password, "198.51.100.13")).toMatchObject({ ok: true });
  });

  it("is unlocked by an admin only: the next sign-in with the right password succeeds, and the unlock is audited", async () => {
    await fail(5, "198.51.100.20");
    expect(await authenticate(email, account.password, "198.51.100.21")).toEqual({ ok: false, reason: "locked" });

    const before = await databaseFingerprint();
    await expect(unlockUser(actors.analyst, { userId: account.id })).rejects.toMatchObject({ reason: "forbidden" });
    session.user = actors.viewer;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await unlockUserAction(null, form({ userId: account.id }))).toMatchObject({ ok: false, message: /role does not allow/ });
    warn.mockRestore();
    expect(await databaseFingerprint()).toEqual(before);
    expect(await lockOf()).not.toBeNull();

    session.user = actors.admin;
    expect(await unlockUserAction(null, form({ userId: account.id }))).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Unlocked/),
    });
    expect(await lockOf()).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.unlock" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      actorId: actors.admin.id,
      entityType: "user",
      entityId: account.id,
      before: { locked: true },
      after: { locked: false, failuresCleared: 5 },
    });
    expect(await authenticate(email, account.password, "198.51.100.22")).toMatchObject({ ok: true, user: { id: account.id } });

    // Nothing to unlock: said so, nothing recorded.
    const unchanged = await databaseFingerprint();
    expect(await unlockUserAction(null, form({ userId: account.id }))).toMatchObject({ ok: true, message: /no longer locked/ });
    expect(await databaseFingerprint()).toEqual(unchanged);
    expect(await unlockUserAction(null, form({ userId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({
      ok: false,
      message: /was not found/,
    });
  });

  it("counts failures afresh after an unlock, and leaves the address's limit as it was", async () => {
    const address = "198.51.100.30";
    await fail(5, address);
    session.user = actors.admin;
    expect(await unlockUserAction(null, form({ userId: account.id }))).toMatchObject({ ok: true });
    await fail(4, "198.51.100.31");
    expect(await lockOf()).toBeNull();
    await fail(1, "198.51.100.31");
    expect(await lockOf()).not.toBeNull();
    session.user = actors.admin;
    await unlockUserAction(null, form({ userId: account.id }));

    // The 5 cleared failures from the address still count there: 15 more (other emails) lock it.
    for (let i = 0; i < 15; i++) await authenticate(`someone-${i}@example.org`, "guess", address);
    expect(await authenticate(email, account.password, address)).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate(email, account.password, "198.51.100.32")).toMatchObject({ ok: true });
  });
});
