// A party assessment at one analyst, beside today's status update at one analyst: through the server
// action over HTTP (as the form sends it), and the same transaction's SQL run directly. Issue 12 asks
// that the new save be no slower than the status update.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { callServerAction } from "@/tests/support/server-action-client";
import { actionId } from "../load/harness";
import { summary } from "./measure";

export type AssessmentBenchmark = { action: { p50: number; p95: number; n: number }; sql: { p50: number; p95: number; n: number } };

const today = () => new Date().toISOString().slice(0, 10);

export async function benchmarkAssessments(base: string, cookie: string, url: string, saves = 40): Promise<AssessmentBenchmark> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // Parties whose latest assessment took effect before today, not saved by an earlier run.
  const { rows } = await pool.query<{ commitment_id: string; party_id: string; version: number }>(
    `SELECT commitment_id, party_id, version FROM commitment_parties
     WHERE status_effective_on < current_date AND version BETWEEN 2 AND 3 ORDER BY md5(commitment_id::text || $1) LIMIT 2`,
    [String(Date.now())],
  );
  const author = (await pool.query<{ id: string }>("SELECT id FROM users WHERE role = 'ANALYST' ORDER BY email LIMIT 1")).rows[0].id;
  const assess = actionId("assessPartyAction");
  const [viaApp, viaDirect] = rows.map((r) => ({ ...r }));

  const viaAction: number[] = [];
  for (let i = 0; i < saves + 2; i++) {
    const started = performance.now();
    const res = await callServerAction({
      base,
      path: `/commitments/${viaApp.commitment_id}`,
      actionId: assess,
      cookie,
      fields: {
        commitmentId: viaApp.commitment_id,
        partyId: viaApp.party_id,
        version: String(viaApp.version),
        status: "IN_PROGRESS",
        progress: String(10 + (i % 80)),
        effectiveOn: today(),
        responsibleBody: "",
        rationale: `Benchmark assessment ${i} through the server action.`,
        evidenceUrls: "",
        requestId: randomUUID(),
      },
    });
    const text = await res.text();
    if (!/"ok":true,"message":"Assessment saved\."/.test(text))
      throw new Error(`A benchmark assessment was not recorded: ${text.slice(0, 300)}`);
    viaApp.version++;
    if (i >= 2) viaAction.push(performance.now() - started);
  }

  const viaSql: number[] = [];
  for (let i = 0; i < saves + 2; i++) {
    const started = performance.now();
    const client = await pool.connect();
    try {
      const requestId = randomUUID();
      await client.query("BEGIN");
      const before = (
        await client.query(
          `SELECT cp.status, cp.progress, cp.status_effective_on, cp.responsible_body, cp.version, m.held_on
           FROM commitment_parties cp JOIN commitments c ON c.id = cp.commitment_id JOIN meetings m ON m.id = c.meeting_id
           WHERE cp.commitment_id = $1 AND cp.party_id = $2`,
          [viaDirect.commitment_id, viaDirect.party_id],
        )
      ).rows[0];
      const progress = 10 + (i % 80);
      const updated = await client.query(
        `UPDATE commitment_parties SET status = 'IN_PROGRESS', progress = $3, status_effective_on = $4, responsible_body = NULL, version = version + 1
         WHERE commitment_id = $1 AND party_id = $2 AND version = $5`,
        [viaDirect.commitment_id, viaDirect.party_id, progress, today(), viaDirect.version],
      );
      if (updated.rowCount !== 1) throw new Error("direct assessment conflicted");
      const inserted = await client.query(
        `INSERT INTO party_assessments (commitment_id, party_id, from_status, to_status, from_progress, progress, effective_on, rationale,
                                        evidence_urls, author_id, client_request_id)
         VALUES ($1, $2, $3, 'IN_PROGRESS', $4, $5, $6, $7, '{}', $8, $9) RETURNING id`,
        [
          viaDirect.commitment_id,
          viaDirect.party_id,
          before.status,
          before.progress,
          progress,
          today(),
          `Benchmark assessment ${i} as SQL.`,
          author,
          requestId,
        ],
      );
      await client.query(
        `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after) VALUES ($1, 'commitment.party-assessment', 'commitment', $2, $3, $4)`,
        [
          author,
          viaDirect.commitment_id,
          JSON.stringify({ status: before.status, version: before.version }),
          JSON.stringify({ assessmentId: inserted.rows[0].id }),
        ],
      );
      await client.query("COMMIT");
      viaDirect.version++;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
    if (i >= 2) viaSql.push(performance.now() - started);
  }
  await pool.end();
  return { action: summary(viaAction), sql: summary(viaSql) };
}
