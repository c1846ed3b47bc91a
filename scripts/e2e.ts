// `npm run test:e2e`: Playwright against the production build, in Debian's Chromium, with a fresh
// embedded PostgreSQL (data/e2e is recreated every run).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (`npm test` does).");
  process.exit(1);
}
rmSync("data/e2e", { recursive: true, force: true });
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
