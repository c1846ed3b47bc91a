import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { requirePermission } from "@/lib/auth/session";
import { getCommitment } from "@/lib/data/commitments";
import { listMeetingOptions } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { targetInputValue } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Edit commitment" };

export default async function EditCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("commitment:edit");
  const { id } = await params;
  const [commitment, meetings, parties] = await Promise.all([getCommitment(user, id), listMeetingOptions(user), listParties(user)]);
  if (!commitment) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Edit commitment</h1>
      <p className="text-sm text-slate-600">
        To change its status, use “Update status” on the commitment&apos;s page: status changes are kept in its history.
      </p>
      <CommitmentForm
        initial={{
          id: commitment.id,
          version: commitment.version,
          meetingId: commitment.meeting.id,
          title: commitment.title,
          description: commitment.description ?? "",
          category: commitment.category,
          partyIds: commitment.parties.map((p) => p.party.id),
          sourceQuote: commitment.sourceQuote,
          targetPrecision: commitment.targetPrecision,
          target: targetInputValue(commitment.targetPrecision, commitment.targetDate),
        }}
        meetings={meetings}
        parties={parties}
        cancelHref={`/commitments/${commitment.id}`}
      />
    </div>
  );
}
