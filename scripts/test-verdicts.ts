// The test command's own test: a failing test of each kind must make the command that runs it exit
// non-zero. Each case copies the working tree into tmp/verdicts/<case> (node_modules, the generated
// Prisma client and the production build are linked, not copied), replaces that kind's tests with a
// fixture that fails on purpose, runs the command `npm test` or `.ci/run` runs for that kind, and
// checks the exit code and that the output names the fixture's failure (so a scratch copy that is
// broken for another reason cannot pass for a verdict).
//
//   npx tsx scripts/test-verdicts.ts            every case (`npm test` runs this after the build)
//   npx tsx scripts/test-verdicts.ts unit,load  the named cases
//
// The PostgreSQL 15 case runs when CI_POSTGRES_URL names a server (.ci/run sets it).
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

type Case = {
  name: string;
  /** What must hold, in the words of the closing line. */
  claim: string;
  /** Fixture files written into the scratch copy, after every test of the repository was removed. */
  fixtures: Record<string, string>;
  command: string[];
  env?: Record<string, string>;
  /** Each must appear in the output: proof that the run failed because of the fixture. */
  mustShow: string[];
  /** Output that means the run went on past the failing step: the run is stopped there and the case fails. */
  mustNotReach?: string;
  needsBuild?: boolean;
  timeoutMs: number;
};

const ROOT = process.cwd();
const SCRATCH = path.join(ROOT, "tmp", "verdicts");

const unitFixture = (pass: boolean) => `import { expect, it } from "vitest";

it("verdict fixture: a unit test that ${pass ? "passes" : "fails on purpose"}", () => {
  expect(1 + 1).toBe(${pass ? 2 : 3});
});
`;

// Reads the test database, so that the integration project's global setup (which starts PostgreSQL)
// really runs in the runner's process.
const integrationFixture = (pass: boolean) => `import pg from "pg";
import { expect, it } from "vitest";

it("verdict fixture: an integration test that ${pass ? "passes" : "fails on purpose"}", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM meetings");
  await client.end();
  expect(rows[0].n).toBe(${pass ? 0 : 1});
});
`;

const e2eFixture = `import { expect, test } from "@playwright/test";

test("verdict fixture: an end-to-end test that fails on purpose", async ({ page }) => {
  await page.goto("/login");
  await expect(page).toHaveTitle("a title no page has", { timeout: 2_000 });
});
`;

const postgresUrl = process.env.CI_POSTGRES_URL;

const CASES: Case[] = [
  {
    name: "unit",
    claim: "a failing unit test makes `npm test` exit non-zero, and no later step runs",
    fixtures: { "lib/verdict-fixture.test.ts": unitFixture(false), "tests/verdict-fixture.integration.test.ts": integrationFixture(true) },
    command: ["npm", "test"],
    mustShow: ["✔ Type check", "verdict fixture: a unit test that fails on purpose", "1 failed", "✖ Unit and integration tests failed"],
    mustNotReach: "▶ Production build",
    timeoutMs: 10 * 60_000,
  },
  {
    name: "integration",
    claim: "a failing integration test (embedded PostgreSQL) makes `npm test`'s Vitest step exit non-zero",
    fixtures: { "lib/verdict-fixture.test.ts": unitFixture(true), "tests/verdict-fixture.integration.test.ts": integrationFixture(false) },
    command: ["npm", "test", "--", "vitest"],
    mustShow: ["verdict fixture: an integration test that fails on purpose", "1 failed", "✖ Unit and integration tests failed"],
    timeoutMs: 5 * 60_000,
  },
  {
    name: "integration-postgres",
    claim:
      "a failing integration test against the server in CI_POSTGRES_URL makes `npm run test:integration` (as .ci/run calls it) exit non-zero",
    fixtures: { "tests/verdict-fixture.integration.test.ts": integrationFixture(false) },
    command: ["npm", "run", "test:integration"],
    env: { TEST_DATABASE_URL: postgresUrl ?? "" },
    mustShow: ["verdict fixture: an integration test that fails on purpose", "1 failed"],
    timeoutMs: 5 * 60_000,
  },
  {
    name: "e2e",
    claim: "a failing end-to-end test makes `npm test`'s end-to-end step exit non-zero",
    fixtures: { "e2e/verdict-fixture.spec.ts": e2eFixture },
    command: ["npm", "test", "--", "e2e"],
    env: { E2E_PORT: "3161", E2E_PG_PORT: "54362" },
    mustShow: ["verdict fixture: an end-to-end test that fails on purpose", "1 failed", "✖ End-to-end tests failed"],
    needsBuild: true,
    timeoutMs: 5 * 60_000,
  },
  {
    name: "load",
    claim: "a failed load-test invariant makes `npm test`'s load step exit non-zero",
    fixtures: {},
    command: ["npm", "test", "--", "load"],
    env: { LOADTEST_FAULT: "lost-audit-row", LOADTEST_PORT: "3163", LOADTEST_PG_PORT: "54363" },
    mustShow: [
      "fault injected: 1 audit row",
      "recorded updates do not have exactly one audit row",
      "Load test FAILED",
      "✖ Load, race and crash tests failed",
    ],
    needsBuild: true,
    timeoutMs: 6 * 60_000,
  },
];

const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || /^e2e\/.*\.spec\.ts$/.test(file);

/** A copy of the working tree (tracked and new files, as they are on disk) without its tests. */
function scratchCopy(name: string, linkBuild: boolean): string {
  const dir = path.join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  // As root, the embedded PostgreSQL runs as the user `postgres`, which must reach its data folder.
  for (const folder of [path.dirname(SCRATCH), SCRATCH, dir]) {
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o755);
  }
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
    .split("\0")
    .filter((file) => file && existsSync(file) && !isTestFile(file));
  for (const file of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  // The build is linked only where a case needs it: a run that wrongly went on to `next build` must not
  // be able to overwrite the real one.
  for (const linked of ["node_modules", "lib/generated", ...(linkBuild ? [".next"] : [])]) {
    if (existsSync(linked)) symlinkSync(path.join(ROOT, linked), path.join(dir, linked));
  }
  return dir;
}

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

type Outcome = { code: number | null; signal: string | null; output: string; stoppedAt: string | null; timedOut: boolean };

function runIn(dir: string, verdictCase: Case): Promise<Outcome> {
  const [command, ...args] = verdictCase.command;
  return new Promise((resolve) => {
    // Its own process group, so that a run that goes too far can be stopped with everything it started.
    const child = spawn(command, args, {
      cwd: dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        ...verdictCase.env,
        CT_TEST_VERDICT_CASE: verdictCase.name,
        TEST_EMBEDDED_PG_PORT: "54361",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
    });
    let output = "";
    let stoppedAt: string | null = null;
    let timedOut = false;
    // SIGKILL: a process blocked in spawnSync (the test command is) cannot act on SIGTERM until its
    // child returns, and `next build` runs on after SIGTERM.
    const stop = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (verdictCase.mustNotReach && !stoppedAt && stripAnsi(output).includes(verdictCase.mustNotReach)) {
        stoppedAt = verdictCase.mustNotReach;
        stop();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, verdictCase.timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output: stripAnsi(output), stoppedAt, timedOut });
    });
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one case; returns what went wrong, or null when the verdict was right. */
async function check(verdictCase: Case): Promise<string | null> {
  if (verdictCase.needsBuild && !existsSync(".next/BUILD_ID"))
    return "needs a production build (`npm run build`, or `npm test` builds first)";
  const dir = scratchCopy(verdictCase.name, verdictCase.needsBuild ?? false);
  for (const [file, content] of Object.entries(verdictCase.fixtures)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  const outcome = await runIn(dir, verdictCase);
  const problems: string[] = [];
  if (outcome.timedOut) problems.push(`did not finish within ${verdictCase.timeoutMs / 60_000} min`);
  if (outcome.stoppedAt) problems.push(`went on to "${outcome.stoppedAt}" after the failure (stopped there)`);
  else if (outcome.code === 0) problems.push("exited 0");
  const missing = verdictCase.mustShow.filter((text) => !outcome.output.includes(text));
  if (missing.length) problems.push(`its output does not show ${missing.map((m) => `"${m}"`).join(", ")}`);
  if (problems.length) {
    const tail = outcome.output.trim().split("\n").slice(-40).join("\n    ");
    return `${problems.join("; ")}.\n  Last lines of its output:\n    ${tail}`;
  }
  rmSync(dir, { recursive: true, force: true });
  return null;
}

async function main() {
  const selected = process.argv[2]?.split(",").filter(Boolean);
  const failures: string[] = [];
  for (const verdictCase of CASES) {
    if (selected && !selected.includes(verdictCase.name)) continue;
    if (verdictCase.name === "integration-postgres") {
      if (!postgresUrl) {
        console.log(`– ${verdictCase.name}: skipped (set CI_POSTGRES_URL to a local PostgreSQL server to run it; .ci/run does)`);
        continue;
      }
      if (!(await reachable(postgresUrl))) {
        failures.push(verdictCase.name);
        console.log(`✖ ${verdictCase.name}: no PostgreSQL answers at CI_POSTGRES_URL`);
        continue;
      }
    }
    const started = Date.now();
    console.log(`… ${verdictCase.name}: ${verdictCase.claim}`);
    const problem = await check(verdictCase);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (problem) {
      failures.push(verdictCase.name);
      console.log(`✖ ${verdictCase.name} (${seconds} s): ${problem}`);
    } else {
      console.log(`✔ ${verdictCase.name} (${seconds} s): exited non-zero, naming the fixture's failure`);
    }
  }
  if (failures.length) {
    console.error(`\nThe test command does not report every failure: ${failures.join(", ")}. Scratch copies kept in ${SCRATCH}.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
