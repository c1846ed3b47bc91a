import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import minimums from "./minimum-versions.json";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };

function installed(name: string): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/** Compares dotted release versions numerically; pre-release suffixes count as older. */
function atLeast(version: string, minimum: string): boolean {
  const parse = (v: string) => v.split("-")[0].split(".").map(Number);
  const [a, b] = [parse(version), parse(minimum)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return !version.includes("-") || minimum.includes("-");
}

describe("security-relevant versions", () => {
  it("compares versions the way semver orders releases", () => {
    expect(atLeast("16.4.6", "16.2.6")).toBe(true);
    expect(atLeast("16.2.5", "16.2.6")).toBe(false);
    expect(atLeast("16.10.0", "16.9.9")).toBe(true);
    expect(atLeast("19.3.0-canary", "19.3.0")).toBe(false);
  });

  for (const [name, entries] of Object.entries(minimums.packages)) {
    it(`${name} is pinned exactly and at or above every patched version`, () => {
      expect(manifest.dependencies[name], `${name} in package.json`).toMatch(/^\d+\.\d+\.\d+$/);
      const version = installed(name);
      expect(version).toBe(manifest.dependencies[name]);
      for (const entry of entries)
        expect(atLeast(version, entry.minimum), `${name} ${version} < ${entry.minimum}: ${entry.advisory}`).toBe(true);
    });
  }
});
