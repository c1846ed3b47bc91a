import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { signIn } from "./helpers";
import { as, signedOut } from "./roles";
import { e2eDatabaseUrl } from "./support/db";

test.use(as("admin"));

test("an admin creates an account; its first sign-in must replace the one-time password", async ({ browser }) => {
  const adminContext = await browser.newContext(as("admin"));
  const admin = await adminContext.newPage();
  await admin.goto("/");
  await admin.getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { name: "Accounts" })).toBeVisible();
  const scan = await new AxeBuilder({ page: admin }).analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  const create = admin.getByRole("form", { name: "Create an account" });
  await create.getByLabel("Email").fill("desk.officer@example.org");
  await create.getByLabel("Name").fill("Desk Officer");
  await create.getByLabel("Role").selectOption("ANALYST");
  await create.getByRole("button", { name: "Create account" }).click();
  const oneTimePassword = (await admin.getByTestId("one-time-password").textContent())!;
  expect(oneTimePassword).toMatch(/^[\w-]{16}$/);
  await expect(admin.getByTestId("user-desk.officer@example.org")).toContainText("one-time password");

  const newcomer = await (await browser.newContext(signedOut)).newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("Email").fill("desk.officer@example.org");
  await newcomer.getByLabel("Password").fill(oneTimePassword);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer).toHaveURL(/\/account\/password/);
  await newcomer.goto("/commitments");
  await expect(newcomer).toHaveURL(/\/account\/password/);

  await newcomer.getByLabel("Current password").fill(oneTimePassword);
  await newcomer.getByLabel("New password", { exact: true }).fill("password1");
  await newcomer.getByLabel("New password, again").fill("password1");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByText("This password is on a list of common passwords")).toBeVisible();

  await newcomer.getByLabel("Current password").fill(oneTimePassword);
  await newcomer.getByLabel("New password", { exact: true }).fill("steppe wind over the Caspian");
  await newcomer.getByLabel("New password, again").fill("steppe wind over the Caspian");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?changed=1/);
  await newcomer.getByLabel("Email").fill("desk.officer@example.org");
  await newcomer.getByLabel("Password").fill("steppe wind over the Caspian");
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await adminContext.close();
});

test("disabling an account ends its open session on the next request", async ({ browser }) => {
  // An account of its own: disabling a demo account would end the sessions the other specs share.
  const email = "temporary.viewer@example.org";
  const password = "a passphrase to disable";
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  await db.query(
    `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, 'Temporary Viewer', 'VIEWER', $2, now())
     ON CONFLICT (email) DO UPDATE SET active = true`,
    [email, await hashPassword(password)],
  );
  await db.end();
  const victim = await (await browser.newContext(signedOut)).newPage();
  await signIn(victim, email, password);
  await victim.goto("/commitments");
  await expect(victim.getByRole("heading", { name: "Commitments" })).toBeVisible();

  const admin = await (await browser.newContext(as("admin"))).newPage();
  await admin.goto("/admin/users");
  const row = admin.getByTestId(`user-${email}`);
  // One form per row: the role and status menus, one Save button.
  await expect(row.getByRole("button", { name: /^Save/ })).toHaveCount(1);
  await row.getByLabel(`Status of ${email}`).selectOption("false");
  await row.getByRole("button", { name: `Save ${email}` }).click();
  await expect(row.getByRole("status")).toHaveText(/^Saved: account disabled\./);
  await expect(row.getByLabel(`Status of ${email}`)).toHaveValue("false");

  await victim.reload();
  await expect(victim).toHaveURL(/\/login/);

  // From the keyboard: choose, then Enter on Save.
  await row.getByLabel(`Status of ${email}`).selectOption("true");
  await row.getByRole("button", { name: `Save ${email}` }).press("Enter");
  await expect(row.getByRole("status")).toHaveText(/^Saved: account enabled\./);
  await expect(row.getByLabel(`Status of ${email}`)).toHaveValue("true");
});

test("an admin's own row shows their role as text, with nothing to change it", async ({ page }) => {
  await page.goto("/admin/users");
  const own = page.getByTestId("user-admin@example.org");
  await expect(own.getByRole("cell").nth(1)).toHaveText(/^Admin \(you/);
  await expect(own.getByRole("combobox")).toHaveCount(0);
  await expect(own.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  // Another account's row has the menus.
  await expect(page.getByTestId("user-analyst@example.org").getByLabel("Role of analyst@example.org")).toHaveValue("ANALYST");
});

test("a locked account is shown as locked; Unlock lets its right password in at once, and the audit trail says so", async ({ browser }) => {
  // An account of its own, locked by 5 failures from an address no other spec uses (two minutes old:
  // within the lock's window, outside the site-wide count of the last minute).
  const email = "locked.analyst@example.org";
  const password = "a passphrase that was locked out";
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  await db.query(
    `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, 'Lena Locked', 'ANALYST', $2, now())
     ON CONFLICT (email) DO UPDATE SET active = true, password_hash = EXCLUDED.password_hash`,
    [email, await hashPassword(password)],
  );
  await db.query(
    `INSERT INTO sign_in_attempts (email, ip, succeeded, attempted_at)
     SELECT $1, '198.51.100.240', false, now() - interval '2 minutes' FROM generate_series(1, 5)`,
    [email],
  );
  await db.end();

  const person = await (await browser.newContext(signedOut)).newPage();
  await person.goto("/login");
  await person.getByLabel("Email").fill(email);
  await person.getByLabel("Password").fill(password);
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(person.locator("form").getByRole("alert")).toContainText("Too many failed sign-in attempts");

  const admin = await (await browser.newContext(as("admin"))).newPage();
  await admin.goto("/admin/users");
  const row = admin.getByTestId(`user-${email}`);
  await expect(row.getByTestId("locked")).toHaveText(/^Locked until \d{2}:\d{2} UTC/);
  await expect(admin.getByTestId("user-analyst@example.org").getByRole("button", { name: /^Unlock/ })).toHaveCount(0);
  await row.getByRole("button", { name: `Unlock ${email}` }).click();
  await expect(row.getByRole("status")).toHaveText(/^Unlocked/);
  await expect(row.getByTestId("locked")).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Unlock ${email}` })).toHaveCount(0);

  await signIn(person, email, password);

  await admin.goto("/admin/audit?action=auth.unlock");
  const event = admin.getByTestId("audit-row").first();
  await expect(event).toContainText("Account unlocked");
  await expect(event.getByRole("cell").nth(2)).toHaveText("Ayla Admin");
  await expect(event.getByRole("cell").nth(3)).toHaveText("Lena Locked");
  await expect(event.getByTitle(email)).toBeVisible();
  await expect(event.getByRole("listitem").first()).toHaveText(/^Sign-in: Locked\s*→\s*(changed to)?\s*Open$/);
  await expect(event).not.toContainText("{");
});

test("admins browse and export the audit trail; others cannot", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  // The admin's own sign-in (made by the setup project), however many others have signed in since.
  await page.getByLabel("Action").selectOption("auth.sign-in");
  await page.getByLabel("By (email)").fill("admin@example.org");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=auth.sign-in/);
  // Readable: the action's label, the person's name (their email on hover), no action codes or ids.
  const first = page.getByTestId("audit-row").first();
  await expect(first).toContainText("Signed in");
  await expect(first).toContainText("Ayla Admin");
  await expect(first.getByTitle("admin@example.org").first()).toBeVisible();
  await expect(first).not.toContainText("auth.sign-in");
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  const download = await page.request.get("/api/audit/export?action=auth.sign-in");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const csv = await download.text();
  expect(csv.startsWith("\uFEFFid,occurred_at_utc,action")).toBe(true);
  expect(csv).toContain(",auth.sign-in,");
  expect(csv).not.toContain("auth.sign-in-failed");

  const viewer = await (await browser.newContext(as("viewer"))).newPage();
  expect((await viewer.request.get("/api/audit/export")).status()).toBe(403);
  expect((await viewer.goto("/admin/audit"))?.status()).toBe(403);
  await expect(viewer.getByText("Only admins manage accounts and read the audit trail")).toBeVisible();
  const anonymous = await browser.newContext(signedOut);
  expect((await anonymous.request.get("/api/audit/export", { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  await anonymous.close();
});

test("an admin measures the server's response time from the System page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "System" }).click();
  await page.getByRole("button", { name: "Measure the response time" }).click();
  await expect(page.getByRole("status")).toHaveText(/^20 round trips: median \d+ ms, slowest \d+ ms\.$/, { timeout: 30_000 });
});
