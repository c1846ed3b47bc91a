import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn as signInOverHttp } from "../scripts/bench/measure";
import { baseURL } from "../playwright.config";
import { callServerAction, serverActionId } from "../tests/support/server-action-client";
import { e2eDatabaseUrl } from "./support/db";

// 50 analysts' saves of one commitment, all from the same version, sent at once through the real
// HTTP server: exactly one is recorded, the other 49 are told someone else saved first.

test("50 simultaneous saves from one version: exactly one wins, one history row, one audit row", async () => {
  test.setTimeout(90_000);
  const actionId = serverActionId("updateCommitmentStatusAction");
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  const { id, version } = (await db.query(`SELECT id, version FROM commitments WHERE title LIKE 'Intensify exchanges of researchers%'`))
    .rows[0];
  const count = async (sql: string) => (await db.query(sql, [id])).rows[0].n as number;
  const historyBefore = await count(`SELECT count(*)::int AS n FROM status_updates WHERE commitment_id = $1`);
  const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1::text`);

  const cookie = await signInOverHttp(baseURL, "analyst@example.org", "demo-pass-2026");
  const today = new Date().toISOString().slice(0, 10);
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      callServerAction({
        base: baseURL,
        path: `/commitments/${id}`,
        actionId,
        cookie,
        fields: {
          commitmentId: id,
          version: String(version),
          status: "IN_PROGRESS",
          progress: String(i + 1),
          effectiveOn: today,
          rationale: `Concurrent analyst ${i} saving.`,
          evidenceUrls: "",
        },
      }).then(async (r) => ({ status: r.status, text: await r.text() })),
    ),
  );

  expect(responses.every((r) => r.status < 500)).toBe(true);
  const conflicts = responses.filter((r) => r.text.includes("Someone else saved this commitment"));
  expect(conflicts).toHaveLength(49);
  expect(await count(`SELECT count(*)::int AS n FROM status_updates WHERE commitment_id = $1`)).toBe(historyBefore + 1);
  expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1::text`)).toBe(auditBefore + 1);
  const after = (await db.query(`SELECT version, status FROM commitments WHERE id = $1`, [id])).rows[0];
  expect(after).toEqual({ version: version + 1, status: "IN_PROGRESS" });
  await db.end();
});
