import { decode, encode, type JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSession, encodeSession } from "./jwt";

const secret = "jwt-test-secret-0123456789abcdef";
const token = { sub: "u1", sid: "s1", role: "ANALYST", sessionVersion: 3, authTime: 1, lastSeen: 2 } as unknown as JWT;

describe("the session cookie's encryption", () => {
  afterEach(() => vi.useRealTimers());

  it("is next-auth's own format: each reads the other's tokens", async () => {
    expect(await decodeSession({ token: await encode({ token, secret }), secret })).toMatchObject(token);
    expect(await decode({ token: await encodeSession({ token, secret }), secret })).toMatchObject(token);
    // A salted key (next-auth's other cookies) is a different key.
    const salted = await encode({ token, secret, salt: "other" });
    expect(await decodeSession({ token: salted, secret, salt: "other" })).toMatchObject(token);
    await expect(decodeSession({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses a token under another secret, or tampered with, even after the right one was read", async () => {
    const cookie = await encodeSession({ token, secret });
    expect(await decodeSession({ token: cookie, secret })).toMatchObject(token);
    await expect(decodeSession({ token: cookie, secret: `${secret}-other` })).rejects.toThrow();
    const tampered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(decodeSession({ token: tampered, secret })).rejects.toThrow();
  });

  it("refuses a token once it has expired, also when this process has read it before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-28T10:00:00Z"));
    const cookie = await encodeSession({ token, secret, maxAge: 60 });
    expect(await decodeSession({ token: cookie, secret })).toMatchObject(token);
    vi.setSystemTime(new Date("2026-11-28T10:01:10Z")); // 70 s: within the 15 s tolerance
    expect(await decodeSession({ token: cookie, secret })).toMatchObject(token);
    vi.setSystemTime(new Date("2026-11-28T10:01:20Z")); // 80 s: past it
    await expect(decodeSession({ token: cookie, secret })).rejects.toThrow(/exp/);
    await expect(decodeSession({ token: cookie, secret })).rejects.toThrow(/exp/);
  });

  it("hands out a copy: a caller changing the payload does not change the next reader's", async () => {
    const cookie = await encodeSession({ token, secret });
    const first = (await decodeSession({ token: cookie, secret }))!;
    first.role = "ADMIN";
    expect((await decodeSession({ token: cookie, secret }))!.role).toBe("ANALYST");
  });
});
