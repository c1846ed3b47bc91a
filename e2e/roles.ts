// The demo accounts' saved sessions, written by auth.setup.ts before the specs run.
export const STORAGE = {
  analyst: { email: "analyst@example.org", file: "playwright/.auth/analyst.json" },
  viewer: { email: "viewer@example.org", file: "playwright/.auth/viewer.json" },
  admin: { email: "admin@example.org", file: "playwright/.auth/admin.json" },
} as const;

export const as = (role: keyof typeof STORAGE) => ({ storageState: STORAGE[role].file });

/**
 * A context with no session. In a file with `test.use(as(…))`, `browser.newContext()` starts from
 * that role's session (Playwright Test applies `use` to every context), so a signed-out one says so.
 */
export const signedOut = { storageState: { cookies: [], origins: [] } };
