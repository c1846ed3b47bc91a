import http from "node:http";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { DEMO_PASSWORD } from "./helpers";

// Requests from a chosen loopback address (127.0.0.x): the server sees that address as the socket's
// peer, as it would see a remote client's, whatever X-Forwarded-For the request claims.
function requestFrom(localAddress: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, baseURL);
  return new Promise<{ status: number; cookies: string[]; text: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname + url.search,
        method: init.method ?? "GET",
        headers: { host: url.host, ...init.headers },
        localAddress,
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, cookies: res.headers["set-cookie"] ?? [], text }));
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/** One sign-in through next-auth's credentials endpoint, as the login form sends it; answers the error code, or "ok". */
async function attempt(localAddress: string, email: string, password: string, forwardedFor?: string): Promise<string> {
  const csrf = await requestFrom(localAddress, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
  const res = await requestFrom(localAddress, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  if (res.cookies.some((c) => c.includes("next-auth.session-token="))) return "ok";
  return new URL((JSON.parse(res.text) as { url: string }).url).searchParams.get("error") ?? `status ${res.status}`;
}

test("a sprayer who claims a new X-Forwarded-For with every attempt is still limited by the socket's address", async () => {
  test.setTimeout(120_000);
  const sprayer = "127.0.0.2";
  // 20 failures for 20 different unknown emails, each claiming another address; the 21st is refused.
  for (let i = 1; i <= 20; i++)
    expect(await attempt(sprayer, `spray-${i}@example.org`, "wrong password", `203.0.113.${i}`)).toBe("CredentialsSignin");
  expect(await attempt(sprayer, "spray-21@example.org", "wrong password", "203.0.113.21")).toBe("locked");
  // The address is locked now, even for a real account with its right password, whatever it claims.
  expect(await attempt(sprayer, "viewer@example.org", DEMO_PASSWORD, "198.51.100.77")).toBe("locked");
  // From another address the same account signs in: the limit is the sprayer's, not the account's.
  expect(await attempt("127.0.0.3", "viewer@example.org", DEMO_PASSWORD)).toBe("ok");
});
