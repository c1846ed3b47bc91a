import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage() {
  const user = await requireUser();
  if (!can(user, "meeting:create"))
    return <EmptyState title="Only analysts can add meetings">Ask an administrator if you need the analyst role.</EmptyState>;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">New meeting</h1>
      <MeetingForm
        initial={{ title: "", kind: "", heldOn: "", location: "", participants: "", sourceUrl: "", sourceText: "" }}
        cancelHref="/meetings"
      />
    </div>
  );
}
