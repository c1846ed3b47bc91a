import { decode, encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const secret = "proxy-test-secret-0123456789abcdef";
const now = () => Math.floor(Date.now() / 1000);

async function request(path: string, token?: Record<string, unknown>) {
  const headers = new Headers();
  if (token) headers.set("cookie", `next-auth.session-token=${await encode({ token: token as JWT, secret })}`);
  return new NextRequest(new URL(path, "http://localhost:3000"), { headers });
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
});
