import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("pages need a session; the health check does not", async ({ page, request }) => {
  await page.goto("/commitments?status=IN_PROGRESS");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("analyst@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Scoped to the form: Next's route announcer is an alert too.
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toBeVisible();
  const wrongPassword = await alert.textContent();

  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(wrongPassword!);
  await expect(page).toHaveURL(/\/login/);
});

test("signing in returns to the page asked for, and signing out works from any page", async ({ page }) => {
  await page.goto("/meetings");
  await expect(page).toHaveURL(/callbackUrl=%2Fmeetings/);
  await page.getByLabel("Email").fill("viewer@example.org");
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/commitments");
  await expect(page).toHaveURL(/\/login/);
});

test("the login page is usable from the keyboard", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("analyst@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("demo-pass-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("after 5 failed attempts the account is locked, and the form says what to do", async ({ page }) => {
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill("locked-out@example.org");
    await page.getByLabel("Password").fill(`guess-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("do not match");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Too many failed sign-in attempts. Wait 15 minutes");
});

test("a session cookie replayed after signing out grants nothing", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("analyst@example.org");
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const stolen = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(stolen).toHaveLength(1);
  const cookie = `${stolen[0].name}=${stolen[0].value}`;
  const sessionEndpoint = () => fetch(new URL("/api/auth/session", page.url()), { headers: { cookie } });
  const live = await sessionEndpoint();
  expect(await live.json()).toMatchObject({ user: { email: "analyst@example.org", role: "ANALYST" } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // next-auth's own endpoint agrees with the pages: nothing about the user, and the cookie is cleared.
  const replayed = await sessionEndpoint();
  expect(await replayed.json()).toEqual({});
  const cleared = replayed.headers.getSetCookie().find((c) => c.startsWith(`${stolen[0].name}=`));
  expect(cleared, "the old cookie is cleared, not re-issued").toMatch(/^[^=]+=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);

  const attacker = await browser.newContext();
  await attacker.addCookies(stolen);
  const replay = await attacker.newPage();
  await replay.goto("/commitments");
  await expect(replay).toHaveURL(/\/login/);
  await attacker.close();
});

test("the login page has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("viewer@example.org");
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Served over plain http here; next-auth switches to a __Secure- cookie with Secure under https.
  expect(session.name).toBe("next-auth.session-token");
});
