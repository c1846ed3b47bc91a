import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { COMMITMENT_COLUMNS, IMPORT_TEMPLATE_EXAMPLE } from "@/lib/domain/commitment-exchange";
import { CSV_BOM, csvRow } from "@/lib/domain/csv";
import { importRoute, importTemplateRoute, type ImportResponse } from "@/lib/http/import-route";
import { IMPORT_MAX_BYTES } from "@/lib/validation/commitment-import";
import { databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";
import { PROPERTY_TEST_TIMEOUT_MS } from "./support/hostile-input";

// The CSV import route checks the Origin, the session and the role before it reads a byte of the
// body, reads at most 20 MB as it streams, and answers every input with JSON and a status below 500.

let actors: Actors;
beforeAll(async () => {
  actors = await seedDemoActors();
});

const SAME_SITE = { origin: "http://localhost:3000", host: "localhost:3000" };

function post(body: BodyInit | null, query = "", headers: Record<string, string> = SAME_SITE) {
  return new Request(`http://localhost:3000/api/import/commitments${query}`, {
    method: "POST",
    body,
    headers,
    // Node's fetch needs this to send a stream as a body.
    duplex: "half",
  } as RequestInit);
}

/** A body that sends a first chunk and then never ends: only a handler that does not read it can answer. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull() {
      pulls++;
      return pulls === 1 ? undefined : new Promise<void>(() => {});
    },
    start(controller) {
      controller.enqueue(new TextEncoder().encode("id,meeting_slug\r\n"));
    },
  });
  return { stream, pulled: () => pulls };
}

async function within<T>(promise: Promise<T>, ms = 2_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

function fileRow(title: string): string {
  return (
    csvRow([...COMMITMENT_COLUMNS]) +
    csvRow([
      "",
      "jspg-8-2026-ankara",
      "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group",
      "Bilateral ministerial (Joint Strategic Planning Group)",
      "2026-02-02",
      title,
      "",
      "Health",
      "Türkiye",
      "NOT_YET_ASSESSED",
      "0",
      "2026-02-02",
      "",
      "",
      "NONE",
      "",
      "A quote of at least ten characters.",
      "",
      "",
      "",
      "",
      "",
    ])
  );
}

/** A row for the demo's JSPG meeting (which has its readout) with a quote the readout has, and no offsets. */
const JSPG_ROW: Record<string, string> = {
  ...IMPORT_TEMPLATE_EXAMPLE,
  meeting_slug: "jspg-8-2026-ankara",
  meeting_title: "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group",
  meeting_kind: "Bilateral ministerial (Joint Strategic Planning Group)",
  meeting_held_on: "2026-02-02",
  category: "Energy & mining",
  source_quote: "The meeting also emphasized the importance of cooperating in the energy sector through energy trade and joint projects",
};

function fileWith(header: string[], ...rows: Record<string, string>[]): string {
  return CSV_BOM + csvRow(header) + rows.map((row) => csvRow(header.map((column) => row[column] ?? ""))).join("");
}

describe("the import route", () => {
  it("refuses a signed-out caller, a viewer and a foreign page before reading the body", async () => {
    for (const [user, headers, status] of [
      [null, SAME_SITE, 401],
      [actors.viewer, SAME_SITE, 403],
      [actors.analyst, { origin: "https://evil.example", host: "localhost:3000" }, 403],
      [actors.analyst, { host: "localhost:3000" }, 403],
    ] as [Actor | null, Record<string, string>, number][]) {
      const { stream } = endlessBody();
      const response = await within(importRoute(post(stream, "?intent=import", headers), user));
      expect(response.status).toBe(status);
      expect(((await response.json()) as ImportResponse).ok).toBe(false);
    }
  });

  it("refuses more than 20 MB, declared or streamed, and bytes that are not UTF-8", async () => {
    const declared = await within(
      importRoute(post(endlessBody().stream, "", { ...SAME_SITE, "content-length": String(IMPORT_MAX_BYTES + 1) }), actors.analyst),
    );
    expect(declared.status).toBe(413);
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41);
    const streamed = await importRoute(post(new Blob([big]).stream()), actors.analyst);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as ImportResponse).message).toContain("larger than 20 MB");
    const latin1 = await importRoute(post(new Uint8Array([0x69, 0x64, 0x2c, 0xe9, 0x0d, 0x0a])), actors.analyst);
    expect(latin1.status).toBe(400);
    expect(((await latin1.json()) as ImportResponse).message).toContain("not UTF-8");
  });

  it("previews without writing, then imports, as an analyst", async () => {
    const before = await databaseFingerprint();
    const preview = await importRoute(post(fileRow("Imported through the route"), "?name=route.csv"), actors.analyst);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({
      ok: true,
      stage: "preview",
      fileName: "route.csv",
      summary: { creates: 1, issueCount: 0 },
    });
    expect(await databaseFingerprint()).toEqual(before);
    const imported = await importRoute(post(fileRow("Imported through the route"), "?intent=import&name=route.csv"), actors.analyst);
    expect(await imported.json()).toMatchObject({ ok: true, stage: "imported", summary: { creates: 1 } });
    expect(await db.commitment.count({ where: { title: "Imported through the route" } })).toBe(1);
    const rejected = await importRoute(post(fileRow(""), "?intent=import"), actors.analyst);
    expect(rejected.status).toBe(422);
    expect(await rejected.json()).toMatchObject({ ok: false, summary: { issueCount: 1 } });
  });

  it("previews a header problem and the rows' problems together, and the import writes nothing", async () => {
    const header = [...COMMITMENT_COLUMNS, "notes"];
    const file = fileWith(
      header,
      { ...JSPG_ROW, title: "Cooperate on energy trade (header test)", notes: "ignored" },
      { ...JSPG_ROW, title: "A pledge with a made-up status", status: "DONE" },
      { ...JSPG_ROW, title: "A pledge whose progress is not a number", progress: "a lot" },
    );
    const before = await databaseFingerprint();
    const preview = await importRoute(post(file, "?intent=preview&name=notes.csv"), actors.analyst);
    expect(preview.status).toBe(200);
    const { summary } = (await preview.json()) as Extract<ImportResponse, { ok: true }>;
    expect(summary.issues.map((i) => [i.row, i.column])).toEqual([
      [0, "notes"],
      [2, "status"],
      [3, "progress"],
    ]);
    expect(summary).toMatchObject({ rows: 3, creates: 1, issueCount: 3, offsetsFound: [1] });

    const imported = await importRoute(post(file, "?intent=import&name=notes.csv"), actors.analyst);
    expect(imported.status).toBe(422);
    expect(((await imported.json()) as ImportResponse).summary?.issues.map((i) => [i.row, i.column])).toEqual([
      [0, "notes"],
      [2, "status"],
      [3, "progress"],
    ]);

    // A missing column is one problem, and the values that are there are still checked.
    const withoutCategory = COMMITMENT_COLUMNS.filter((c) => c !== "category");
    const missing = await importRoute(
      post(fileWith(withoutCategory, { ...JSPG_ROW, title: "Fine but for the missing column" }, { ...JSPG_ROW, status: "DONE" })),
      actors.analyst,
    );
    expect(((await missing.json()) as Extract<ImportResponse, { ok: true }>).summary).toMatchObject({
      rows: 2,
      creates: 0,
      issues: [expect.objectContaining({ row: 0, column: "category" }), expect.objectContaining({ row: 2, column: "status" })],
      issueCount: 2,
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("finds the positions of quotes given without offsets, and says for which rows", async () => {
    const file = fileWith([...COMMITMENT_COLUMNS], { ...JSPG_ROW, title: "Cooperate on energy trade (offsets test)" });
    const preview = (await (await importRoute(post(file), actors.analyst)).json()) as Extract<ImportResponse, { ok: true }>;
    expect(preview.summary).toMatchObject({ creates: 1, issueCount: 0, offsetsFound: [1], offsetsDropped: [] });
    const imported = await importRoute(post(file, "?intent=import"), actors.analyst);
    expect(imported.status).toBe(200);
    const created = await db.commitment.findFirstOrThrow({
      where: { title: "Cooperate on energy trade (offsets test)" },
      select: { sourceStart: true, sourceEnd: true, meeting: { select: { sourceText: true } } },
    });
    expect(created.meeting.sourceText!.slice(created.sourceStart!, created.sourceEnd!)).toBe(JSPG_ROW.source_quote);
  });

  it("serves the template to those who may import, and the template imports cleanly, once", async () => {
    for (const [user, status] of [
      [null, 401],
      [actors.viewer, 403],
    ] as [Actor | null, number][])
      expect(importTemplateRoute(user).status).toBe(status);

    const served = importTemplateRoute(actors.analyst);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(served.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await served.arrayBuffer());
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.split("\r\n")[0]).toBe(CSV_BOM + COMMITMENT_COLUMNS.join(","));

    const before = await databaseFingerprint();
    const preview = await importRoute(post(bytes, "?intent=preview&name=template.csv"), actors.analyst);
    expect(await preview.json()).toMatchObject({
      ok: true,
      stage: "preview",
      summary: { rows: 1, creates: 1, issueCount: 0, issues: [], newMeetings: [IMPORT_TEMPLATE_EXAMPLE.meeting_slug] },
    });
    expect(await databaseFingerprint()).toEqual(before);

    const imported = await importRoute(post(bytes, "?intent=import&name=template.csv"), actors.analyst);
    expect(await imported.json()).toMatchObject({ ok: true, stage: "imported", summary: { creates: 1 } });
    const after = await databaseFingerprint();
    const again = await importRoute(post(bytes, "?intent=import&name=template.csv"), actors.analyst);
    expect(await again.json()).toMatchObject({ ok: true, stage: "imported", summary: { creates: 0, updates: 0, unchanged: 1 } });
    expect(await databaseFingerprint()).toEqual(after);
  });

  it("answers hostile bodies and parameters with JSON below 500 and writes nothing", { timeout: PROPERTY_TEST_TIMEOUT_MS }, async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constant(csvRow([...COMMITMENT_COLUMNS])),
    );
    await fc.assert(
      fc.asyncProperty(hostile, fc.string({ maxLength: 30 }), fc.string({ maxLength: 300 }), async (body, intent, name) => {
        const before = await databaseFingerprint();
        const query = `?intent=${encodeURIComponent(intent)}&name=${encodeURIComponent(name)}`;
        const response = await importRoute(post(body, query), actors.analyst);
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as ImportResponse;
        expect(answer.message).toEqual(expect.any(String));
        expect(answer.ok && answer.stage === "imported").toBe(false);
        expect(await databaseFingerprint()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
