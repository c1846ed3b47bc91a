import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage() {
  await requirePermission("meeting:create");
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
