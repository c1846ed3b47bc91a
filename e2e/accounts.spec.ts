import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin creates an account; its first sign-in must replace the one-time password", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@example.org");
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

  const newcomer = await (await browser.newContext()).newPage();
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
  const victim = await (await browser.newContext()).newPage();
  await signIn(victim, "viewer@example.org");
  await victim.goto("/commitments");
  await expect(victim.getByRole("heading", { name: "Commitments" })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@example.org");
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: "Disable viewer@example.org" }).click();
  await expect(admin.getByTestId("user-viewer@example.org")).toContainText("Disabled");

  await victim.reload();
  await expect(victim).toHaveURL(/\/login/);

  await admin.getByRole("button", { name: "Enable viewer@example.org" }).click();
  await expect(admin.getByTestId("user-viewer@example.org")).toContainText("Active");
});
