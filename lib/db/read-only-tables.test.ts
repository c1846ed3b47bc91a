import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// status_deltas, status_counts, status_periods, party_periods, party_score_counts, commitment_events, dashboard_deltas and party_score_deltas are kept by database triggers in the same
// transaction as the change they follow (schema.prisma marks them READ-ONLY). A write from the app
// would make the dashboard's figures disagree with the commitments, so no application code may write
// them: not through the Prisma client, not in SQL. (The migrations that define the triggers may.)
const MODELS = [
  "statusDelta",
  "statusCount",
  "statusPeriod",
  "partyPeriod",
  "partyScoreCount",
  "commitmentEvent",
  "dashboardDelta",
  "partyScoreDelta",
];
const TABLES = [
  "status_deltas",
  "status_counts",
  "status_periods",
  "party_periods",
  "party_score_counts",
  "commitment_events",
  "dashboard_deltas",
];
const PRISMA_WRITE = new RegExp(
  `\\.(?:${MODELS.join("|")})\\s*\\.\\s*(?:create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\\b`,
);
const SQL_WRITE = new RegExp(
  `\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?|COPY)\\s+"?(?:${TABLES.join("|")})\\b`,
  "i",
);

function applicationFiles(): string[] {
  return execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "app", "lib", "components", "scripts", "prisma/seed", "proxy.ts"],
    { encoding: "utf8" },
  )
    .split("\n")
    .filter((file) => /\.(?:ts|tsx|js|mjs)$/.test(file) && !file.startsWith("lib/generated/") && !file.endsWith(".test.ts"));
}

describe("trigger-maintained tables", () => {
  it("the patterns catch a write (so that the scan below can fail)", () => {
    expect(PRISMA_WRITE.test("await tx.statusCount.updateMany({ data: { n: 0 } })")).toBe(true);
    expect(SQL_WRITE.test('await db.$executeRaw`UPDATE "status_counts" SET n = 0`')).toBe(true);
    expect(SQL_WRITE.test("DELETE FROM status_deltas WHERE day > now()")).toBe(true);
    expect(SQL_WRITE.test("SELECT * FROM status_counts")).toBe(false);
  });

  it("are written by no application code", () => {
    const writers = applicationFiles().filter((file) => {
      const text = readFileSync(file, "utf8");
      return PRISMA_WRITE.test(text) || SQL_WRITE.test(text);
    });
    expect(writers).toEqual([]);
  });
});
