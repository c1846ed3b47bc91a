// The implementation report at the size the issue names: one meeting of 1,000 commitments with ten
// status updates each (10,000 history rows), added to the bench database once. Times the web page,
// the PDF and the Word file over HTTP, the memory of the app's processes, and the dashboard's p95
// idle and while PDFs are being rendered (rendering runs in a child process, so it should not block).
import pg from "pg";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { BENCH_ANALYST } from "./dataset";
import { summary, timedGet } from "./measure";

export const REPORT_MEETING = "bench-report-1000";
const COMMITMENTS = 1000;
const UPDATES = 10;

/** The report's meeting, its commitments (two parties each) and their history, unless already there. */
export async function ensureReportMeeting(url: string, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM meetings WHERE slug = $1", [REPORT_MEETING]);
    if (rows.length) return;
    const started = performance.now();
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO meetings (id, slug, title, kind, held_on, location, updated_at)
       VALUES (gen_random_uuid(), $1, 'Benchmark meeting with 1,000 pledges (Nurdağı, Қазақстан)', 'Joint commission', '2025-01-15', 'Ankara', now())`,
      [REPORT_MEETING],
    );
    await client.query(
      `INSERT INTO commitments (id, meeting_id, title, category, source_quote, target_date, target_precision, status, progress,
                                status_effective_on, last_updated_at, version, created_at, updated_at)
       SELECT gen_random_uuid(), m.id, 'Report pledge ' || j || ': deepen cooperation between Türkiye and Kazakhstan on project ' || j,
              ($2::text[])[1 + j % 12], 'The sides agreed to carry out project ' || j || ' together, starting in Nurdağı and Almaty.',
              date '2025-01-15' + 200 + j % 600, 'DAY', 'NOT_YET_ASSESSED', 0, m.held_on, now(), 1, now(), now()
       FROM meetings m CROSS JOIN generate_series(1, $3) AS j WHERE m.slug = $1`,
      [REPORT_MEETING, COMMITMENT_CATEGORIES, COMMITMENTS],
    );
    await client.query(
      `INSERT INTO commitment_parties (commitment_id, party_id)
       SELECT c.id, p.id FROM commitments c JOIN meetings m ON m.id = c.meeting_id
       JOIN parties p ON p.name IN ('Türkiye', 'Kazakhstan') WHERE m.slug = $1`,
      [REPORT_MEETING],
    );
    await client.query(
      `WITH steps AS (
         SELECT c.id AS commitment_id, k,
                CASE WHEN k = 0 THEN 'NOT_YET_ASSESSED'
                     ELSE (ARRAY['NOT_STARTED','IN_PROGRESS','STALLED','PARTIALLY_FULFILLED','IN_PROGRESS','FULFILLED'])[1 + (k + length(c.title)) % 6] END::"CommitmentStatus" AS status,
                date '2025-01-15' + k * 40 AS effective_on
         FROM commitments c JOIN meetings m ON m.id = c.meeting_id CROSS JOIN generate_series(0, $2 - 1) AS k WHERE m.slug = $1),
       progressed AS (
         SELECT *, CASE status WHEN 'FULFILLED' THEN 100 WHEN 'PARTIALLY_FULFILLED' THEN 60 WHEN 'IN_PROGRESS' THEN 30 WHEN 'STALLED' THEN 20 ELSE 0 END AS progress
         FROM steps)
       INSERT INTO status_updates (id, commitment_id, from_status, to_status, from_progress, progress, effective_on, recorded_at, rationale,
                                   evidence_urls, author_id, obstacles, next_step)
       SELECT gen_random_uuid(), commitment_id, lag(status) OVER w, status, lag(progress) OVER w, progress, effective_on,
              effective_on + interval '9 hours', 'Benchmark update ' || k || ': the working group met in Astana and reported progress.',
              '{https://example.org/evidence}', (SELECT id FROM users WHERE email = $3),
              'Financing for the next phase is not yet agreed.', 'The working group meets again next quarter.'
       FROM progressed WINDOW w AS (PARTITION BY commitment_id ORDER BY k)`,
      [REPORT_MEETING, UPDATES, BENCH_ANALYST],
    );
    await client.query(
      `UPDATE commitments c SET status = l.to_status, progress = l.progress, status_effective_on = l.effective_on,
              last_updated_at = l.recorded_at, version = $2
       FROM (SELECT DISTINCT ON (su.commitment_id) su.commitment_id, su.to_status, su.progress, su.effective_on, su.recorded_at
             FROM status_updates su JOIN commitments c2 ON c2.id = su.commitment_id JOIN meetings m ON m.id = c2.meeting_id
             WHERE m.slug = $1 ORDER BY su.commitment_id, su.effective_on DESC, su.recorded_at DESC) l
       WHERE l.commitment_id = c.id`,
      [REPORT_MEETING, UPDATES],
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
    log(
      `Report meeting built: ${COMMITMENTS} commitments, ${COMMITMENTS * UPDATES} updates in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function timeFile(url: string, cookie: string, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
  }
  return { ...summary(times), max: Math.max(...times), bytes };
}

async function timePages(url: string, cookie: string, requests: number) {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const response = await timedGet(url, cookie);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(response.total);
  }
  return summary(times);
}

export async function benchmarkReport(base: string, cookie: string, memory: () => number, log: (line: string) => void, requests = 30) {
  const query = `meeting=${REPORT_MEETING}`;
  // The page (its controls and the report's scope), then the report's HTML, which the page fetches.
  const page = `${base}/reports/implementation?${query}`;
  const document = `${base}/api/reports/implementation?${query}&format=html`;
  for (let i = 0; i < 3; i++) {
    await timedGet(page, cookie);
    await timedGet(document, cookie);
  }
  const shell = await timePages(page, cookie, requests);
  const html = await timePages(document, cookie, requests);
  log(
    `Report page, 1,000 commitments: p50 ${shell.p50.toFixed(0)} / p95 ${shell.p95.toFixed(0)} ms; its HTML p50 ${html.p50.toFixed(0)} / p95 ${html.p95.toFixed(0)} ms`,
  );

  const before = memory();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, memory())), 100);
  const pdf = await timeFile(`${base}/api/reports/implementation?${query}&format=pdf`, cookie, 3);
  const docx = await timeFile(`${base}/api/reports/implementation?${query}&format=docx`, cookie, 3);
  clearInterval(sampler);
  const after = memory();
  log(`Report PDF: p50 ${(pdf.p50 / 1000).toFixed(1)} s, max ${(pdf.max / 1000).toFixed(1)} s, ${(pdf.bytes / 2 ** 20).toFixed(1)} MiB`);
  log(
    `Report Word: p50 ${(docx.p50 / 1000).toFixed(1)} s, max ${(docx.max / 1000).toFixed(1)} s, ${(docx.bytes / 2 ** 20).toFixed(1)} MiB`,
  );
  log(
    `App processes' memory: ${(before / 1024).toFixed(0)} MiB before, ${(peak / 1024).toFixed(0)} MiB at peak (renderers included), ${(after / 1024).toFixed(0)} MiB after`,
  );

  // The dashboard idle, then while PDFs of the same report are rendered one after another.
  const dashboard = `${base}/`;
  for (let i = 0; i < 3; i++) await timedGet(dashboard, cookie);
  const idle = await timePages(dashboard, cookie, requests);
  let rendering = true;
  let rendered = 0;
  const background = (async () => {
    while (rendering) {
      await fetch(`${base}/api/reports/implementation?${query}&format=pdf`, { headers: { cookie } }).then((r) => r.arrayBuffer());
      rendered++;
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const busy = await timePages(dashboard, cookie, requests);
  rendering = false;
  await background;
  log(
    `Dashboard idle p50 ${idle.p50.toFixed(0)} / p95 ${idle.p95.toFixed(0)} ms; while PDFs render (${rendered} done) p50 ${busy.p50.toFixed(0)} / p95 ${busy.p95.toFixed(0)} ms (${(busy.p95 / idle.p95).toFixed(2)} ×)`,
  );
  return {
    shell,
    html,
    pdf,
    docx,
    memoryMiB: { before: before / 1024, peak: peak / 1024, after: after / 1024 },
    dashboardIdle: idle,
    dashboardWhileRendering: busy,
  };
}
