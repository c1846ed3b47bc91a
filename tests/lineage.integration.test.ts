import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/auth/permissions";
import { createCommitment, listCommitments } from "@/lib/data/commitments";
import { ValidationError } from "@/lib/data/errors";
import { findLinkTargets, getLineage, linkCommitments, unlinkCommitments } from "@/lib/data/lineage";
import { createMeeting } from "@/lib/data/meetings";
import { CommitmentCreateSchema } from "@/lib/validation/commitment";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { CommitmentLinkSchema } from "@/lib/validation/lineage";
import { MeetingCreateSchema } from "@/lib/validation/meeting";
import { commitmentByTitle, databaseFingerprint, seedDemoActors, type Actors } from "./support/fixtures";

let actors: Actors;
let actionPlan: { id: string };
let ninth: { id: string };
let tenth: { id: string };
let summit: { id: string };

async function meetingWithPledge(title: string, heldOn: string, pledge: string) {
  const meeting = await createMeeting(actors.analyst, MeetingCreateSchema.parse({ title, kind: "Bilateral ministerial", heldOn }));
  const party = await db.party.findFirstOrThrow({ where: { name: "Kazakhstan" } });
  return createCommitment(
    actors.analyst,
    CommitmentCreateSchema.parse({
      meetingId: meeting.id,
      title: pledge,
      category: "Trade & investment",
      partyIds: [party.id],
      sourceQuote: `${pledge}, the sides said.`,
      targetPrecision: "NONE",
    }),
  );
}

const link = (fromId: string, toId: string, kind = "REAFFIRMS") =>
  linkCommitments(actors.analyst, CommitmentLinkSchema.parse({ fromId, toId, kind }));

beforeAll(async () => {
  actors = await seedDemoActors();
  actionPlan = await commitmentByTitle("Action Plan of the 13th Joint Economic Commission");
  ninth = await meetingWithPledge("9th JSPG meeting", "2027-02-01", "Implement the 13th JEC Action Plan in full");
  tenth = await meetingWithPledge("10th JSPG meeting", "2028-02-01", "Complete the 13th JEC Action Plan");
  summit = await meetingWithPledge("HLSC 2027", "2027-06-01", "Finish the Action Plan projects");
});

describe("lineage", () => {
  it("links later to earlier, shows the chain both ways, and never changes a status", async () => {
    const statusBefore = await db.commitment.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } });
    const historyBefore = await db.statusUpdate.count();
    await link(ninth.id, actionPlan.id, "REAFFIRMS");
    await link(tenth.id, ninth.id, "RESTATES");
    await link(summit.id, actionPlan.id, "IMPLEMENTS");

    const fromPlan = await getLineage(actors.viewer, actionPlan.id);
    expect(fromPlan.earlier).toEqual([]);
    expect(fromPlan.later.map((e) => [e.id, e.kind, e.depth])).toEqual(
      expect.arrayContaining([
        [ninth.id, "REAFFIRMS", 1],
        [summit.id, "IMPLEMENTS", 1],
        [tenth.id, "RESTATES", 2],
      ]),
    );
    const fromTenth = await getLineage(actors.viewer, tenth.id);
    expect(fromTenth.earlier.map((e) => [e.id, e.depth])).toEqual([
      [ninth.id, 1],
      [actionPlan.id, 2],
    ]);
    expect(await db.commitment.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } })).toEqual(
      statusBefore,
    );
    expect(await db.statusUpdate.count()).toBe(historyBefore);
    expect(await db.auditEvent.count({ where: { action: "commitment.link" } })).toBe(3);
  });

  it("filters the list by reaffirmations along the chain; implementing is not reaffirming", async () => {
    const titles = async (n: number) =>
      (await listCommitments(actors.viewer, parseCommitmentFilters({ reaffirmed: String(n), size: "100" }))).rows.map((r) => r.id).sort();
    expect(await titles(1)).toEqual([actionPlan.id, ninth.id].sort());
    expect(await titles(2)).toEqual([actionPlan.id]);
    expect(await titles(3)).toEqual([]);
    expect((await listCommitments(actors.viewer, parseCommitmentFilters({ reaffirmed: "0", size: "100" }))).total).toBe(29);
  });

  it("refuses a link to a later meeting's commitment, to itself, twice, or one that would loop", async () => {
    const before = await databaseFingerprint();
    await expect(link(actionPlan.id, ninth.id)).rejects.toThrow(/later commitment to the earlier one/);
    await expect(
      linkCommitments(actors.analyst, { fromId: ninth.id, toId: ninth.id, kind: "REAFFIRMS", note: null }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(link(ninth.id, actionPlan.id)).rejects.toThrow(/already linked/);
    // Same day, so dates do not forbid it: the loop check must.
    const sameDay = await commitmentByTitle("Maarif Schools");
    const sibling = await commitmentByTitle("Middle Corridor");
    await link(sameDay.id, sibling.id);
    await expect(link(sibling.id, sameDay.id)).rejects.toThrow(/loop/);
    const after = await databaseFingerprint();
    expect(after.commitments).toBe(before.commitments);
    expect(await db.commitmentLink.count()).toBe(4);
  });

  it("a viewer can read the chain but cannot link or unlink", async () => {
    const anyLink = await db.commitmentLink.findFirstOrThrow();
    const before = await databaseFingerprint();
    await expect(
      linkCommitments(actors.viewer, { fromId: tenth.id, toId: actionPlan.id, kind: "REAFFIRMS", note: null }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(unlinkCommitments(actors.viewer, { linkId: anyLink.id, commitmentId: anyLink.fromId })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("unlinking removes the link and records it in the audit log", async () => {
    const l = await db.commitmentLink.findFirstOrThrow({ where: { fromId: summit.id } });
    await unlinkCommitments(actors.analyst, { linkId: l.id, commitmentId: summit.id });
    expect(await db.commitmentLink.count({ where: { id: l.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "commitment.unlink", entityId: summit.id } })).toBe(1);
  });

  it("link search offers only commitments from the same or earlier meetings", async () => {
    const fromNinth = await findLinkTargets(actors.analyst, ninth.id, "Action Plan");
    expect(fromNinth.map((t) => t.id)).toContain(actionPlan.id);
    expect(fromNinth.map((t) => t.id)).not.toContain(tenth.id);
    expect(fromNinth.find((t) => t.id === actionPlan.id)?.linked).toBe(true);
  });
});
