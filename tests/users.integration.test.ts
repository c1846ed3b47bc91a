import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listCommitments } from "@/lib/data/commitments";
import { ValidationError } from "@/lib/data/errors";
import { authenticate, changeOwnPassword, changeUserRole, createUser, getSessionActor, listUsers, setUserActive } from "@/lib/data/users";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { PasswordChangeSchema } from "@/lib/validation/users";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { createUserAction, changeUserRoleAction, setUserActiveAction } = await import("@/app/(app)/admin/users/actions");
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
    await changeUserRole(actors.admin, { userId: viewer.id, role: "ANALYST" });
    expect(await getSessionActor(viewer.id, viewer.sessionVersion, "sid-1")).toBeNull();
    await setUserActive(actors.admin, { userId: viewer.id, active: false });
    expect(await getSessionActor(viewer.id, viewer.sessionVersion + 2, "sid-1")).toBeNull();
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD)).toMatchObject({ ok: false });
    await setUserActive(actors.admin, { userId: viewer.id, active: true });
    await changeUserRole(actors.admin, { userId: viewer.id, role: "VIEWER" });
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD)).toMatchObject({ ok: true, user: { role: "VIEWER" } });
    const audit = await db.auditEvent.findMany({ where: { entityId: viewer.id, action: { startsWith: "user." } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.role-change", "user.disable", "user.enable", "user.role-change"]);
    expect(audit[0]).toMatchObject({ actorId: actors.admin.id, before: { role: "VIEWER" }, after: { role: "ANALYST" } });
  });

  it("never leaves the system without an active admin, even when two admins act at once", async () => {
    const before = await databaseFingerprint();
    await expect(changeUserRole(actors.admin, { userId: actors.admin.id, role: "ANALYST" })).rejects.toMatchObject({
      fieldErrors: { form: [expect.stringContaining("last active admin")] },
    });
    await expect(setUserActive(actors.admin, { userId: actors.admin.id, active: false })).rejects.toBeInstanceOf(ValidationError);
    expect(await databaseFingerprint()).toEqual(before);

    const { id } = await createUser(actors.admin, { email: "second.admin@example.org", name: "Second Admin", role: "ADMIN" });
    const second = { id, email: "second.admin@example.org", name: "Second Admin", role: "ADMIN" as const };
    const results = await Promise.allSettled([
      changeUserRole(actors.admin, { userId: id, role: "VIEWER" }),
      changeUserRole(second, { userId: actors.admin.id, role: "VIEWER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
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
      changeUserRoleAction: [changeUserRoleAction, form({ userId: actors.viewer.id, role: "ADMIN" })],
      setUserActiveAction: [setUserActiveAction, form({ userId: actors.admin.id, active: "false" })],
    }) as const;

  for (const name of ["createUserAction", "changeUserRoleAction", "setUserActiveAction"] as const) {
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
