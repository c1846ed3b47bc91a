import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

// The actions run for real against the database; only where Next.js would supply the request
// (the session cookie, the cache) is stood in for.
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user, requireUser: async () => session.user }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

const {
  createCommitmentAction,
  updateCommitmentAction,
  updateCommitmentStatusAction,
  updateCommitmentStatusesAction,
  saveListColumnsAction,
} = await import("@/app/(app)/commitments/actions");
const { getHiddenListColumns } = await import("@/lib/data/users");
const { listStatusHistory } = await import("@/lib/data/commitments");

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});
beforeEach(() => {
  session.user = null;
  revalidated.length = 0;
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** Runs an action; a successful one ends in Next's redirect, which is thrown. */
async function run(action: (state: null, data: FormData) => Promise<unknown>, data: FormData) {
  try {
    return { state: await action(null, data), redirectedTo: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] };
  }
}

async function validForms() {
  const c = await commitmentByTitle("Maarif Schools");
  const meeting = await db.meeting.findFirstOrThrow();
  const party = await db.party.findFirstOrThrow({ where: { name: "Türkiye" } });
  const commitmentFields = {
    meetingId: meeting.id,
    title: "A brand-new pledge logged by hand",
    category: "Health",
    partyIds: [party.id],
    sourceQuote: "expressed their intention to deepen this cooperation",
    targetPrecision: "YEAR",
    target: "2027",
  };
  const energy = await commitmentByTitle("Energy trade");
  const caspian = await commitmentByTitle("Trans-Caspian");
  return {
    commitment: c,
    bulkCommitments: [energy, caspian],
    bulk: form({
      items: [energy, caspian].map((b) => `${b.id}:${b.version}`),
      status: "IN_PROGRESS",
      progress: "30",
      effectiveOn: "2026-05-01",
      rationale: "Both taken up in the joint working group's first session.",
      evidenceUrls: "",
    }),
    status: form({
      commitmentId: c.id,
      version: String(c.version),
      status: "IN_PROGRESS",
      progress: "30",
      effectiveOn: "2026-05-01",
      rationale: "Site allocated by the Astana akimat.",
      evidenceUrls: "",
    }),
    create: form(commitmentFields),
    edit: form({ ...commitmentFields, title: "Maarif Schools, renamed", id: c.id, version: String(c.version) }),
  };
}

const ACTIONS = {
  updateCommitmentStatusAction: (f: Awaited<ReturnType<typeof validForms>>) => [updateCommitmentStatusAction, f.status] as const,
  updateCommitmentStatusesAction: (f: Awaited<ReturnType<typeof validForms>>) => [updateCommitmentStatusesAction, f.bulk] as const,
  createCommitmentAction: (f: Awaited<ReturnType<typeof validForms>>) => [createCommitmentAction, f.create] as const,
  updateCommitmentAction: (f: Awaited<ReturnType<typeof validForms>>) => [updateCommitmentAction, f.edit] as const,
};

describe("every commitment action refuses callers without the role", () => {
  for (const [name, pick] of Object.entries(ACTIONS)) {
    for (const who of ["anonymous", "viewer"] as const) {
      it(`${name} as ${who}: refused, nothing written`, async () => {
        session.user = who === "anonymous" ? null : actors.viewer;
        const [action, data] = pick(await validForms());
        const before = await databaseFingerprint();
        const { state, redirectedTo } = await run(action as never, data);
        expect(redirectedTo).toBeNull();
        expect(state).toMatchObject({ ok: false, message: who === "anonymous" ? /session has ended/ : /role does not allow/ });
        expect(await databaseFingerprint()).toEqual(before);
        expect(revalidated).toEqual([]);
      });
    }
  }
});

describe("bad input returns field errors and writes nothing", () => {
  it("updateCommitmentStatusAction", async () => {
    session.user = actors.analyst;
    const { commitment } = await validForms();
    const before = await databaseFingerprint();
    const { state } = await run(
      updateCommitmentStatusAction as never,
      form({
        commitmentId: commitment.id,
        version: "1",
        status: "FULFILLED",
        progress: "150",
        effectiveOn: "2999-01-01",
        rationale: "",
        evidenceUrls: "javascript:alert(1)",
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        progress: expect.any(Array),
        effectiveOn: expect.any(Array),
        rationale: expect.any(Array),
        evidenceUrls: expect.any(Array),
      },
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("updateCommitmentStatusesAction", async () => {
    session.user = actors.analyst;
    const before = await databaseFingerprint();
    const { state } = await run(
      updateCommitmentStatusesAction as never,
      form({ items: ["not-an-id:1"], status: "FULFILLED", progress: "150", effectiveOn: "2999-01-01", rationale: "" }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { items: expect.any(Array), progress: expect.any(Array), effectiveOn: expect.any(Array), rationale: expect.any(Array) },
    });
    const none = await run(
      updateCommitmentStatusesAction as never,
      form({ status: "IN_PROGRESS", progress: "30", effectiveOn: "2026-05-01", rationale: "Nothing selected at all here." }),
    );
    expect(none.state).toMatchObject({ ok: false, fieldErrors: { items: ["Select at least one commitment."] } });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("createCommitmentAction and updateCommitmentAction", async () => {
    session.user = actors.analyst;
    const before = await databaseFingerprint();
    const created = await run(
      createCommitmentAction as never,
      form({ title: "x", category: "Nope", targetPrecision: "DAY", target: "2026-02-31" }),
    );
    expect(Object.keys((created.state as { fieldErrors: object }).fieldErrors).sort()).toEqual(
      ["category", "meetingId", "partyIds", "sourceQuote", "title"].sort(),
    );
    const edited = await run(updateCommitmentAction as never, form({ id: "not-a-uuid", version: "x" }));
    expect(edited.state).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array), version: expect.any(Array) } });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("a refused form is not sent megabytes back", () => {
  it("echoes what was typed, less a field refused for its size", async () => {
    session.user = actors.analyst;
    const { commitment } = await validForms();
    const huge = "x".repeat(2_000_000);
    const { state } = await run(
      updateCommitmentStatusAction as never,
      form({ commitmentId: commitment.id, version: "1", status: "FULFILLED", progress: "40", effectiveOn: "2026-03-01", rationale: huge }),
    );
    const failed = state as { ok: false; fieldErrors: Record<string, string[]>; values: Record<string, unknown> };
    expect(failed.fieldErrors.rationale).toEqual(["The rationale is at most 10,000 characters."]);
    expect(failed.values).toMatchObject({ status: "FULFILLED", progress: "40" });
    expect(failed.values).not.toHaveProperty("rationale");
    expect(JSON.stringify(state).length).toBeLessThan(5_000);
  });
});

describe("analysts' valid saves", () => {
  it("update the status and answer with the result alone (no redirect, no page re-rendered)", async () => {
    session.user = actors.analyst;
    const forms = await validForms();
    const { state, redirectedTo } = await run(updateCommitmentStatusAction as never, forms.status);
    expect(redirectedTo).toBeNull();
    const after = await db.commitment.findUniqueOrThrow({ where: { id: forms.commitment.id } });
    expect(after).toMatchObject({ status: "IN_PROGRESS", progress: 30 });
    expect(state).toEqual({
      ok: true,
      message: "Status update saved.",
      saved: { version: after.version, statusUpdateId: expect.any(String), nextRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(revalidated).toEqual([]);
  });

  it("report a conflict with the newer state when the form is stale", async () => {
    session.user = actors.admin;
    const stale = form({
      commitmentId: (await commitmentByTitle("Maarif Schools")).id,
      version: "1",
      status: "BROKEN",
      progress: "30",
      effectiveOn: "2026-05-02",
      rationale: "Project cancelled, says the ministry.",
    });
    const before = await databaseFingerprint();
    const { state } = await run(updateCommitmentStatusAction as never, stale);
    expect(state).toMatchObject({
      ok: false,
      message: /Someone else saved this commitment/,
      conflict: { status: "IN_PROGRESS", progress: 30, version: 2, lastAuthor: actors.analyst.name },
      values: { rationale: "Project cancelled, says the ministry." },
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("record one status update for several commitments, then refuse the same selection as stale, by name", async () => {
    session.user = actors.analyst;
    const forms = await validForms();
    const { state, redirectedTo } = await run(updateCommitmentStatusesAction as never, forms.bulk);
    expect(redirectedTo).toBeNull();
    expect(state).toEqual({
      ok: true,
      message: "Recorded In progress for 2 commitments.",
      recorded: { count: 2, nextRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(revalidated).toEqual(["/commitments"]);
    for (const c of forms.bulkCommitments) {
      expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
        status: "IN_PROGRESS",
        progress: 30,
        version: c.version + 1,
      });
    }

    // The same versions again, under another form id: both are stale now.
    revalidated.length = 0;
    const before = await databaseFingerprint();
    const again = await run(updateCommitmentStatusesAction as never, forms.bulk);
    expect(again.state).toMatchObject({
      ok: false,
      message: /Nothing was recorded: 2 commitments of 2/,
      conflict: expect.arrayContaining(
        forms.bulkCommitments.map((c) => ({ commitmentId: c.id, title: c.title, reason: expect.stringMatching(/Someone else saved it/) })),
      ),
      values: { rationale: "Both taken up in the joint working group's first session." },
    });
    expect(revalidated).toEqual([]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("create and edit commitments", async () => {
    session.user = actors.analyst;
    const forms = await validForms();
    const created = await run(createCommitmentAction as never, forms.create);
    expect(created.redirectedTo).toMatch(/^\/commitments\/[0-9a-f-]{36}\?saved=created$/);
    const edited = await run(updateCommitmentAction as never, forms.edit);
    expect(edited.redirectedTo).toBe(`/commitments/${forms.commitment.id}?saved=edited`);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: forms.commitment.id } })).title).toBe("Maarif Schools, renamed");
  });
});

describe("a status update's obstacles and next step", () => {
  const notesForm = (c: { id: string; version: number }, fields: Record<string, string>) =>
    form({
      commitmentId: c.id,
      version: String(c.version),
      status: "IN_PROGRESS",
      progress: "20",
      effectiveOn: "2026-06-01",
      rationale: "Dates proposed for the council in Astana.",
      evidenceUrls: "",
      ...fields,
    });

  it("are kept with the update, trimmed, and read back in its history; a later update without them has none", async () => {
    session.user = actors.analyst;
    const c = await commitmentByTitle("High-Level Strategic Council");
    const obstacles = 'Both agendas are full until autumn, "tentative"\nper Қазақстан\'s foreign ministry';
    const nextStep = "Confirm the date with Türkiye's Presidency, then announce it.";
    const saved = await run(
      updateCommitmentStatusAction as never,
      notesForm(c, { obstacles: `  ${obstacles}\n`, nextStep: `\t${nextStep} ` }),
    );
    expect(saved.state).toMatchObject({ ok: true });
    const later = await run(
      updateCommitmentStatusAction as never,
      notesForm({ id: c.id, version: c.version + 1 }, { progress: "40", obstacles: " ", nextStep: "" }),
    );
    expect(later.state).toMatchObject({ ok: true });
    const history = (await listStatusHistory(actors.viewer, c.id)).entries;
    expect(history.map((u) => [u.progress, u.obstacles, u.nextStep])).toEqual([
      [40, null, null],
      [20, obstacles, nextStep],
      [0, null, null],
    ]);
  });

  it("over 4,000 characters are refused with their own messages, writing nothing", async () => {
    session.user = actors.analyst;
    const c = await commitmentByTitle("High-Level Strategic Council");
    const before = await databaseFingerprint();
    const { state } = await run(
      updateCommitmentStatusAction as never,
      notesForm(c, { progress: "50", obstacles: "x".repeat(4_001), nextStep: "Meet again in Türkiye." }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { obstacles: ["The obstacles are at most 4,000 characters."] },
      values: { nextStep: "Meet again in Türkiye." },
    });
    expect((state as { values: object }).values).not.toHaveProperty("obstacles");
    const longStep = await run(updateCommitmentStatusAction as never, notesForm(c, { progress: "50", nextStep: ` ${"y".repeat(4_001)} ` }));
    expect(longStep.state).toMatchObject({ ok: false, fieldErrors: { nextStep: ["The next step is at most 4,000 characters."] } });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("the list's columns", () => {
  it("are kept with the account of whoever chose them, viewers included; the rest of the account is untouched", async () => {
    session.user = actors.viewer;
    expect(await getHiddenListColumns(actors.viewer)).toEqual([]);
    const account = () => db.user.findUniqueOrThrow({ where: { id: actors.viewer.id }, omit: { listHiddenColumns: true } });
    const before = await account();
    const { state } = await run(saveListColumnsAction as never, form({ list: "commitments", shown: ["meeting", "updated"] }));
    expect(state).toEqual({ ok: true, message: "Columns saved." });
    expect(await getHiddenListColumns(actors.viewer)).toEqual(["parties", "category", "progress", "target"]);
    expect(await getHiddenListColumns(actors.analyst)).toEqual([]);
    expect(await account()).toEqual(before);
    expect(revalidated).toEqual(["/commitments"]);

    // Nothing ticked hides every optional column.
    await run(saveListColumnsAction as never, form({ list: "commitments" }));
    expect(await getHiddenListColumns(actors.viewer)).toHaveLength(6);
    await run(
      saveListColumnsAction as never,
      form({ list: "commitments", shown: ["meeting", "parties", "category", "progress", "target", "updated"] }),
    );
    expect(await getHiddenListColumns(actors.viewer)).toEqual([]);
  });

  it("refuses an unknown column, another list and a caller without a session, writing nothing", async () => {
    const before = await databaseFingerprint();
    session.user = actors.viewer;
    const unknown = await run(saveListColumnsAction as never, form({ list: "commitments", shown: ["meeting", "password_hash"] }));
    expect(unknown.state).toMatchObject({ ok: false, fieldErrors: { shown: expect.any(Array) } });
    const otherList = await run(saveListColumnsAction as never, form({ list: "users", shown: ["meeting"] }));
    expect(otherList.state).toMatchObject({ ok: false, fieldErrors: { list: expect.any(Array) } });
    session.user = null;
    const anonymous = await run(saveListColumnsAction as never, form({ list: "commitments", shown: ["meeting"] }));
    expect(anonymous.state).toMatchObject({ ok: false, message: /session has ended/ });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("unexpected failures", () => {
  it("reach the form only as a generic message", async () => {
    session.user = actors.analyst;
    const forms = await validForms();
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const client = (globalThis as unknown as { commitmentTrackerDb: typeof db }).commitmentTrackerDb;
    // The save's own statement fails (the session check's statements still run).
    const queryRaw = client.$queryRaw.bind(client);
    const failing = vi
      .spyOn(client, "$queryRaw")
      .mockImplementation(((query: { sql?: string }, ...values: unknown[]) =>
        query.sql?.includes("INSERT INTO status_updates")
          ? Promise.reject(new Error('relation "secret_internal_table" does not exist'))
          : (queryRaw as (...args: unknown[]) => unknown)(query, ...values)) as never);
    const { state } = await run(updateCommitmentStatusAction as never, forms.status);
    failing.mockRestore();
    expect(state).toMatchObject({ ok: false, message: /Something went wrong on our side/ });
    expect(JSON.stringify(state)).not.toContain("secret_internal_table");
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
