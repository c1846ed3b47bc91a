// `npm test`: the whole suite, as CI runs it. Installs Debian's Chromium when it is missing (the
// browser Playwright drives), then: type check, unit and integration tests (real PostgreSQL),
// a production build, the end-to-end tests against it, and the load, race and crash tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(path)) return;
  console.log(`Chromium is not at ${path}; installing Debian's chromium package.`);
  const asRoot = (args: string[]) => (userInfo().uid === 0 ? args : ["sudo", "-n", ...args]);
  for (const [command, ...args] of [asRoot(["apt-get", "update", "-q"]), asRoot(["apt-get", "install", "-y", "-q", "chromium"])]) {
    step("Install Chromium", command, args, { DEBIAN_FRONTEND: "noninteractive" });
  }
}

const only = process.argv[2];
ensureChromium();
if (!only || only === "static") step("Type check", "npx", ["tsc", "--noEmit"]);
if (!only || only === "vitest") step("Unit and integration tests", "npx", ["vitest", "run"]);
if (!only || only === "e2e") {
  step("Production build", "npx", ["next", "build"]);
  step("End-to-end tests", "npx", ["tsx", "scripts/e2e.ts"]);
}
// Two production instances on one fresh database: 50 racing saves (and the control run without the
// version check), a short load with invariants, then the same with an app server and PostgreSQL killed.
if (!only || only === "load") step("Load, race and crash tests", "npx", ["tsx", "scripts/loadtest.ts", "--quick"]);
console.log("\nAll tests passed.");
