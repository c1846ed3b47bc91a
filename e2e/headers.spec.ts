import { expect, test } from "@playwright/test";

for (const path of ["/login", "/api/health", "/commitments"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("proxy-bypass headers grant nothing (CVE-2025-29927 and kin)", async ({ request }) => {
  for (const headers of <Record<string, string>[]>[
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-subrequest": "src/middleware:proxy:proxy:proxy:proxy:proxy" },
    { "x-nextjs-data": "1", "x-invoke-path": "/commitments" },
  ]) {
    const response = await request.get("/commitments", { headers, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(headers)).toBe(307);
    expect(response.headers()["location"]).toContain("/login");
    const followed = await request.get("/commitments", { headers });
    expect(await followed.text()).not.toContain("Log a commitment");
  }
});
