import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { COMMITMENT_COLUMNS } from "@/lib/domain/commitment-exchange";
import { csvRow } from "@/lib/domain/csv";
import { signIn as signInOverHttp } from "../scripts/bench/measure";
import { baseURL } from "../playwright.config";
import { callServerAction, serverActions } from "../tests/support/server-action-client";
import { e2eDatabaseUrl, fingerprint } from "./support/db";

// Every server action, called over raw HTTP the way an attacker would (React's own reply encoding,
// the Next-Action header, the page's URL), as anonymous, viewer, analyst, admin and a disabled
// account. Refused calls must leave the database byte-for-byte unchanged; allowed ones must write.
// The actions come from the build's manifest: a new action missing from MATRIX fails this test.

type Role = "anonymous" | "VIEWER" | "ANALYST" | "ADMIN" | "disabled";
const ROLES: Role[] = ["anonymous", "disabled", "VIEWER", "ANALYST", "ADMIN"];
type Call = { path: string; fields: Record<string, string | string[]> };

const today = new Date().toISOString().slice(0, 10);
let db: pg.Client;
// Unique across retries and repeats: titles and emails made from it must not collide with a previous run's.
let n = Date.now() % 1_000_000_000;

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  return (await db.query(sql, values)).rows[0] as T;
}

async function commitmentFields(id: string) {
  const c = await one<{ meeting_id: string; title: string; category: string; source_quote: string; version: number; parties: string[] }>(
    `SELECT c.meeting_id, c.title, c.category, c.source_quote, c.version, array_agg(cp.party_id::text) AS parties
     FROM commitments c JOIN commitment_parties cp ON cp.commitment_id = c.id WHERE c.id = $1 GROUP BY c.id`,
    [id],
  );
  return c;
}

// The pledge the milestone and indicator calls write to: no other spec reads or writes it.
const MATRIX_PLEDGE = "Intensify exchanges of researchers and specialists";

/** A milestone of the matrix's own to edit, made on first use. */
async function matrixMilestone() {
  const found = await one<{ id: string; commitment_id: string; version: number } | undefined>(
    `SELECT m.id, m.commitment_id, m.version FROM milestones m JOIN commitments c ON c.id = m.commitment_id
     WHERE c.title LIKE '${MATRIX_PLEDGE}%' AND m.title LIKE 'Matrix milestone edited%' ORDER BY m.created_at LIMIT 1`,
  );
  return (
    found ??
    (await one<{ id: string; commitment_id: string; version: number }>(
      `INSERT INTO milestones (commitment_id, title, due_precision)
       SELECT id, 'Matrix milestone edited 0', 'NONE' FROM commitments WHERE title LIKE '${MATRIX_PLEDGE}%' RETURNING id, commitment_id, version`,
    ))
  );
}

/** The matrix pledge's indicator, set on first use when the indicator calls have not run. */
async function matrixIndicator() {
  await db.query(
    `INSERT INTO indicators (commitment_id, name, unit, direction, baseline_value, baseline_on, target_value, target_on)
     SELECT id, 'Matrix exchanges', 'researchers', 'INCREASE', 100, '2025-12-31', 250, '2030-12-31'
     FROM commitments WHERE title LIKE '${MATRIX_PLEDGE}%' ON CONFLICT (commitment_id) DO NOTHING`,
  );
  return one<{ id: string; commitment_id: string }>(
    `SELECT i.id, i.commitment_id FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE c.title LIKE '${MATRIX_PLEDGE}%'`,
  );
}

// Whose account a call acts as (anonymous: none; a view made for it belongs to the viewer).
const MATRIX_EMAILS: Record<Role, string> = {
  anonymous: "matrix-viewer@example.org",
  VIEWER: "matrix-viewer@example.org",
  ANALYST: "matrix-analyst@example.org",
  ADMIN: "matrix-admin@example.org",
  disabled: "matrix-disabled@example.org",
};

// `call` runs before the fingerprint is taken, so it may prepare rows (a view for the caller to delete).
// `answers`, for an action that writes nothing: the text of its answer to the roles allowed.
const MATRIX: Record<string, { allowed: Role[]; call: (role: Role) => Promise<Call>; answers?: string }> = {
  // The framework's floor for the benchmark: the status update's session and role check, then nothing.
  floorAction: {
    allowed: ["ANALYST", "ADMIN"],
    answers: "Nothing was done: this action measures the framework's floor.",
    call: async () => {
      const { id } = await one<{ id: string }>(`SELECT id FROM commitments WHERE title LIKE 'Deepen cooperation within the UN%'`);
      return { path: `/commitments/${id}`, fields: { commitmentId: id, version: "1", status: "IN_PROGRESS", rationale: "Floor call." } };
    },
  },
  updateCommitmentStatusAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const { id } = await one<{ id: string }>(`SELECT id FROM commitments WHERE title LIKE 'Deepen cooperation within the UN%'`);
      const { version } = await commitmentFields(id);
      n++;
      return {
        path: `/commitments/${id}`,
        fields: {
          commitmentId: id,
          version: String(version),
          status: n % 2 ? "IN_PROGRESS" : "STALLED",
          progress: "10",
          effectiveOn: today,
          rationale: `Matrix call ${n}: recorded over raw HTTP.`,
          evidenceUrls: "",
        },
      };
    },
  },
  assessPartyAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const row = await one<{ commitment_id: string; party_id: string; version: number }>(
        `SELECT cp.commitment_id, cp.party_id, cp.version FROM commitment_parties cp
         JOIN commitments c ON c.id = cp.commitment_id JOIN parties p ON p.id = cp.party_id
         WHERE c.title LIKE 'Deepen cooperation within the UN%' AND p.name = 'Kazakhstan'`,
      );
      n++;
      return {
        path: `/commitments/${row.commitment_id}`,
        fields: {
          commitmentId: row.commitment_id,
          partyId: row.party_id,
          version: String(row.version),
          status: n % 2 ? "IN_PROGRESS" : "STALLED",
          progress: "10",
          effectiveOn: today,
          responsibleBody: "",
          rationale: `Matrix call ${n}: assessed over raw HTTP.`,
          evidenceUrls: "",
        },
      };
    },
  },
  // Milestones and the indicator on a pledge no other spec writes to; due dates with no date, so that
  // nothing the matrix adds is ever overdue.
  addMilestoneAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const { id } = await one<{ id: string }>(`SELECT id FROM commitments WHERE title LIKE '${MATRIX_PLEDGE}%'`);
      return {
        path: `/commitments/${id}`,
        fields: {
          commitmentId: id,
          title: `Matrix milestone ${++n}`,
          duePrecision: "NONE",
          due: "",
          doneOn: "",
          evidenceUrl: "",
          responsiblePartyId: "",
        },
      };
    },
  },
  updateMilestoneAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const m = await matrixMilestone();
      return {
        path: `/commitments/${m.commitment_id}`,
        fields: {
          id: m.id,
          commitmentId: m.commitment_id,
          version: String(m.version),
          title: `Matrix milestone edited ${++n}`,
          duePrecision: "YEAR",
          due: "2030",
          doneOn: "",
          evidenceUrl: "https://example.org/matrix",
          responsiblePartyId: "",
        },
      };
    },
  },
  deleteMilestoneAction: {
    // Deletes a milestone made just before the call.
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const m = await one<{ id: string; commitment_id: string }>(
        `INSERT INTO milestones (commitment_id, title, due_precision)
         SELECT id, $1, 'NONE' FROM commitments WHERE title LIKE '${MATRIX_PLEDGE}%' RETURNING id, commitment_id`,
        [`Matrix milestone to delete ${++n}`],
      );
      return { path: `/commitments/${m.commitment_id}`, fields: { id: m.id, commitmentId: m.commitment_id, version: "1" } };
    },
  },
  setIndicatorAction: {
    // The first allowed call creates the indicator (no version), the next ones edit it from its version.
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const c = await one<{ id: string; version: number | null }>(
        `SELECT c.id, i.version FROM commitments c LEFT JOIN indicators i ON i.commitment_id = c.id WHERE c.title LIKE '${MATRIX_PLEDGE}%'`,
      );
      return {
        path: `/commitments/${c.id}`,
        fields: {
          commitmentId: c.id,
          version: c.version === null ? "" : String(c.version),
          name: `Matrix exchanges ${++n}`,
          unit: "researchers",
          direction: "INCREASE",
          baselineValue: "100",
          baselineOn: "2025-12-31",
          targetValue: "250",
          targetOn: "2030-12-31",
        },
      };
    },
  },
  addMeasurementAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const i = await matrixIndicator();
      return {
        path: `/commitments/${i.commitment_id}`,
        fields: { indicatorId: i.id, value: String(100 + (++n % 50)), measuredOn: today, sourceUrl: "", note: `Matrix call ${n}` },
      };
    },
  },
  updateCommitmentStatusesAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const rows = (
        await db.query<{ id: string; version: number }>(
          `SELECT id, version FROM commitments WHERE title LIKE 'Deepen cooperation within the UN%' OR title LIKE 'Maintain the momentum%'`,
        )
      ).rows;
      n++;
      return {
        path: "/commitments",
        fields: {
          items: rows.map((row) => `${row.id}:${row.version}`),
          status: n % 2 ? "IN_PROGRESS" : "STALLED",
          progress: "10",
          effectiveOn: today,
          rationale: `Matrix call ${n}: one update for two commitments over raw HTTP.`,
          evidenceUrls: "",
        },
      };
    },
  },
  createCommitmentAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const { id } = await one<{ id: string }>(`SELECT id FROM commitments WHERE title LIKE 'Deepen cooperation within the UN%'`);
      const c = await commitmentFields(id);
      n++;
      return {
        path: "/commitments/new",
        fields: {
          meetingId: c.meeting_id,
          title: `Matrix pledge ${n}`,
          category: c.category,
          partyIds: c.parties,
          sourceQuote: c.source_quote,
          targetPrecision: "NONE",
          target: "",
        },
      };
    },
  },
  updateCommitmentAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const { id } = await one<{ id: string }>(`SELECT id FROM commitments WHERE title LIKE 'Deepen cooperation within the UN%'`);
      const c = await commitmentFields(id);
      n++;
      return {
        path: `/commitments/${id}/edit`,
        fields: {
          id,
          version: String(c.version),
          meetingId: c.meeting_id,
          title: c.title,
          description: `Edited by matrix call ${n}`,
          category: c.category,
          partyIds: c.parties,
          sourceQuote: c.source_quote,
          targetPrecision: "NONE",
          target: "",
        },
      };
    },
  },
  createMeetingAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => ({
      path: "/meetings/new",
      fields: {
        title: `Matrix meeting ${++n}`,
        kind: "Summit",
        heldOn: "2026-05-05",
        location: "",
        participants: "",
        sourceUrl: "",
        sourceText: "",
      },
    }),
  },
  updateMeetingAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const m = await one<{ id: string; title: string; kind: string; updated_at: Date; source_text: string }>(
        `SELECT id, title, kind, updated_at, source_text FROM meetings WHERE slug = 'jspg-8-2026-ankara'`,
      );
      return {
        path: "/meetings/jspg-8-2026-ankara/edit",
        fields: {
          id: m.id,
          loadedAt: m.updated_at.toISOString(),
          title: m.title,
          kind: m.kind,
          heldOn: "2026-02-02",
          location: `Ankara ${++n}`,
          participants: "",
          sourceUrl: "",
          sourceText: m.source_text,
        },
      };
    },
  },
  acceptCandidatesAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      const m = await one<{ id: string }>(`SELECT id FROM meetings WHERE slug = 'jspg-8-2026-ankara'`);
      const p = await one<{ id: string }>(`SELECT id FROM parties WHERE name = 'Türkiye'`);
      const candidate = {
        title: `Matrix accepted ${++n}`,
        category: "Health",
        partyIds: [p.id],
        targetPrecision: "NONE",
        target: "",
        quote: "expressed their intention to deepen this cooperation",
        near: 0,
      };
      return {
        path: "/meetings/jspg-8-2026-ankara/extract",
        fields: { payload: JSON.stringify({ meetingId: m.id, candidates: [candidate] }), slug: "jspg-8-2026-ankara" },
      };
    },
  },
  linkCommitmentsAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      // Always from the alphabetically smaller title to the larger: such links can never loop.
      const pair = await one<{ from_id: string; to_id: string }>(
        `SELECT a.id AS from_id, b.id AS to_id FROM commitments a JOIN commitments b ON a.title < b.title AND a.meeting_id = b.meeting_id
         WHERE NOT EXISTS (SELECT 1 FROM commitment_links l WHERE l.from_id = a.id AND l.to_id = b.id) ORDER BY a.title, b.title LIMIT 1`,
      );
      return { path: `/commitments/${pair.from_id}`, fields: { fromId: pair.from_id, toId: pair.to_id, kind: "REAFFIRMS", note: "" } };
    },
  },
  unlinkCommitmentAction: {
    allowed: ["ANALYST", "ADMIN"],
    call: async () => {
      // After the allowed calls removed them, the foreign-Origin round has no link left: any id will do there.
      const link = (await one<{ id: string; from_id: string } | undefined>(
        `SELECT id, from_id FROM commitment_links ORDER BY created_at, id LIMIT 1`,
      )) ?? {
        id: "00000000-0000-4000-8000-000000000000",
        from_id: "00000000-0000-4000-8000-000000000001",
      };
      return { path: `/commitments/${link.from_id}`, fields: { linkId: link.id, commitmentId: link.from_id } };
    },
  },
  saveListColumnsAction: {
    // Every role chooses its own columns. The accounts start with none hidden, so each allowed call writes.
    allowed: ["VIEWER", "ANALYST", "ADMIN"],
    call: async () => ({
      path: "/commitments",
      fields: { list: "commitments", shown: ++n % 2 ? ["meeting", "updated"] : ["parties", "category"] },
    }),
  },
  saveViewAction: {
    // Every signed-in role names its own filters; a new name each call, so each allowed call writes.
    allowed: ["VIEWER", "ANALYST", "ADMIN"],
    call: async () => ({ path: "/commitments", fields: { name: `Matrix view ${++n}`, page: "list", query: "?status=IN_PROGRESS" } }),
  },
  deleteViewAction: {
    // Deletes a view of the caller's own, made just before the call.
    allowed: ["VIEWER", "ANALYST", "ADMIN"],
    call: async (role) => {
      const view = await one<{ id: string }>(
        `INSERT INTO saved_views (owner_id, name, page, query) SELECT id, $2, 'list', '' FROM users WHERE email = $1 RETURNING id`,
        [MATRIX_EMAILS[role], `Matrix view to delete ${++n}`],
      );
      return { path: "/views", fields: { id: view.id } };
    },
  },
  issueReportAction: {
    // Renders and stores both files of the JSPG meeting's report (a new request id each call, so each allowed call writes).
    allowed: ["ANALYST", "ADMIN"],
    call: async () => ({
      path: "/reports/implementation?meeting=jspg-8-2026-ankara",
      fields: { query: "meeting=jspg-8-2026-ankara", clientRequestId: crypto.randomUUID() },
    }),
  },
  createUserAction: {
    allowed: ["ADMIN"],
    call: async () => ({ path: "/admin/users", fields: { email: `matrix-${++n}@example.org`, name: "Matrix Account", role: "VIEWER" } }),
  },
  updateUserAction: {
    allowed: ["ADMIN"],
    call: async () => {
      const target = await one<{ id: string; role: string }>(`SELECT id, role FROM users WHERE email = 'matrix-target@example.org'`);
      return { path: "/admin/users", fields: { userId: target.id, role: target.role === "VIEWER" ? "ANALYST" : "VIEWER", active: "true" } };
    },
  },
  unlockUserAction: {
    allowed: ["ADMIN"],
    call: async () => {
      // Locks the target first, so that an allowed call has something to unlock: 5 failed sign-ins from an address no one
      // signs in from, two minutes old (within the lock's window, outside the site-wide per-minute count).
      const target = await one<{ id: string }>(`SELECT id FROM users WHERE email = 'matrix-target@example.org'`);
      await db.query(
        `INSERT INTO sign_in_attempts (email, ip, succeeded, attempted_at)
         SELECT 'matrix-target@example.org', '198.51.100.250', false, now() - interval '2 minutes' FROM generate_series(1, 5)`,
      );
      return { path: "/admin/users", fields: { userId: target.id } };
    },
  },
  // Last: a successful change ends the caller's sessions.
  changePasswordAction: {
    allowed: ["VIEWER", "ANALYST", "ADMIN"],
    call: async () => ({
      path: "/account/password",
      fields: { currentPassword: "matrix-pass-2026", newPassword: `a fresh passphrase ${++n}`, confirmPassword: `a fresh passphrase ${n}` },
    }),
  },
};

function post(actionId: string, call: Call, cookie: string, origin?: string) {
  return callServerAction({ base: baseURL, path: call.path, actionId, fields: call.fields, cookie, origin });
}

test("every server action allows exactly the roles it should, over raw HTTP", async () => {
  test.setTimeout(120_000);
  const actions = serverActions();
  expect(actions.map((a) => a.name).sort(), "every action in the build is in MATRIX, and no more").toEqual(Object.keys(MATRIX).sort());

  db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  // One account per role with a known password (so the password action can succeed), a target for the
  // account actions, and an account whose session is disabled after it signs in.
  const hash = await hashPassword("matrix-pass-2026");
  for (const [email, role] of [
    ["matrix-viewer@example.org", "VIEWER"],
    ["matrix-analyst@example.org", "ANALYST"],
    ["matrix-admin@example.org", "ADMIN"],
    ["matrix-target@example.org", "VIEWER"],
    ["matrix-disabled@example.org", "ANALYST"],
  ]) {
    await db.query(
      // On a retry the accounts exist already: put them back as they start.
      `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $1, $2, $3, now())
       ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash, active = true,
         must_change_password = false, session_version = users.session_version + 1, list_hidden_columns = NULL`,
      [email, role, hash],
    );
  }
  const cookies: Record<Role, string> = {
    anonymous: "",
    VIEWER: await signInOverHttp(baseURL, "matrix-viewer@example.org", "matrix-pass-2026"),
    ANALYST: await signInOverHttp(baseURL, "matrix-analyst@example.org", "matrix-pass-2026"),
    ADMIN: await signInOverHttp(baseURL, "matrix-admin@example.org", "matrix-pass-2026"),
    disabled: await signInOverHttp(baseURL, "matrix-disabled@example.org", "matrix-pass-2026"),
  };
  await db.query(`UPDATE users SET active = false, session_version = session_version + 1 WHERE email = 'matrix-disabled@example.org'`);

  const outcomes: string[] = [];
  for (const [name, { allowed, call, answers }] of Object.entries(MATRIX)) {
    const { id } = actions.find((a) => a.name === name)!;
    for (const role of ROLES) {
      const request = await call(role);
      const before = await fingerprint(db);
      const response = await post(id, request, cookies[role]);
      expect(response.status, `${name} as ${role}`).toBeLessThan(500);
      const text = await response.text();
      const changed = JSON.stringify(await fingerprint(db)) !== JSON.stringify(before);
      outcomes.push(`${name} ${role}: ${changed ? "wrote" : "refused"}`);
      if (answers) {
        // It writes nothing for anyone; the roles allowed get its answer, the others a refusal.
        expect(changed, `${name} as ${role} writes nothing`).toBe(false);
        expect(text.includes(answers), `${name} as ${role} should ${allowed.includes(role) ? "answer" : "be refused"}`).toBe(
          allowed.includes(role),
        );
        continue;
      }
      expect(changed, `${name} as ${role} should ${allowed.includes(role) ? "write" : "be refused and write nothing"}`).toBe(
        allowed.includes(role),
      );
    }
  }
  expect(outcomes).toHaveLength(Object.keys(MATRIX).length * ROLES.length);

  // The same calls with an admin's cookie from a foreign page (another Origin) write nothing.
  for (const [name, { call }] of Object.entries(MATRIX).filter(([n]) => n !== "changePasswordAction")) {
    const { id } = actions.find((a) => a.name === name)!;
    const request = await call("ADMIN");
    const before = await fingerprint(db);
    const response = await post(id, request, cookies.ADMIN, "https://evil.example");
    await response.text();
    expect(await fingerprint(db), `${name} from a foreign Origin`).toEqual(before);
  }
  await db.query(`DELETE FROM saved_views WHERE owner_id IN (SELECT id FROM users WHERE email LIKE 'matrix-%@example.org')`);
  await db.end();
});

test("route handlers answer only whom they should", async ({ request }) => {
  // Every route handler in the code is listed here; a new one fails this test until it is checked.
  const handlers: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(full);
      else if (entry.name === "route.ts") handlers.push(full);
    }
  };
  visit("app");
  handlers.sort();
  expect(handlers).toEqual([
    "app/api/audit/export/route.ts",
    "app/api/auth/[...nextauth]/route.ts",
    "app/api/export/commitments/route.ts",
    "app/api/export/history/route.ts",
    "app/api/floor/route.ts",
    "app/api/health/route.ts",
    "app/api/import/commitments/route.ts",
    "app/api/import/template/route.ts",
    "app/api/meetings/search/route.ts",
    "app/api/reports/implementation/route.ts",
    "app/api/reports/issued/[id]/route.ts",
  ]);
  expect((await request.get("/api/health")).status()).toBe(200);
  // The floor's route handler is behind the proxy like every page: signed out, to the sign-in page.
  expect((await request.get("/api/floor", { maxRedirects: 0 })).status()).toBe(307);
  expect((await request.get("/api/audit/export", { maxRedirects: 0 })).status()).toBe(307);
  for (const [email, password, status] of [
    ["viewer@example.org", "demo-pass-2026", 403],
    ["analyst@example.org", "demo-pass-2026", 403],
    ["admin@example.org", "demo-pass-2026", 200],
  ] as const) {
    const cookie = await signInOverHttp(baseURL, email, password);
    const response = await fetch(`${baseURL}/api/audit/export`, { headers: { cookie } });
    expect(response.status, email).toBe(status);
    // Every role may export commitments and their history (viewers read everything anyway).
    for (const path of ["/api/export/commitments?format=csv", "/api/export/history?format=json"]) {
      const exported = await fetch(`${baseURL}${path}`, { headers: { cookie } });
      expect(exported.status, `${path} as ${email}`).toBe(200);
      await exported.arrayBuffer();
    }
    expect((await fetch(`${baseURL}/api/export/commitments?format=xml`, { headers: { cookie } })).status).toBe(400);
    // Every role may draw the implementation report (its files are read back in e2e/report.spec.ts).
    const drawn = await fetch(`${baseURL}/api/reports/implementation?meeting=jspg-8-2026-ankara&format=html`, { headers: { cookie } });
    expect(drawn.status, `the report as ${email}`).toBe(200);
    expect(await drawn.text()).toContain("Open Maarif Schools in Astana and Almaty");
    expect((await fetch(`${baseURL}/api/reports/implementation?format=xml`, { headers: { cookie } })).status).toBe(400);
    const unknown = `${baseURL}/api/reports/issued/00000000-0000-4000-8000-00000000dead?format=pdf`;
    expect((await fetch(unknown, { headers: { cookie } })).status, `an unknown issued report as ${email}`).toBe(404);
    expect((await fetch(`${baseURL}/api/reports/issued/not-a-uuid?format=pdf`, { headers: { cookie } })).status).toBe(404);
    // Every role may search the meetings (the meeting filter's combobox).
    const meetings = await fetch(`${baseURL}/api/meetings/search?q=jspg&limit=5`, { headers: { cookie } });
    expect(meetings.status, `the meeting search as ${email}`).toBe(200);
    expect(await meetings.json()).toEqual([
      { slug: "jspg-8-2026-ankara", title: "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group", heldOn: "2026-02-02" },
    ]);
  }
  for (const path of [
    "/api/export/commitments",
    "/api/export/history",
    "/api/meetings/search?q=jspg",
    "/api/reports/implementation?format=pdf",
    "/api/reports/issued/x?format=pdf",
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), `${path} signed out`).toBe(307);
  }
  // The import route: analysts and admins preview (and import), others are refused, and a foreign page writes nothing.
  const csv = csvRow([...COMMITMENT_COLUMNS]);
  const importAs = (cookie: string, origin = baseURL, query = "?intent=preview") =>
    fetch(`${baseURL}/api/import/commitments${query}`, {
      method: "POST",
      body: csv,
      headers: { cookie, origin, "content-type": "text/csv" },
    });
  expect((await importAs("")).status, "import signed out").toBe(401);
  for (const [email, status] of [
    ["viewer@example.org", 403],
    ["analyst@example.org", 200],
    ["admin@example.org", 200],
  ] as const) {
    const cookie = await signInOverHttp(baseURL, email, "demo-pass-2026");
    const response = await importAs(cookie);
    expect(response.status, `import preview as ${email}`).toBe(status);
    expect(await response.json()).toMatchObject(status === 200 ? { ok: true, stage: "preview" } : { ok: false });
    expect((await importAs(cookie, "https://evil.example", "?intent=import")).status, `import from a foreign page as ${email}`).toBe(403);
    // The import template: for those who may import.
    const template = await fetch(`${baseURL}/api/import/template`, { headers: { cookie }, redirect: "manual" });
    expect(template.status, `template as ${email}`).toBe(status);
    if (status === 200) expect(template.headers.get("content-type"), `template as ${email}`).toContain("text/csv");
    await template.arrayBuffer();
  }
  // The proxy leaves api/import alone: the template route itself refuses a signed-out request.
  expect((await request.get("/api/import/template", { maxRedirects: 0 })).status(), "template signed out").toBe(401);
});

/** A request body that sends one chunk and then never ends: only a server that answers without reading it can reply. */
function endlessBody() {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return new Promise<void>(() => {});
      sent = true;
      controller.enqueue(new TextEncoder().encode("-".repeat(64 * 1024)));
    },
  });
}

test("no work for anyone before authentication: a bad session cookie or no role is refused before the body is read", async () => {
  const [action] = serverActions().filter((a) => a.name === "createCommitmentAction");
  const answered = async (url: string, headers: Record<string, string>) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5_000);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { origin: baseURL, ...headers },
        body: endlessBody(),
        duplex: "half",
        redirect: "manual",
        signal: controller.signal,
      } as RequestInit);
      return response.status;
    } catch (error) {
      return controller.signal.aborted ? "no answer within 5 s" : String(error);
    } finally {
      clearTimeout(timer);
    }
  };
  const garbage = { cookie: "next-auth.session-token=garbage-that-does-not-decode" };
  expect(await answered(`${baseURL}/commitments/new`, { ...garbage, "next-action": action.id, accept: "text/x-component" })).toBe(401);
  expect(await answered(`${baseURL}/api/import/commitments`, garbage)).toBe(401);
  const viewer = await signInOverHttp(baseURL, "viewer@example.org", "demo-pass-2026");
  expect(await answered(`${baseURL}/api/import/commitments`, { cookie: viewer })).toBe(403);

  // A signed-in analyst's action body is limited to 1 MB (the readout's 200,000 characters fit): more is refused, not parsed.
  const analyst = await signInOverHttp(baseURL, "analyst@example.org", "demo-pass-2026");
  const big = await callServerAction({
    base: baseURL,
    path: "/commitments/new",
    actionId: action.id,
    fields: { title: "x".repeat(1_100_000) },
    cookie: analyst,
  });
  expect(big.status).toBe(413);
});

test("every page answers each role with an honest status code: 403 for a refused role, 404 for an unknown id", async () => {
  test.setTimeout(90_000);
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  const { id } = (await db.query(`SELECT id FROM commitments ORDER BY created_at LIMIT 1`)).rows[0] as { id: string };
  await db.end();
  const unknown = "00000000-0000-4000-8000-00000000dead";
  type Expect = { anonymous: number; VIEWER: number; ANALYST: number; ADMIN: number };
  const readable: Expect = { anonymous: 307, VIEWER: 200, ANALYST: 200, ADMIN: 200 };
  const forAnalysts: Expect = { anonymous: 307, VIEWER: 403, ANALYST: 200, ADMIN: 200 };
  const forAdmins: Expect = { anonymous: 307, VIEWER: 403, ANALYST: 403, ADMIN: 200 };
  const missing: Expect = { anonymous: 307, VIEWER: 404, ANALYST: 404, ADMIN: 404 };
  const missingForAnalysts = { anonymous: 307, ANALYST: 404, ADMIN: 404 };
  // Every page of the app (its route, with real and unknown ids): a new page fails this test until it is listed.
  const PAGES: Record<string, [string, Partial<Expect>][]> = {
    "/": [["/", readable]],
    "/login": [["/login", { anonymous: 200 }]],
    "/account/password": [["/account/password", readable]],
    "/admin/audit": [["/admin/audit", forAdmins]],
    "/admin/users": [["/admin/users", forAdmins]],
    "/admin/system": [["/admin/system", forAdmins]],
    "/commitments": [["/commitments", readable]],
    "/commitments/new": [["/commitments/new", forAnalysts]],
    "/commitments/import": [["/commitments/import", forAnalysts]],
    "/commitments/[id]": [
      [`/commitments/${id}`, readable],
      [`/commitments/${unknown}`, missing],
      ["/commitments/not-a-uuid", missing],
    ],
    "/commitments/[id]/edit": [
      [`/commitments/${id}/edit`, forAnalysts],
      [`/commitments/${unknown}/edit`, missingForAnalysts],
    ],
    "/meetings": [["/meetings", readable]],
    "/meetings/new": [["/meetings/new", forAnalysts]],
    "/meetings/[slug]": [
      ["/meetings/jspg-8-2026-ankara", readable],
      ["/meetings/no-such-meeting", missing],
    ],
    "/meetings/[slug]/edit": [
      ["/meetings/jspg-8-2026-ankara/edit", forAnalysts],
      ["/meetings/no-such-meeting/edit", missingForAnalysts],
    ],
    "/meetings/[slug]/delivery": [
      ["/meetings/jspg-8-2026-ankara/delivery", readable],
      ["/meetings/no-such-meeting/delivery", missing],
    ],
    "/meetings/[slug]/extract": [
      ["/meetings/jspg-8-2026-ankara/extract", forAnalysts],
      ["/meetings/no-such-meeting/extract", missingForAnalysts],
    ],
    "/views": [["/views", readable]],
    "/reports/implementation": [
      ["/reports/implementation?meeting=jspg-8-2026-ankara", readable],
      ["/reports/implementation", readable],
    ],
  };
  const routes: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(full);
      else if (entry.name === "page.tsx") {
        const route = dir.replace(/^app/, "").replace(/\/\([^)]+\)/g, "") || "/";
        routes.push(route);
      }
    }
  };
  visit("app");
  expect(routes.sort(), "every page is in PAGES").toEqual(Object.keys(PAGES).sort());

  const cookies: Record<keyof Expect, string> = {
    anonymous: "",
    VIEWER: await signInOverHttp(baseURL, "viewer@example.org", "demo-pass-2026"),
    ANALYST: await signInOverHttp(baseURL, "analyst@example.org", "demo-pass-2026"),
    ADMIN: await signInOverHttp(baseURL, "admin@example.org", "demo-pass-2026"),
  };
  const seen: string[] = [];
  const wanted: string[] = [];
  for (const cases of Object.values(PAGES)) {
    for (const [path, expected] of cases) {
      for (const [role, status] of Object.entries(expected)) {
        const response = await fetch(`${baseURL}${path}`, { headers: { cookie: cookies[role as keyof Expect] }, redirect: "manual" });
        const body = await response.text();
        seen.push(`${path} ${role} ${response.status}`);
        wanted.push(`${path} ${role} ${status}`);
        // The friendly pages are still there behind the codes.
        if (response.status === 403)
          expect(body, `${path} as ${role}`).toMatch(/Only (analysts and admins can change records|admins manage accounts)/);
        if (response.status === 404) expect(body, `${path} as ${role}`).toContain("This page does not exist");
      }
    }
  }
  expect(seen).toEqual(wanted);
});
