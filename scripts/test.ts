// `npm test`: the whole suite, as CI runs it. Installs Debian's Chromium (the browser Playwright
// drives) and poppler-utils (pdftotext and pdffonts, which the report tests read PDFs with) when they
// are missing, then runs the steps below in order and stops at the first that fails,
// exiting with that step's exit code (1 when it was killed by a signal). `npm test -- <step>[,<step>]`
// runs only the named steps: static, lint, format, vitest, build, verdicts, e2e, load.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

type Step = { name: string; title: string; command: string; args: string[] };

const STEPS: Step[] = [
  { name: "static", title: "Type check", command: "npx", args: ["tsc", "--noEmit"] },
  // ESLint (Next's rules, typescript-eslint with types) with zero warnings, then Prettier's check.
  { name: "lint", title: "Lint", command: "npx", args: ["eslint", ".", "--max-warnings=0"] },
  { name: "format", title: "Formatting", command: "npx", args: ["prettier", "--check", "."] },
  { name: "vitest", title: "Unit and integration tests", command: "npx", args: ["vitest", "run"] },
  { name: "build", title: "Production build", command: "npx", args: ["next", "build"] },
  // The test command's own verdicts: a failing unit, integration, end-to-end and load test, each in a
  // scratch copy of the repository, must make the command that runs it exit non-zero.
  { name: "verdicts", title: "Failing tests fail the run", command: "npx", args: ["tsx", "scripts/test-verdicts.ts"] },
  { name: "e2e", title: "End-to-end tests", command: "npx", args: ["tsx", "scripts/e2e.ts"] },
  // Two production instances on one fresh database: 50 racing saves (and the control run without the
  // version check), a short load with invariants, then the same with an app server and PostgreSQL killed.
  { name: "load", title: "Load, race and crash tests", command: "npx", args: ["tsx", "scripts/loadtest.ts", "--quick"] },
];

function run(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    const how = result.status === null ? `killed by ${result.signal ?? "a signal"}` : `exit code ${result.status}`;
    console.error(`\n✖ ${title} failed (${how}). Later steps were not run.`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const TOOLS = [
  { path: process.env.CHROMIUM_PATH || "/usr/bin/chromium", debianPackage: "chromium" },
  { path: "/usr/bin/pdftotext", debianPackage: "poppler-utils" },
];

function ensureTools() {
  const missing = TOOLS.filter((tool) => !existsSync(tool.path));
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.debianPackage);
  console.log(`${missing.map((tool) => tool.path).join(", ")} missing; installing Debian's ${packages.join(", ")}.`);
  const asRoot = (args: string[]) => (userInfo().uid === 0 ? args : ["sudo", "-n", ...args]);
  for (const [command, ...args] of [asRoot(["apt-get", "update", "-q"]), asRoot(["apt-get", "install", "-y", "-q", ...packages])]) {
    run(`Install ${packages.join(", ")}`, command, args, { DEBIAN_FRONTEND: "noninteractive" });
  }
}

const selected = process.argv[2]?.split(",").filter(Boolean);
const unknown = selected?.filter((name) => !STEPS.some((s) => s.name === name)) ?? [];
if (unknown.length) {
  console.error(`Unknown step ${unknown.join(", ")}; the steps are ${STEPS.map((s) => s.name).join(", ")}.`);
  process.exit(2);
}
ensureTools();
for (const step of STEPS) {
  if (selected && !selected.includes(step.name)) continue;
  // The verdict cases run this command in scratch copies; they must not start their own verdicts.
  if (step.name === "verdicts" && process.env.CT_TEST_VERDICT_CASE) continue;
  run(step.title, step.command, step.args);
}
console.log(selected ? `\nSteps passed: ${selected.join(", ")}.` : "\nAll tests passed.");
