import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { findMeetingChoice, listMeetings, MEETINGS_PER_PAGE, searchMeetings } from "@/lib/data/meetings";
import { seedDemoActors, type Actors } from "./support/fixtures";

// The meeting filter's search: 2,000 meetings as in the benchmark, and a few whose titles test the
// order (the title starts with the search, a word starts with it, it is inside a word).
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
const route = await import("@/app/api/meetings/search/route");

const JSPG = "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group";

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
  await db.$executeRaw`
    INSERT INTO meetings (id, slug, title, kind, held_on, location, updated_at)
    SELECT gen_random_uuid(), 'bench-meeting-' || i, 'Benchmark meeting ' || i, 'Bilateral ministerial',
           date '2023-01-02' + (i * 1090 / 2000)::int, 'Capital ' || (i % 40), now()
    FROM generate_series(1, 2000) i`;
  await db.$executeRaw`
    INSERT INTO meetings (id, slug, title, kind, held_on, updated_at) VALUES
      (gen_random_uuid(), 'strategic-planning-2025', 'Strategic Planning Group, 7th meeting', 'Bilateral ministerial', '2025-03-01', now()),
      (gen_random_uuid(), 'strategic-council-2019', 'Strategic Council, 1st meeting', 'Bilateral ministerial', '2019-05-01', now()),
      (gen_random_uuid(), 'geostrategic-dialogue-2026', 'Geostrategic dialogue of the Caspian states', 'Multilateral', '2026-09-01', now()),
      (gen_random_uuid(), 'high-level-strategic-council-2022', 'High-Level Strategic Cooperation Council', 'Summit', '2022-10-12', now()),
      (gen_random_uuid(), 'percent-2024', 'Trade up 100% review', 'Bilateral ministerial', '2024-01-10', now())`;
  await db.$executeRaw`ANALYZE meetings`;
});

const titles = async (q: string, limit?: number) => (await searchMeetings(actors.viewer, q, limit)).map((m) => m.title);

describe("searchMeetings", () => {
  it("puts titles that start with the search first, then those where it starts a word, then the rest; newest first in each", async () => {
    expect(await titles("strategic")).toEqual([
      "Strategic Planning Group, 7th meeting",
      "Strategic Council, 1st meeting",
      JSPG,
      "High-Level Strategic Cooperation Council",
      "Geostrategic dialogue of the Caspian states",
    ]);
  });

  it("needs every word, in any order, ignoring accents and case, in the title or the slug", async () => {
    expect(await titles("council STRATEGIC")).toEqual(["High-Level Strategic Cooperation Council", "Strategic Council, 1st meeting"]);
    expect(await titles("turkiye kazakhstan")).toEqual([JSPG]);
    expect(await titles("jspg")).toEqual([JSPG]);
    expect(await titles("strategic nowhere")).toEqual([]);
  });

  it("answers at most 20 (or fewer when asked), newest first, and the newest meetings for an empty search", async () => {
    const found = await searchMeetings(actors.viewer, "benchmark meeting");
    expect(found).toHaveLength(20);
    expect(found.map((m) => m.heldOn)).toEqual([...found.map((m) => m.heldOn)].sort().reverse());
    expect(found[0]).toEqual({ slug: "bench-meeting-2000", title: "Benchmark meeting 2000", heldOn: "2025-12-27" });
    expect(await titles("benchmark", 3)).toHaveLength(3);
    expect(await titles("benchmark", 500)).toHaveLength(20);
    const newest = await titles("");
    expect(newest).toHaveLength(20);
    expect(newest.slice(0, 4)).toEqual([
      "Geostrategic dialogue of the Caspian states",
      JSPG,
      "Benchmark meeting 2000",
      "Benchmark meeting 1999",
    ]);
  });

  it("takes LIKE's wildcards literally", async () => {
    expect(await titles("100%")).toEqual(["Trade up 100% review"]);
    expect(await titles("%")).toEqual(["Trade up 100% review"]);
    expect(await titles("_")).toEqual([]);
  });

  it("searches in a form the trigram index can answer (at 2,000 meetings, reading them all is as cheap)", async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN (COSTS OFF) SELECT slug FROM meetings m WHERE m.search_text LIKE '%' || ct_fold(${"geostrategic"}) || '%'`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Bitmap Index Scan on meetings_search_text_trgm_idx");
  });

  it("lets a viewer search, refuses a signed-out caller, and finds the filter's meeting by slug", async () => {
    await expect(searchMeetings(null, "strategic")).rejects.toBeInstanceOf(AuthorizationError);
    await expect(findMeetingChoice(null, "jspg-8-2026-ankara")).rejects.toBeInstanceOf(AuthorizationError);
    expect(await findMeetingChoice(actors.viewer, "jspg-8-2026-ankara")).toEqual({
      slug: "jspg-8-2026-ankara",
      title: JSPG,
      heldOn: "2026-02-02",
    });
    expect(await findMeetingChoice(actors.viewer, "no-such-meeting")).toBeNull();
  });
});

describe("listMeetings (the meetings index, a page at a time)", () => {
  const list = (q: string, page: number) => listMeetings(actors.viewer, { q, page });

  it("holds a page of meetings whatever their number, newest first, and every meeting once across the pages", async () => {
    const all = await db.meeting.findMany({ select: { slug: true, title: true, heldOn: true } });
    const first = await list("", 1);
    expect(first.window).toMatchObject({ page: 1, total: all.length, pageCount: Math.ceil(all.length / MEETINGS_PER_PAGE), first: 1 });
    expect(first.meetings).toHaveLength(MEETINGS_PER_PAGE);
    const seen: { slug: string; heldOn: Date; title: string }[] = [];
    for (let page = 1; page <= first.window.pageCount; page++) seen.push(...(await list("", page)).meetings);
    expect(seen.map((m) => m.slug).sort()).toEqual(all.map((m) => m.slug).sort());
    const order = (a: { heldOn: Date; title: string }, b: { heldOn: Date; title: string }) =>
      b.heldOn.getTime() - a.heldOn.getTime() || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
    expect(seen.map((m) => m.slug)).toEqual([...seen].sort(order).map((m) => m.slug));
  });

  it("shows the last page for a page past the end", async () => {
    const last = await list("", 10_000);
    expect(last.window.page).toBe(last.window.pageCount);
    expect(last.meetings).toHaveLength(last.window.total - (last.window.pageCount - 1) * MEETINGS_PER_PAGE);
    expect(last.window.last).toBe(last.window.total);
  });

  it("finds the meetings the filter's search finds, newest first, with how many commitments each produced", async () => {
    const found = await list("council STRATEGIC", 1);
    expect(found.meetings.map((m) => m.title)).toEqual(["High-Level Strategic Cooperation Council", "Strategic Council, 1st meeting"]);
    expect(found.window).toMatchObject({ total: 2, pageCount: 1, first: 1, last: 2 });
    const jspg = (await list("turkiye kazakhstan", 1)).meetings;
    expect(jspg.map((m) => m.title)).toEqual([JSPG]);
    expect(jspg[0].commitments).toBe(await db.commitment.count({ where: { meeting: { slug: "jspg-8-2026-ankara" } } }));
    expect(jspg[0].commitments).toBeGreaterThan(0);
    expect((await list("strategic council", 1)).meetings[0].commitments).toBe(0);
    expect((await list("100%", 1)).meetings.map((m) => m.title)).toEqual(["Trade up 100% review"]);
  });

  it("pages a search too, and answers a search that finds nothing with no meetings", async () => {
    const second = await list("benchmark", 2);
    expect(second.window).toMatchObject({ page: 2, total: 2000, pageCount: 40, first: 51, last: 100 });
    const bench = await db.meeting.findMany({
      where: { slug: { startsWith: "bench-meeting-" } },
      orderBy: [{ heldOn: "desc" }, { title: "asc" }, { slug: "asc" }],
      select: { slug: true },
    });
    expect(second.meetings.map((m) => m.slug)).toEqual(bench.slice(50, 100).map((m) => m.slug));
    expect(await list("strategic nowhere", 3)).toEqual({
      meetings: [],
      window: { page: 1, pageCount: 1, total: 0, from: 0, to: 0, first: 0, last: 0 },
    });
  });

  it("refuses a signed-out caller", async () => {
    await expect(listMeetings(null, { q: "", page: 1 })).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("GET /api/meetings/search", () => {
  const get = (query: string) => route.GET(new Request(`http://localhost/api/meetings/search${query}`));

  it("refuses a signed-out request by itself (401) and gives nothing away", async () => {
    session.user = null;
    const refused = await get("?q=jspg");
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("Planning");
  });

  it("answers a viewer with [{ slug, title, heldOn }], at most 20 whatever the limit asked", async () => {
    session.user = actors.viewer;
    const answer = await get("?q=jspg&limit=5");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.json()).toEqual([{ slug: "jspg-8-2026-ankara", title: JSPG, heldOn: "2026-02-02" }]);
    expect(((await (await get("?q=benchmark&limit=1000")).json()) as unknown[]).length).toBe(20);
    expect(((await (await get("?q=benchmark&limit=nonsense")).json()) as unknown[]).length).toBe(20);
    expect(await (await get(`?q=${encodeURIComponent("'; DROP TABLE meetings; --")}`)).json()).toEqual([]);
    expect(await db.meeting.count()).toBe(2006);
  });
});
