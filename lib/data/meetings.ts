import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { pageWindow, type PageWindow } from "@/lib/domain/paging";
import { slugify } from "@/lib/domain/slug";
import { locateQuote } from "@/lib/domain/source-quote";
import { isoDate } from "@/lib/domain/target-date";
import type { AcceptCandidatesInput } from "@/lib/validation/extraction";
import type { MeetingCreateInput, MeetingEditInput } from "@/lib/validation/meeting";
import { searchTerms } from "@/lib/validation/commitment-filters";
import { MEETING_SEARCH_MAX } from "@/lib/validation/meeting-search";
import { recordAudit } from "./audit";
import { escapeLike } from "./commitment-queries";
import { insertNewCommitment } from "./commitments";
import { ConflictError, NotFoundError, ValidationError } from "./errors";

type Tx = Prisma.TransactionClient;

/** Meetings on one page of the meetings index. */
export const MEETINGS_PER_PAGE = 50;

export type MeetingListRow = {
  id: string;
  slug: string;
  title: string;
  kind: string;
  heldOn: Date;
  location: string | null;
  commitments: number;
};

/**
 * One page of the meetings index, newest first, with how many commitments each produced: the
 * meetings whose title or slug holds every word of `q` (as the meeting filter's search matches
 * them), or all of them. A page past the end is the last page. The page holds MEETINGS_PER_PAGE
 * meetings whatever their number (2,000 meetings on one page were 1.4 MB of HTML).
 */
export async function listMeetings(actor: Actor | null, request: { q: string; page: number }): Promise<{ meetings: MeetingListRow[]; window: PageWindow }> {
  assertCan(actor, "meeting:read");
  const where = meetingMatch(searchTerms(request.q.slice(0, 200)));
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM meetings m WHERE ${where}`;
  const window = pageWindow(total, MEETINGS_PER_PAGE, request.page);
  // Counted after the page is cut: counted inside it, the meetings OFFSET skips would be counted too.
  const meetings = await db.$queryRaw<MeetingListRow[]>`
    SELECT p.id, p.slug, p.title, p.kind, p.held_on AS "heldOn", p.location,
           (SELECT count(*)::int FROM commitments c WHERE c.meeting_id = p.id) AS commitments
    FROM (SELECT m.id, m.slug, m.title, m.kind, m.held_on, m.location FROM meetings m
          WHERE ${where}
          ORDER BY m.held_on DESC, m.title, m.slug
          LIMIT ${MEETINGS_PER_PAGE} OFFSET ${window.from}) p
    ORDER BY p.held_on DESC, p.title, p.slug`;
  return { meetings, window };
}

/** Meetings whose title or slug holds every word (accents and case ignored); every meeting for no words. */
function meetingMatch(terms: string[]): Prisma.Sql {
  // search_text: the stored, folded title and slug words (title first), with a trigram index.
  return terms.length
    ? Prisma.join(
        terms.map((term) => Prisma.sql`m.search_text LIKE '%' || ct_fold(${escapeLike(term)}) || '%'`),
        " AND ",
      )
    : Prisma.sql`true`;
}

/** Meetings for filters and forms: just what a choice needs, newest first. */
export async function listMeetingOptions(actor: Actor | null) {
  assertCan(actor, "meeting:read");
  return db.meeting.findMany({ orderBy: [{ heldOn: "desc" }, { title: "asc" }], select: { id: true, slug: true, title: true } });
}

/** A meeting as the meeting filter offers it. */
export type MeetingChoice = { slug: string; title: string; heldOn: string };


/**
 * Meetings whose title or slug holds every word of `q` (accents and case ignored), at most `limit`:
 * titles that start with the search first, then those where every word starts a word, then the
 * rest; newest first within each. An empty search gives the newest meetings.
 */
export async function searchMeetings(actor: Actor | null, q: string, limit = MEETING_SEARCH_MAX): Promise<MeetingChoice[]> {
  assertCan(actor, "meeting:read");
  const terms = searchTerms(q.slice(0, 200));
  const take = Math.min(Math.max(1, Math.trunc(limit) || MEETING_SEARCH_MAX), MEETING_SEARCH_MAX);
  const words = Prisma.sql`' ' || regexp_replace(m.search_text, '[^[:alnum:]]+', ' ', 'g')`;
  const rank = terms.length
    ? Prisma.sql`CASE
        WHEN m.search_text LIKE ct_fold(${escapeLike(terms.join(" "))}) || '%' THEN 0
        WHEN ${Prisma.join(
          terms.map((term) => Prisma.sql`${words} LIKE '% ' || ct_fold(${escapeLike(term)}) || '%'`),
          " AND ",
        )} THEN 1
        ELSE 2 END,`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ slug: string; title: string; heldOn: Date }[]>`
    SELECT m.slug, m.title, m.held_on AS "heldOn" FROM meetings m
    WHERE ${meetingMatch(terms)}
    ORDER BY ${rank} m.held_on DESC, m.title, m.slug
    LIMIT ${take}`;
  return rows.map((row) => ({ ...row, heldOn: isoDate(row.heldOn) }));
}

/** The meeting a filter names by its slug, or null for an unknown slug. */
export async function findMeetingChoice(actor: Actor | null, slug: string): Promise<MeetingChoice | null> {
  assertCan(actor, "meeting:read");
  const meeting = await db.meeting.findUnique({ where: { slug }, select: { slug: true, title: true, heldOn: true } });
  return meeting && { ...meeting, heldOn: isoDate(meeting.heldOn) };
}

/** A meeting with its source text and its commitments (with their source spans, for highlighting). */
export async function getMeetingBySlug(actor: Actor | null, slug: string) {
  assertCan(actor, "meeting:read");
  return db.meeting.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      heldOn: true,
      location: true,
      participants: true,
      sourceUrl: true,
      sourceText: true,
      updatedAt: true,
      commitments: {
        orderBy: [{ sourceStart: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        select: { id: true, title: true, status: true, progress: true, category: true, sourceStart: true, sourceEnd: true },
      },
    },
  });
}

function meetingAuditFields(input: MeetingCreateInput) {
  const { sourceText, ...rest } = input;
  // The readout itself can be long: the audit keeps its length and a fingerprint-sized preview.
  return { ...rest, heldOn: isoDate(input.heldOn), sourceTextLength: sourceText?.length ?? 0, sourceTextStart: sourceText?.slice(0, 120) ?? null };
}

async function uniqueSlug(tx: Tx, title: string, heldOn: Date): Promise<string> {
  const base = `${slugify(title, 60)}-${heldOn.getUTCFullYear()}`;
  const taken = new Set(
    (await tx.meeting.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((m) => m.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a meeting (with its readout, if pasted); returns its slug. */
export async function createMeeting(actor: Actor | null, input: MeetingCreateInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, "meeting:create");
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await uniqueSlug(tx, input.title, input.heldOn);
        const meeting = await tx.meeting.create({ data: { ...input, slug }, select: { id: true, slug: true } });
        await recordAudit(tx, actor, { action: "meeting.create", entityType: "meeting", entityId: meeting.id, after: meetingAuditFields(input) });
        return meeting;
      });
    } catch (error) {
      // Two analysts creating same-titled meetings at once: the slug's unique index decides; try the next.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}

/**
 * Where each commitment's quote sits in a new version of the readout (`locateQuote`'s rule, near where
 * it was). A quote no longer in the readout makes the change unsafe; one that was not attached is
 * attached when the corrected readout has it.
 */
function relocateSpans(
  newText: string | null,
  commitments: { id: string; title: string; sourceQuote: string; sourceStart: number | null; sourceEnd: number | null }[],
) {
  const moves: { id: string; sourceStart: number | null; sourceEnd: number | null }[] = [];
  const lost: string[] = [];
  for (const c of commitments) {
    const span = locateQuote(newText, c.sourceQuote, c.sourceStart);
    if (!span) {
      if (c.sourceStart !== null) lost.push(c.title);
    } else if (span.start !== c.sourceStart || span.end !== c.sourceEnd) {
      moves.push({ id: c.id, sourceStart: span.start, sourceEnd: span.end });
    }
  }
  return { moves, lost };
}

/** Edits a meeting, refusing a stale form and any readout change that would cut a commitment off its sentence. */
export async function updateMeeting(actor: Actor | null, input: MeetingEditInput): Promise<{ slug: string }> {
  assertCan(actor, "meeting:edit");
  return db.$transaction(async (tx) => {
    // Lock the row: two edits of one meeting queue instead of both passing the timestamp check.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM meetings WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError("The meeting");
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: input.id },
      select: { slug: true, title: true, kind: true, heldOn: true, location: true, participants: true, sourceUrl: true, sourceText: true, updatedAt: true },
    });
    if (before.updatedAt.toISOString() !== new Date(input.loadedAt).toISOString())
      throw new ConflictError("Someone else saved this meeting after you opened it. Nothing was overwritten: reload the page to see their changes, then edit again.", null);
    if (before.sourceText !== input.sourceText) {
      const commitments = await tx.commitment.findMany({
        where: { meetingId: input.id },
        select: { id: true, title: true, sourceQuote: true, sourceStart: true, sourceEnd: true },
      });
      const { moves, lost } = relocateSpans(input.sourceText, commitments);
      if (lost.length)
        throw new ValidationError("The readout change would cut commitments off their source sentences; nothing was saved.", {
          sourceText: [`These commitments quote text that is no longer in the readout: ${lost.slice(0, 5).join("; ")}${lost.length > 5 ? ` and ${lost.length - 5} more` : ""}. Keep their sentences, or edit those commitments first.`],
        });
      for (const move of moves) await tx.commitment.update({ where: { id: move.id }, data: { sourceStart: move.sourceStart, sourceEnd: move.sourceEnd } });
    }
    const { id, loadedAt: _loadedAt, ...fields } = input;
    await tx.meeting.update({ where: { id }, data: fields });
    await recordAudit(tx, actor, {
      action: "meeting.edit",
      entityType: "meeting",
      entityId: id,
      before: meetingAuditFields({ ...before, sourceText: before.sourceText }),
      after: meetingAuditFields(fields),
    });
    return { slug: before.slug };
  });
}

/**
 * Creates the accepted candidates as commitments ("Not yet assessed", with their exact source spans)
 * in one transaction: every one is written, or none is.
 */
export async function acceptCandidates(actor: Actor | null, input: AcceptCandidatesInput): Promise<{ ids: string[] }> {
  assertCan(actor, "commitment:create");
  try {
    return await writeAcceptedCandidates(actor, input);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ValidationError("Another analyst has just logged a commitment with one of these titles; nothing was created. Reload the page to see it.");
    throw error;
  }
}

function writeAcceptedCandidates(actor: Actor, input: AcceptCandidatesInput): Promise<{ ids: string[] }> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, heldOn: true, sourceText: true } });
    if (!meeting) throw new NotFoundError("The meeting");
    if (!meeting.sourceText) throw new ValidationError("This meeting has no readout to take pledges from; paste it first.");
    const errors: Record<string, string[]> = {};
    const spans = input.candidates.map((c, i) => {
      const span = locateQuote(meeting.sourceText, c.quote, c.near);
      if (!span) errors[`candidates.${i}.quote`] = ["The quote must be text of the readout, character for character."];
      return span ?? { start: 0, end: 0 };
    });
    const titles = new Map<string, number>();
    input.candidates.forEach((c, i) => {
      const key = c.title.toLocaleLowerCase("en");
      if (titles.has(key)) errors[`candidates.${i}.title`] = ["Two accepted candidates have this title; make them differ."];
      titles.set(key, i);
    });
    const existing = await tx.commitment.findMany({
      where: { meetingId: meeting.id, title: { in: input.candidates.map((c) => c.title) } },
      select: { title: true },
    });
    for (const row of existing) {
      const i = input.candidates.findIndex((c) => c.title === row.title);
      errors[`candidates.${i}.title`] = ["This meeting already has a commitment with this title."];
    }
    const partyIds = [...new Set(input.candidates.flatMap((c) => c.partyIds))];
    const known = new Set((await tx.party.findMany({ where: { id: { in: partyIds } }, select: { id: true } })).map((p) => p.id));
    input.candidates.forEach((c, i) => {
      if (c.partyIds.some((id) => !known.has(id))) errors[`candidates.${i}.partyIds`] = ["A chosen party no longer exists; reload the page."];
    });
    if (Object.keys(errors).length) throw new ValidationError("Some candidates need attention; nothing was created.", errors);

    const ids: string[] = [];
    for (const [i, c] of input.candidates.entries()) {
      const span = spans[i];
      const created = await insertNewCommitment(
        tx,
        actor,
        {
          meetingId: meeting.id,
          title: c.title,
          category: c.category,
          sourceQuote: meeting.sourceText!.slice(span.start, span.end),
          sourceStart: span.start,
          sourceEnd: span.end,
          targetDate: c.targetDate,
          targetPrecision: c.targetPrecision,
        },
        {
          partyIds: c.partyIds,
          heldOn: meeting.heldOn,
          rationale: "Accepted from the readout's extracted candidates.",
          audit: { via: "extraction", meetingId: meeting.id, title: c.title, category: c.category, partyIds: c.partyIds, sourceStart: span.start, sourceEnd: span.end, targetPrecision: c.targetPrecision, targetDate: c.targetDate && isoDate(c.targetDate) },
        },
      );
      ids.push(created.id);
    }
    return { ids };
  });
}
