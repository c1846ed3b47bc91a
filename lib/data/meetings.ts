import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Meetings newest first, with how many commitments each produced. */
export async function listMeetings(actor: Actor | null) {
  assertCan(actor, "meeting:read");
  return db.meeting.findMany({
    orderBy: [{ heldOn: "desc" }, { title: "asc" }],
    select: { id: true, slug: true, title: true, kind: true, heldOn: true, location: true, _count: { select: { commitments: true } } },
  });
}

/** Meetings for filters and forms: just what a choice needs, newest first. */
export async function listMeetingOptions(actor: Actor | null) {
  assertCan(actor, "meeting:read");
  return db.meeting.findMany({ orderBy: [{ heldOn: "desc" }, { title: "asc" }], select: { id: true, slug: true, title: true } });
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
      sourceUrl: true,
      sourceText: true,
      commitments: {
        orderBy: [{ sourceStart: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        select: { id: true, title: true, status: true, progress: true, category: true, sourceStart: true, sourceEnd: true },
      },
    },
  });
}
