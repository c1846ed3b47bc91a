import type { Metadata } from "next";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { requirePermission } from "@/lib/auth/session";
import { listMeetingOptions } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";

export const metadata: Metadata = { title: "Log a commitment" };

export default async function NewCommitmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("commitment:create");
  const [meetings, parties, query] = await Promise.all([listMeetingOptions(user), listParties(user), searchParams]);
  const meetingSlug = typeof query.meeting === "string" ? query.meeting : null;
  const meetingId = meetings.find((m) => m.slug === meetingSlug)?.id ?? (meetings.length === 1 ? meetings[0].id : "");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Log a commitment</h1>
      <CommitmentForm
        initial={{
          meetingId,
          title: "",
          description: "",
          category: "",
          partyIds: [],
          sourceQuote: "",
          targetPrecision: "NONE",
          target: "",
        }}
        meetings={meetings}
        parties={parties}
        cancelHref="/commitments"
      />
    </div>
  );
}
