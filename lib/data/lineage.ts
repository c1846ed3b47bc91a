import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { LinkKindValue } from "@/lib/domain/lineage";
import type { CommitmentStatusValue } from "@/lib/domain/status";
import type { CommitmentLinkInput, CommitmentUnlinkInput } from "@/lib/validation/lineage";
import { recordAudit } from "./audit";
import { commitmentFilterSql } from "./commitment-queries";
import { NotFoundError, ValidationError } from "./errors";

export type LineageEntry = {
  linkId: string;
  id: string;
  title: string;
  status: CommitmentStatusValue;
  kind: LinkKindValue;
  note: string | null;
  depth: number;
  meetingTitle: string;
  meetingSlug: string;
  meetingHeldOn: Date;
};

/**
 * The chain both ways: the earlier commitments this one restates, reaffirms or implements (and theirs,
 * recursively), and the later ones that restate, reaffirm or implement it.
 */
export async function getLineage(actor: Actor | null, commitmentId: string): Promise<{ earlier: LineageEntry[]; later: LineageEntry[] }> {
  assertCan(actor, "commitment:read");
  const walk = (direction: "earlier" | "later") => {
    const [next, here] = direction === "earlier" ? [Prisma.sql`to_id`, Prisma.sql`from_id`] : [Prisma.sql`from_id`, Prisma.sql`to_id`];
    return db.$queryRaw<LineageEntry[]>`
      WITH RECURSIVE chain(link_id, id, kind, note, depth, path) AS (
        SELECT l.id, l.${next}, l.kind, l.note, 1, ARRAY[l.${here}, l.${next}]
        FROM commitment_links l WHERE l.${here} = ${commitmentId}::uuid
        UNION ALL
        SELECT l.id, l.${next}, l.kind, l.note, chain.depth + 1, chain.path || l.${next}
        FROM commitment_links l JOIN chain ON l.${here} = chain.id
        WHERE NOT l.${next} = ANY(chain.path) AND chain.depth < 20
      )
      SELECT chain.link_id AS "linkId", c.id, c.title, c.status::text AS status, chain.kind::text AS kind, chain.note, chain.depth,
             m.title AS "meetingTitle", m.slug AS "meetingSlug", m.held_on AS "meetingHeldOn"
      FROM chain JOIN commitments c ON c.id = chain.id JOIN meetings m ON m.id = c.meeting_id
      ORDER BY chain.depth, m.held_on DESC, c.title`;
  };
  const [earlier, later] = await Promise.all([walk("earlier"), walk("later")]);
  return { earlier, later };
}

/** Commitments from meetings held on or before this one's, matching a search (the list's own search), to link to. */
export async function findLinkTargets(actor: Actor | null, commitmentId: string, q: string) {
  assertCan(actor, "commitment:read");
  const term = q.trim().slice(0, 200);
  if (!term) return [];
  return db.$queryRaw<{ id: string; title: string; meetingTitle: string; meetingHeldOn: Date; linked: boolean }[]>`
    SELECT c.id, c.title, m.title AS "meetingTitle", m.held_on AS "meetingHeldOn",
           EXISTS (SELECT 1 FROM commitment_links l WHERE l.from_id = ${commitmentId}::uuid AND l.to_id = c.id) AS linked
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id
    WHERE c.id <> ${commitmentId}::uuid
      AND m.held_on <= (SELECT m2.held_on FROM commitments c2 JOIN meetings m2 ON m2.id = c2.meeting_id WHERE c2.id = ${commitmentId}::uuid)
      AND ${commitmentFilterSql({ q: term, statuses: [], categories: [], parties: [], meeting: null })}
    ORDER BY m.held_on DESC, c.title
    LIMIT 20`;
}

/** Links a commitment to an earlier one it restates, reaffirms or implements. Never changes a status. */
export async function linkCommitments(actor: Actor | null, input: CommitmentLinkInput): Promise<{ id: string }> {
  assertCan(actor, "commitment:link");
  if (input.fromId === input.toId) throw new ValidationError("A commitment cannot be linked to itself.", { toId: ["Choose another commitment."] });
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.commitment.findMany({
        where: { id: { in: [input.fromId, input.toId] } },
        select: { id: true, title: true, meeting: { select: { heldOn: true } } },
      });
      const from = rows.find((r) => r.id === input.fromId);
      const to = rows.find((r) => r.id === input.toId);
      if (!from) throw new NotFoundError("The commitment");
      if (!to) throw new NotFoundError("The earlier commitment");
      if (to.meeting.heldOn > from.meeting.heldOn)
        throw new ValidationError("Link from the later commitment to the earlier one.", {
          toId: ["That commitment comes from a later meeting: open it and link it to this one instead."],
        });
      // Same-day meetings could still close a loop: refuse a link whose target already leads back here.
      const [loop] = await tx.$queryRaw<{ found: boolean }[]>`
        WITH RECURSIVE up(id) AS (
          SELECT to_id FROM commitment_links WHERE from_id = ${input.toId}::uuid
          UNION SELECT l.to_id FROM commitment_links l JOIN up ON l.from_id = up.id)
        SELECT EXISTS (SELECT 1 FROM up WHERE id = ${input.fromId}::uuid) AS found`;
      if (loop.found) throw new ValidationError("This link would make a loop in the chain.", { toId: ["The chosen commitment already leads back to this one."] });
      const link = await tx.commitmentLink.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
      await recordAudit(tx, actor, { action: "commitment.link", entityType: "commitment", entityId: input.fromId, after: { linkId: link.id, ...input, toTitle: to.title } });
      return link;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ValidationError("These two commitments are already linked.", { toId: ["Already linked; remove the link first to change its kind."] });
    throw error;
  }
}

/** Removes a link (kept in the audit log). */
export async function unlinkCommitments(actor: Actor | null, input: CommitmentUnlinkInput): Promise<void> {
  assertCan(actor, "commitment:link");
  await db.$transaction(async (tx) => {
    const link = await tx.commitmentLink.findUnique({ where: { id: input.linkId } });
    if (!link || (link.fromId !== input.commitmentId && link.toId !== input.commitmentId)) throw new NotFoundError("The link");
    await tx.commitmentLink.delete({ where: { id: link.id } });
    await recordAudit(tx, actor, { action: "commitment.unlink", entityType: "commitment", entityId: link.fromId, before: { linkId: link.id, fromId: link.fromId, toId: link.toId, kind: link.kind, note: link.note } });
  });
}
