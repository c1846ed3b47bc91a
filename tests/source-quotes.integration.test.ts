import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCommitment } from "@/lib/data/commitments";
import { importCommitments } from "@/lib/data/exchange";
import { acceptCandidates, createMeeting, getMeetingBySlug, updateMeeting } from "@/lib/data/meetings";
import { COMMITMENT_COLUMNS } from "@/lib/domain/commitment-exchange";
import { csvRow } from "@/lib/domain/csv";
import { CommitmentCreateSchema } from "@/lib/validation/commitment";
import { AcceptCandidatesSchema } from "@/lib/validation/extraction";
import { MeetingCreateSchema, MeetingEditSchema } from "@/lib/validation/meeting";
import { seedDemoActors, type Actors } from "./support/fixtures";

// A readout that repeats a pledge word for word (a summary paragraph restating the body is common).
const QUOTE = "The sides agreed to open Maarif Schools in Astana and Almaty.";
const READOUT = `Opening. ${QUOTE} Trade was discussed at length. In summary: ${QUOTE} The meeting closed.`;
const FIRST = READOUT.indexOf(QUOTE);
const SECOND = READOUT.indexOf(QUOTE, FIRST + 1);

let actors: Actors;
let partyIds: string[];
let meeting: { id: string; slug: string; heldOn: Date };

beforeAll(async () => {
  actors = await seedDemoActors();
  partyIds = (await db.party.findMany({ where: { name: { in: ["Türkiye", "Kazakhstan"] } }, select: { id: true } })).map((p) => p.id);
  const { slug } = await createMeeting(
    actors.analyst,
    MeetingCreateSchema.parse({
      title: "Repeated pledge meeting",
      kind: "Bilateral ministerial",
      heldOn: "2026-03-01",
      sourceText: READOUT,
    }),
  );
  meeting = (await getMeetingBySlug(actors.analyst, slug))!;
});

const span = async (title: string) => {
  const c = await db.commitment.findFirstOrThrow({ where: { meetingId: meeting.id, title } });
  return [c.sourceStart, c.sourceEnd];
};

describe("a quote the readout repeats is attached by one rule, whatever path it came by", () => {
  it("form, candidates and import agree, and a corrected readout keeps every quote on its copy", async () => {
    // The form knows no position: the first occurrence.
    await createCommitment(
      actors.analyst,
      CommitmentCreateSchema.parse({
        meetingId: meeting.id,
        title: "By the form",
        category: "Education, science & culture",
        partyIds,
        sourceQuote: QUOTE,
        targetPrecision: "NONE",
      }),
    );
    // A candidate found at the second occurrence stays there.
    await acceptCandidates(
      actors.analyst,
      AcceptCandidatesSchema.parse({
        meetingId: meeting.id,
        candidates: [
          {
            title: "From the candidates",
            category: "Education, science & culture",
            partyIds,
            targetPrecision: "NONE",
            target: "",
            quote: QUOTE,
            near: SECOND,
          },
        ],
      }),
    );
    // An imported row that says where its quote is (the second occurrence) is put there.
    const record: Record<string, string> = {
      id: "",
      meeting_slug: meeting.slug,
      meeting_title: "Repeated pledge meeting",
      meeting_kind: "Bilateral ministerial",
      meeting_held_on: "2026-03-01",
      title: "From the import",
      description: "",
      category: "Education, science & culture",
      parties: "Kazakhstan; Türkiye",
      status: "NOT_YET_ASSESSED",
      progress: "0",
      status_effective_on: "2026-03-01",
      target_precision: "NONE",
      target: "",
      source_quote: QUOTE,
      source_start: String(SECOND),
      source_end: String(SECOND + QUOTE.length),
    };
    await importCommitments(
      actors.analyst,
      [csvRow([...COMMITMENT_COLUMNS]), csvRow(COMMITMENT_COLUMNS.map((c) => record[c]))].join("\r\n"),
      "repeated.csv",
    );

    expect(await span("By the form")).toEqual([FIRST, FIRST + QUOTE.length]);
    expect(await span("From the candidates")).toEqual([SECOND, SECOND + QUOTE.length]);
    expect(await span("From the import")).toEqual([SECOND, SECOND + QUOTE.length]);

    // The readout is corrected above both copies: every quote moves with its own copy.
    const corrected = `Corrected copy, 3 March.\n\n${READOUT}`;
    const shift = corrected.length - READOUT.length;
    const saved = (await getMeetingBySlug(actors.analyst, meeting.slug))!;
    await updateMeeting(
      actors.analyst,
      MeetingEditSchema.parse({
        id: saved.id,
        loadedAt: saved.updatedAt.toISOString(),
        title: "Repeated pledge meeting",
        kind: "Bilateral ministerial",
        heldOn: "2026-03-01",
        sourceText: corrected,
      }),
    );
    expect(await span("By the form")).toEqual([FIRST + shift, FIRST + shift + QUOTE.length]);
    expect(await span("From the candidates")).toEqual([SECOND + shift, SECOND + shift + QUOTE.length]);
    expect(await span("From the import")).toEqual([SECOND + shift, SECOND + shift + QUOTE.length]);
  });
});
