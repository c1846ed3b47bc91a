import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "./audit-labels";

// An action code is a quoted "entity.verb" (with hyphens): every such literal in the code that writes
// audit rows (the data layer, and the demo seed) is a code the audit page must be able to name.
const ACTION_CODE = /["']([a-z]+\.[a-z]+(?:-[a-z]+)*)["']/g;
const WRITERS = ["lib/data", "prisma/seed"];

function codesWritten(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of WRITERS) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      for (const [, code] of text.matchAll(ACTION_CODE)) found.set(code, `${dir}/${file}`);
    }
  }
  return found;
}

describe("audit action labels", () => {
  it("the scan finds codes however they are written (so that the checks below can fail)", () => {
    const sample = `recordAudit(tx, a, { action: "auth.sign-in-locked" }); const action = ok ? "user.enable" : 'user.disable';`;
    expect([...sample.matchAll(ACTION_CODE)].map((m) => m[1])).toEqual(["auth.sign-in-locked", "user.enable", "user.disable"]);
    expect([...'import { db } from "@/lib/db/client"; import x from "./audit";'.matchAll(ACTION_CODE)]).toEqual([]);
    const written = codesWritten();
    expect(written.size).toBeGreaterThanOrEqual(18);
    expect(written.get("commitment.status-update")).toBe("lib/data/commitments.ts");
    expect(written.get("auth.unlock")).toBe("lib/data/users.ts");
  });

  it("name every action code written anywhere in lib/data (and the seed)", () => {
    const unlabelled = [...codesWritten()]
      .filter(([code]) => !Object.hasOwn(AUDIT_ACTION_LABELS, code))
      .map(([code, file]) => `${code} (${file})`);
    expect(unlabelled).toEqual([]);
  });

  it("name no code that is no longer written", () => {
    const written = codesWritten();
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((code) => !written.has(code))).toEqual([]);
  });

  it("are readable sentences, and an unknown code is shown as it is", () => {
    expect(auditActionLabel("commitment.status-update")).toBe("Status update recorded");
    expect(auditActionLabel("auth.sign-in")).toBe("Signed in");
    expect(auditActionLabel("constructor")).toBe("constructor");
    expect(auditActionLabel("probe")).toBe("probe");
    for (const label of Object.values(AUDIT_ACTION_LABELS)) expect(label).toMatch(/^[A-Z][a-z]/);
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size).toBe(Object.keys(AUDIT_ACTION_LABELS).length);
  });
});
