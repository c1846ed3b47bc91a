import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { authenticate, getSessionActor, revokeSession } from "@/lib/data/users";
import { authOptions, checkedToken, SessionEndedError } from "@/lib/auth/options";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { DEMO_PASSWORD, ensureAdmin } from "@/prisma/seed/demo";
import { seedDemoActors, type Actors } from "./support/fixtures";

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

describe("authenticate", () => {
  it("signs in with the right password, whatever the case of the email, and records it", async () => {
    const result = await authenticate(" Analyst@Example.org ", DEMO_PASSWORD, "203.0.113.9");
    expect(result).toMatchObject({ ok: true, user: { id: actors.analyst.id, role: "ANALYST", sessionVersion: 1 } });
    const row = await db.user.findUniqueOrThrow({ where: { id: actors.analyst.id } });
    expect(row.lastSignInAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in", actorId: actors.analyst.id, ip: "203.0.113.9" } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email, and records both", async () => {
    const refused = { ok: false, reason: "invalid" };
    expect(await authenticate("analyst@example.org", "wrong-password")).toEqual(refused);
    expect(await authenticate("nobody@example.org", DEMO_PASSWORD)).toEqual(refused);
    expect(await authenticate("not an email", "x")).toEqual(refused);
    expect(await authenticate(undefined, undefined)).toEqual(refused);
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in-failed" } })).toBe(4);
    expect(await db.signInAttempt.count({ where: { succeeded: false } })).toBe(4);
  });

  it("refuses a disabled account even with the right password", async () => {
    await db.user.update({ where: { id: actors.viewer.id }, data: { active: false } });
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    await db.user.update({ where: { id: actors.viewer.id }, data: { active: true } });
  });

  it("stores Argon2id hashes with OWASP's parameters, never plain text", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: actors.admin.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(DEMO_PASSWORD);
    expect(await hashPassword(DEMO_PASSWORD)).not.toBe(row.passwordHash);
  });

  it("never returns the password hash from ordinary queries", async () => {
    const row = await db.user.findFirstOrThrow();
    expect(row).not.toHaveProperty("passwordHash");
  });
});

describe("getSessionActor", () => {
  it("reflects the account as it is now: role changes and disabling count at once", async () => {
    expect(await getSessionActor(actors.analyst.id, 1, "sid-1")).toMatchObject({ role: "ANALYST" });
    await db.user.update({ where: { id: actors.analyst.id }, data: { role: "VIEWER" } });
    expect(await getSessionActor(actors.analyst.id, 1, "sid-1")).toMatchObject({ role: "VIEWER" });
    await db.user.update({ where: { id: actors.analyst.id }, data: { role: "ANALYST", active: false } });
    expect(await getSessionActor(actors.analyst.id, 1, "sid-1")).toBeNull();
    await db.user.update({ where: { id: actors.analyst.id }, data: { active: true } });
    expect(await getSessionActor(actors.analyst.id, 2, "sid-1")).toBeNull();
    expect(await getSessionActor("00000000-0000-4000-8000-000000000000", 1, "sid-1")).toBeNull();
  });
});

describe("checkedToken: the one session check behind getServerSession and /api/auth/session", () => {
  const now = 1_900_000_000;
  const token = (over: Record<string, unknown> = {}) => ({
    sub: actors.viewer.id,
    name: "Name in the cookie",
    email: "cookie@example.org",
    role: "ADMIN" as const,
    sessionVersion: 1,
    sid: "checked-token-sid",
    authTime: now - 60,
    lastSeen: now - 60,
    ...over,
  });
  const ended = (reason: string) => expect.objectContaining({ name: "SessionEndedError", message: `Session ended: ${reason}` });

  it("keeps a live session, with the account's name, email and role from the database, not the cookie", async () => {
    expect(await checkedToken(token(), now)).toMatchObject({
      name: "Vera Viewer",
      email: "viewer@example.org",
      role: "VIEWER",
      mustChangePassword: false,
    });
  });

  it("ends a session past its idle or absolute limit, signed out, of an older version, or of a disabled account", async () => {
    const { idleSeconds, absoluteSeconds } = sessionPolicy();
    await expect(checkedToken(token({ lastSeen: now - idleSeconds - 1 }), now)).rejects.toEqual(ended("idle"));
    await expect(checkedToken(token({ authTime: now - absoluteSeconds - 1 }), now)).rejects.toEqual(ended("expired"));
    await expect(checkedToken(token({ authTime: undefined }), now)).rejects.toEqual(ended("expired"));
    await expect(checkedToken(token({ sessionVersion: 2 }), now)).rejects.toEqual(ended("revoked"));
    await expect(checkedToken(token({ sub: undefined }), now)).rejects.toEqual(ended("revoked"));
    await revokeSession(actors.viewer.id, "checked-token-sid");
    await expect(checkedToken(token(), now)).rejects.toBeInstanceOf(SessionEndedError);
    await db.user.update({ where: { id: actors.viewer.id }, data: { active: false } });
    await expect(checkedToken(token({ sid: "another-sid" }), now)).rejects.toEqual(ended("revoked"));
    await db.user.update({ where: { id: actors.viewer.id }, data: { active: true } });
    expect(await checkedToken(token({ sid: "another-sid" }), now)).toMatchObject({ role: "VIEWER" });
  });

  it("is what next-auth's jwt callback runs for an existing session (and not at sign-in)", async () => {
    const jwt = authOptions.callbacks!.jwt!;
    const live = Math.floor(Date.now() / 1000);
    await expect(jwt({ token: token({ sessionVersion: 9, authTime: live, lastSeen: live }) } as never)).rejects.toBeInstanceOf(
      SessionEndedError,
    );
    const signedIn = await jwt({
      token: {},
      user: { id: actors.viewer.id, role: "VIEWER", sessionVersion: 1, email: "", name: "" },
    } as never);
    expect(signedIn).toMatchObject({ sub: actors.viewer.id, role: "VIEWER", sessionVersion: 1 });
  });
});

describe("signing out", () => {
  it("revokes exactly that session: its cookie no longer counts, other sessions do", async () => {
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: actors.analyst.id } });
    expect(await getSessionActor(actors.analyst.id, sessionVersion, "laptop")).not.toBeNull();
    await revokeSession(actors.analyst.id, "laptop");
    await revokeSession(actors.analyst.id, "laptop");
    expect(await getSessionActor(actors.analyst.id, sessionVersion, "laptop")).toBeNull();
    expect(await getSessionActor(actors.analyst.id, sessionVersion, "phone")).not.toBeNull();
    expect(await getSessionActor(actors.analyst.id, sessionVersion)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign-out", actorId: actors.analyst.id } })).toBe(2);
  });
});

describe("ensureAdmin", () => {
  it("creates the first admin from the environment once, and refuses weak input", async () => {
    expect(await ensureAdmin(db, "Chief@Agency.example", "a-long-enough-password")).toEqual({ created: true });
    expect(await ensureAdmin(db, "chief@agency.example", "another-long-password")).toEqual({ created: false });
    expect(await authenticate("chief@agency.example", "a-long-enough-password")).toMatchObject({ ok: true, user: { role: "ADMIN" } });
    await expect(ensureAdmin(db, "x@y", "short")).rejects.toThrow(/at least 12/);
    await expect(ensureAdmin(db, "not-an-email", "a-long-enough-password")).rejects.toThrow(/not an email/);
  });
});

describe("timing", () => {
  it("a wrong password and an unknown email take about the same time (a dummy hash is checked)", async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      await authenticate(email, "not-the-password");
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await timed(i % 2 ? "viewer@example.org" : "analyst@example.org"));
      unknown.push(await timed(`nobody-${i}@example.org`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Both are dominated by one Argon2id verification; without the dummy hash an unknown email
    // would answer many times faster. The bounds are loose on purpose: a shared machine is noisy.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe("sign-in limits", () => {
  it("locks an email for the window after 5 failures, even with the right password, and not others", async () => {
    for (let i = 0; i < 5; i++)
      expect(await authenticate("admin@example.org", `wrong-${i}`, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    expect(await authenticate("admin@example.org", DEMO_PASSWORD, "198.51.100.50")).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("ADMIN@example.org", DEMO_PASSWORD, "198.51.100.51")).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("analyst@example.org", DEMO_PASSWORD, "198.51.100.52")).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in-locked" } })).toBe(2);

    // The window is measured in the database: age the failures past it and the account opens again.
    await db.$executeRaw`UPDATE sign_in_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE email = 'admin@example.org'`;
    expect(await authenticate("admin@example.org", DEMO_PASSWORD, "198.51.100.53")).toMatchObject({ ok: true });
  });

  it("locks an address after 20 failures across accounts, whatever the email", async () => {
    for (let i = 0; i < 20; i++) await authenticate(`someone-${i}@example.org`, "guess", "192.0.2.77");
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD, "192.0.2.77")).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("viewer@example.org", DEMO_PASSWORD, "192.0.2.78")).toMatchObject({ ok: true });
  });

  it("pauses every sign-in for the minute once failures across the site pass the ceiling (spraying from many addresses)", async () => {
    await db.$executeRaw`UPDATE sign_in_attempts SET attempted_at = attempted_at - interval '2 minutes'`;
    process.env.SIGN_IN_MAX_FAILURES_PER_MINUTE = "8";
    try {
      for (let i = 0; i < 8; i++)
        expect(await authenticate(`sprayed-${i}@example.org`, "Winter2026!", `203.0.113.${i}`)).toMatchObject({ reason: "invalid" });
      expect(await authenticate("viewer@example.org", DEMO_PASSWORD, "203.0.113.200")).toEqual({ ok: false, reason: "paused" });
      // A minute later the ceiling is clear again.
      await db.$executeRaw`UPDATE sign_in_attempts SET attempted_at = attempted_at - interval '61 seconds'`;
      expect(await authenticate("viewer@example.org", DEMO_PASSWORD, "203.0.113.201")).toMatchObject({ ok: true });
    } finally {
      delete process.env.SIGN_IN_MAX_FAILURES_PER_MINUTE;
    }
  });

  it("treats unknown emails like known ones, so a lock reveals nothing", async () => {
    for (let i = 0; i < 5; i++) await authenticate("ghost@example.org", "guess", null);
    expect(await authenticate("ghost@example.org", "guess", null)).toEqual({ ok: false, reason: "locked" });
  });
});
