// Builds the benchmark dataset inside PostgreSQL (no rows cross the wire): 2,000 meetings,
// 100,000 commitments with 2–3 parties each, 1,000,000 status updates (ten per commitment, each a
// real move from the previous status) and about 300,000 per-party assessments (one or two per party
// of each commitment), through the same triggers the app relies on.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";

export const BENCH_PASSWORD = "bench-pass-2026";
export const BENCH_ANALYST = "bench-analyst@example.org";
export const BENCH_VIEWER = "bench-viewer@example.org";

/** The benchmark's database: `ct_bench` on BENCH_DATABASE_URL's server, else the embedded one in data/bench. */
export async function benchDatabase(log: (line: string) => void): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const admin = new URL(process.env.BENCH_DATABASE_URL);
    admin.pathname = "/postgres";
    await ensureDatabase(admin.toString(), "ct_bench");
    admin.pathname = "/ct_bench";
    return { url: admin.toString(), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: "data/bench", port: 54345, database: "ct_bench", log });
  return { url: server.url, stop: server.stop };
}

/**
 * Each commitment's current status, progress and date from its latest status update, with its version
 * set to $1 (the number of updates written), as the app's saves leave them: every commitment when $2 is
 * null, else the commitment $2 alone.
 */
export const CURRENT_FROM_LATEST_SQL = `UPDATE commitments c SET status = l.to_status, progress = l.progress, status_effective_on = l.effective_on,
        last_updated_at = l.recorded_at, version = $1
  FROM (SELECT DISTINCT ON (commitment_id) commitment_id, to_status, progress, effective_on, recorded_at
        FROM status_updates WHERE $2::uuid IS NULL OR commitment_id = $2::uuid
        ORDER BY commitment_id, effective_on DESC, recorded_at DESC) l
  WHERE l.commitment_id = c.id`;

export type DatasetSize = { meetings: number; perMeeting: number; updatesPerCommitment: number };
export const FULL_SIZE: DatasetSize = { meetings: 2000, perMeeting: 50, updatesPerCommitment: 10 };

const PARTY_NAMES = [
  "Türkiye",
  "Kazakhstan",
  "Azerbaijan",
  "Uzbekistan",
  "Kyrgyzstan",
  "Turkmenistan",
  "Hungary",
  "Georgia",
  "Mongolia",
  "Tajikistan",
  "Organization of Turkic States",
  "European Union",
  "China",
  "Japan",
  "Republic of Korea",
  "Pakistan",
  "Qatar",
  "Saudi Arabia",
  "United Arab Emirates",
  "Egypt",
];

export async function buildDataset(url: string, size: DatasetSize, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, values);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    // One transaction: a build that fails half-way leaves nothing behind.
    await client.query("BEGIN");
    await step(
      "users",
      `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES
         (gen_random_uuid(), $1, 'Bench Analyst', 'ANALYST', $3, now()),
         (gen_random_uuid(), $2, 'Bench Viewer', 'VIEWER', $3, now())`,
      [BENCH_ANALYST, BENCH_VIEWER, hash],
    );
    await step(
      "parties",
      `INSERT INTO parties (id, name, kind)
       SELECT gen_random_uuid(), name, 'STATE'::"PartyKind" FROM unnest($1::text[]) AS name
       UNION ALL SELECT gen_random_uuid(), 'State ' || lpad(i::text, 2, '0'), 'STATE'::"PartyKind" FROM generate_series(1, 30) i`,
      [PARTY_NAMES],
    );
    await step(
      "meetings",
      `INSERT INTO meetings (id, slug, title, kind, held_on, location, updated_at)
       SELECT gen_random_uuid(), 'bench-meeting-' || i, 'Benchmark meeting ' || i, 'Bilateral ministerial',
              date '2023-01-02' + (i * 1090 / $1)::int, 'Capital ' || (i % 40), now()
       FROM generate_series(1, $1) i`,
      [size.meetings],
    );
    await step(
      "commitments",
      `WITH m AS (SELECT id, held_on, row_number() OVER (ORDER BY held_on, id) AS n FROM meetings WHERE slug LIKE 'bench-meeting-%')
       INSERT INTO commitments (id, meeting_id, title, category, source_quote, target_date, target_precision,
                                status, progress, status_effective_on, last_updated_at, version, created_at, updated_at)
       SELECT gen_random_uuid(), m.id,
              format('%s %s with %s (%s.%s)', (ARRAY['Deepen','Expand','Strengthen','Establish','Implement','Hold','Open','Launch','Modernize','Support'])[1 + h % 10],
                     (ARRAY['cooperation on energy','trade in agriculture','the Middle Corridor','schools in Astana','defence-industry joint ventures',
                            'critical minerals processing','digital connectivity','health capacity-building','a school in Nurdağı','the Action Plan'])[1 + (h / 10) % 10],
                     (ARRAY['Türkiye','Kazakhstan','Azerbaijan','Almaty','Ankara','Baku','Turkistan','Astana'])[1 + (h / 100) % 8], m.n, j),
              ($2::text[])[1 + (h / 1000) % 12],
              'The sides agreed to continue their work on this benchmark pledge number ' || m.n || '.' || j || '.',
              CASE WHEN h % 4 = 3 THEN NULL ELSE m.held_on + (180 + h % 720) END,
              (ARRAY['DAY','MONTH','YEAR','NONE'])[1 + h % 4]::"TargetPrecision",
              'NOT_YET_ASSESSED', 0, m.held_on, now(), 1, now(), now()
       FROM m CROSS JOIN generate_series(1, $1) AS j
       CROSS JOIN LATERAL (SELECT abs(hashtext(m.id::text || j)) AS h) AS x`,
      [size.perMeeting, COMMITMENT_CATEGORIES],
    );
    await step(
      "commitment parties",
      `WITH p AS (SELECT array_agg(id ORDER BY name) AS ids, count(*)::int AS n FROM parties),
       c AS (SELECT id, abs(hashtext(id::text)) AS h FROM commitments)
       INSERT INTO commitment_parties (commitment_id, party_id)
       SELECT DISTINCT c.id, p.ids[1 + k.i] FROM c, p
       CROSS JOIN LATERAL (VALUES (c.h % p.n), ((c.h % p.n + 1 + (c.h / 7) % (p.n - 1)) % p.n),
                                  (CASE WHEN c.h % 3 = 0 THEN (c.h % p.n + p.n / 2) % p.n END)) AS k(i)
       WHERE k.i IS NOT NULL`,
    );
    // Ten status updates per commitment, a month or so apart: the first logs it, the rest move it.
    const batches = 10;
    const total = size.meetings;
    for (let b = 0; b < batches; b++) {
      const from = Math.floor((b * total) / batches) + 1;
      const to = Math.floor(((b + 1) * total) / batches);
      await step(
        `status updates, meetings ${from}–${to}`,
        `WITH m AS (SELECT id, n FROM (SELECT id, row_number() OVER (ORDER BY held_on, id) AS n FROM meetings WHERE slug LIKE 'bench-meeting-%') x
                    WHERE n BETWEEN $1 AND $2),
         steps AS (
           SELECT c.id AS commitment_id, k, s.status, s.progress,
                  mt.held_on + (k * 30 + (abs(hashtext(c.id::text || k)) % 20) * (k > 0)::int) AS effective_on
           FROM commitments c JOIN m ON m.id = c.meeting_id JOIN meetings mt ON mt.id = c.meeting_id
           CROSS JOIN generate_series(0, $3 - 1) AS k
           CROSS JOIN LATERAL (
             SELECT CASE WHEN k = 0 THEN 'NOT_YET_ASSESSED'
                         ELSE (ARRAY['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','STALLED','PARTIALLY_FULFILLED','FULFILLED','BROKEN'])[1 + abs(hashtext(c.id::text || k || 's')) % 7] END::"CommitmentStatus" AS status) AS st
           CROSS JOIN LATERAL (
             SELECT st.status, CASE st.status WHEN 'FULFILLED' THEN 100 WHEN 'PARTIALLY_FULFILLED' THEN 50 WHEN 'IN_PROGRESS' THEN 10 + k * 5
                                              WHEN 'STALLED' THEN 20 ELSE 0 END AS progress) AS s)
         INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, recorded_at, rationale, evidence_urls, author_id)
         SELECT gen_random_uuid(), commitment_id,
                lag(status) OVER w, status, lag(progress) OVER w, progress, effective_on, effective_on + interval '9 hours',
                'Benchmark update ' || k, '{}', (SELECT id FROM users WHERE email = $4)
         FROM steps WINDOW w AS (PARTITION BY commitment_id ORDER BY k)`,
        [from, to, size.updatesPerCommitment, BENCH_ANALYST],
      );
    }
    await step("current status from the latest update", CURRENT_FROM_LATEST_SQL, [size.updatesPerCommitment, null]);
    await insertPartyAssessments(step);
    await client.query("COMMIT");
    await step("vacuum analyze", "VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

type Step = (label: string, sql: string, values?: unknown[]) => Promise<void>;

/**
 * Per-party assessments: one for every party of every commitment, and a second for a third of them,
 * 45 days or so apart after the meeting; then each party's state from its latest assessment.
 */
async function insertPartyAssessments(step: Step) {
  await step(
    "party assessments",
    `WITH steps AS (
       SELECT cp.commitment_id, cp.party_id, k,
              m.held_on + (k * 45 + abs(hashtext(cp.commitment_id::text || cp.party_id::text || k)) % 30) AS effective_on,
              (ARRAY['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','STALLED','PARTIALLY_FULFILLED','FULFILLED','BROKEN'])[
                1 + abs(hashtext(cp.party_id::text || cp.commitment_id::text || k || 'p')) % 7]::"CommitmentStatus" AS status
       FROM commitment_parties cp JOIN commitments c ON c.id = cp.commitment_id JOIN meetings m ON m.id = c.meeting_id
       CROSS JOIN LATERAL generate_series(1, 1 + (abs(hashtext(cp.commitment_id::text || cp.party_id::text)) % 3 = 0)::int) AS k),
     scored AS (
       SELECT *, CASE status WHEN 'FULFILLED' THEN 100 WHEN 'PARTIALLY_FULFILLED' THEN 50 WHEN 'IN_PROGRESS' THEN 10 + k * 5
                             WHEN 'STALLED' THEN 20 ELSE 0 END AS progress
       FROM steps)
     INSERT INTO party_assessments (commitment_id, party_id, from_status, to_status, from_progress, progress, effective_on, recorded_at,
                                    rationale, evidence_urls, author_id)
     SELECT commitment_id, party_id, coalesce(lag(status) OVER w, 'NOT_YET_ASSESSED'), status, coalesce(lag(progress) OVER w, 0), progress,
            effective_on, effective_on + interval '10 hours', 'Benchmark assessment ' || k, '{}', (SELECT id FROM users WHERE email = $1)
     FROM scored WINDOW w AS (PARTITION BY commitment_id, party_id ORDER BY k)`,
    [BENCH_ANALYST],
  );
  await step(
    "each party's state from its latest assessment",
    `UPDATE commitment_parties cp SET status = l.to_status, progress = l.progress, status_effective_on = l.effective_on, version = 1 + l.n
     FROM (SELECT DISTINCT ON (commitment_id, party_id) commitment_id, party_id, to_status, progress, effective_on,
                  count(*) OVER (PARTITION BY commitment_id, party_id) AS n
           FROM party_assessments ORDER BY commitment_id, party_id, effective_on DESC, recorded_at DESC) l
     WHERE l.commitment_id = cp.commitment_id AND l.party_id = cp.party_id`,
  );
}

/** Adds the per-party assessments to a dataset built before they existed (the rest is kept). */
export async function ensurePartyAssessments(url: string, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM party_assessments");
    if (rows[0].n > 0) return;
    log("Adding per-party assessments to the existing dataset…");
    await client.query("BEGIN");
    await insertPartyAssessments(async (label, sql, values = []) => {
      const started = performance.now();
      const result = await client.query(sql, values);
      log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The dashboard views the benchmark times (`npm run bench`, `npm run bench:statements`), each as a URL
 * query: none (and none by week), and one, two and three filters; the meeting is the one with the most commitments in the
 * category with Türkiye, so that three filters together still show something.
 */
export async function dashboardViews(pool: Pick<pg.Pool, "query">): Promise<{ name: string; query: string }[]> {
  const category = "Energy & mining";
  const { rows } = await pool.query<{ slug: string }>(
    `SELECT m.slug FROM meetings m JOIN commitments c ON c.meeting_id = m.id JOIN commitment_parties cp ON cp.commitment_id = c.id
     JOIN parties p ON p.id = cp.party_id WHERE m.slug LIKE 'bench-meeting-%' AND c.category = $1 AND p.name = 'Türkiye'
     GROUP BY m.slug ORDER BY count(*) DESC, m.slug LIMIT 1`,
    [category],
  );
  const meeting = rows[0].slug;
  const c = encodeURIComponent(category);
  return [
    { name: "all commitments", query: "" },
    // The default draws this history (January 2023 on) by month; the weekly series, as asked for.
    { name: "all commitments, by week", query: "bucket=week" },
    { name: "one meeting", query: `meeting=${meeting}` },
    { name: "one category", query: `category=${c}` },
    { name: "one party", query: "party=Kazakhstan" },
    { name: "two filters (category, party)", query: `category=${c}&party=T%C3%BCrkiye` },
    { name: "three filters (meeting, category, party)", query: `meeting=${meeting}&category=${c}&party=T%C3%BCrkiye` },
  ];
}
