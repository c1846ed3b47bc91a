import { decode, encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, cookieFromHeader } from "@/lib/http/action-gate";
import { proxy } from "@/proxy";

const secret = "proxy-test-secret-0123456789abcdef";
const now = () => Math.floor(Date.now() / 1000);

async function request(
  path: string,
  token?: Record<string, unknown> | string,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  const headers = new Headers(init.headers);
  const cookie = typeof token === "string" ? token : token && (await encode({ token: token as JWT, secret }));
  if (cookie) headers.set("cookie", `next-auth.session-token=${cookie}`);
  return new NextRequest(new URL(path, "http://localhost:3000"), { headers, method: init.method });
}

describe("proxy", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = secret;
  });
  afterAll(() => {
    delete process.env.NEXTAUTH_SECRET;
  });

  it("sends visitors without a session cookie to sign in, remembering where they were going", async () => {
    const response = await proxy(await request("/commitments?status=IN_PROGRESS"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcommitments%3Fstatus%3DIN_PROGRESS");
  });

  it("slides the idle window of a live session by re-issuing its cookie", async () => {
    const token = { sub: "u1", sid: "s1", authTime: now() - 3600, lastSeen: now() - 600 };
    const response = await proxy(await request("/", token));
    const cookie = response.cookies.get("next-auth.session-token");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("lax");
    const refreshed = await decode({ token: cookie!.value, secret });
    expect(refreshed).toMatchObject({ sub: "u1", sid: "s1", authTime: token.authTime });
    expect(refreshed!.lastSeen as number).toBeGreaterThanOrEqual(now() - 1);
  });

  it("leaves recent, idle and expired sessions alone (the pages refuse the last two)", async () => {
    for (const token of [
      { sub: "u1", authTime: now() - 60, lastSeen: now() - 60 },
      { sub: "u1", authTime: now() - 20 * 3600, lastSeen: now() - 9 * 3600 },
      { sub: "u1", authTime: now() - 8 * 86_400, lastSeen: now() - 600 },
    ]) {
      const response = await proxy(await request("/", token));
      expect(response.status).toBe(200);
      expect(response.cookies.get("next-auth.session-token")).toBeUndefined();
    }
  });

  it("refuses a server action whose session cookie does not decode, before its body is read", async () => {
    const action = { method: "POST", headers: { "next-action": "0123abcd" } };
    for (const garbage of [
      "garbage",
      "a.b.c.d.e",
      await encode({ token: { sub: "u1" } as JWT, secret: "another-secret-0123456789abcdef" }),
    ]) {
      const response = await proxy(await request("/commitments/new", garbage, action));
      expect(response.status, garbage.slice(0, 20)).toBe(401);
      expect(await response.text()).toContain("Sign in again");
    }
    // A cookie that decodes goes on to the action, even an ended session's: the action says so in the form.
    const ended = { sub: "u1", authTime: now() - 20 * 3600, lastSeen: now() - 9 * 3600 };
    expect((await proxy(await request("/commitments/new", ended, action))).status).toBe(200);
    // Pages (GET) with a bad cookie go on to the page, which sends the visitor to sign in.
    expect((await proxy(await request("/commitments", "garbage"))).status).toBe(200);
    // No cookie at all: refused too (a page would redirect to sign in; an action's body is not read).
    expect((await proxy(await request("/commitments/new", undefined, action))).status).toBe(401);
  });

  it("refuses a server action that declares a body over the actions' limit, whoever sends it", async () => {
    const live = { sub: "u1", authTime: now() - 60, lastSeen: now() - 60 };
    const over = { method: "POST", headers: { "next-action": "0123abcd", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) } };
    const response = await proxy(await request("/commitments/new", live, over));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("larger than 1 MB");
    const under = { method: "POST", headers: { "next-action": "0123abcd", "content-length": String(ACTION_BODY_LIMIT_BYTES) } };
    expect((await proxy(await request("/commitments/new", live, under))).status).toBe(200);
  });

  it("uses the same limit as next.config.js gives Next for server actions", async () => {
    const config = (await import("../../next.config.js")).default as { experimental: { serverActions: { bodySizeLimit: string } } };
    expect(config.experimental.serverActions.bodySizeLimit).toBe("1mb");
    expect(ACTION_BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });
});

describe("cookieFromHeader", () => {
  it("finds one cookie among several, and nothing where it is absent", () => {
    expect(cookieFromHeader("a=1; next-auth.session-token=x.y=z; b=2", "next-auth.session-token")).toBe("x.y=z");
    expect(cookieFromHeader("a=1", "next-auth.session-token")).toBeNull();
    expect(cookieFromHeader(undefined, "a")).toBeNull();
  });
});
