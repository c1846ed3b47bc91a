import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT) || 3100;
export const baseURL = `http://localhost:${port}`;

// Runs against a production build (`npm test` builds first) served by the same start script users
// run, with a throw-away embedded PostgreSQL and the demo data.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // One retry, only to record a trace of the failure; a test that passes on its retry is flaky and
  // fails the run all the same (failOnFlakyTests): a flaky test is a failure to fix, not a pass.
  retries: 1,
  failOnFlakyTests: true,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs in once per role (e2e/auth.setup.ts); specs start from those sessions.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      COMMITMENT_TRACKER_DATA_DIR: "data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT || "54339",
      SKIP_BUILD: "1",
    },
  },
});
