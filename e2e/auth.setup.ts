import { test as setup } from "@playwright/test";
import { signIn } from "./helpers";
import { STORAGE } from "./roles";

// Signs in once per role and keeps the session (storageState) for every spec that needs that role.
// No spec may sign these sessions out or disable these accounts: specs that test signing out, or
// disabling an account, use sessions or accounts of their own.
for (const [role, { email, file }] of Object.entries(STORAGE)) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, email);
    await page.context().storageState({ path: file });
  });
}
