import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requirePermission } from "@/lib/auth/session";
import { getMeetingBySlug } from "@/lib/data/meetings";
import { isoDate } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("meeting:edit");
  const { slug } = await params;
  const meeting = await getMeetingBySlug(user, slug);
  if (!meeting) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/meetings">Meetings</Link> / <Link href={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1 className="text-2xl font-semibold">Edit meeting</h1>
      <MeetingForm
        initial={{
          id: meeting.id,
          loadedAt: meeting.updatedAt.toISOString(),
          title: meeting.title,
          kind: meeting.kind,
          heldOn: isoDate(meeting.heldOn),
          location: meeting.location ?? "",
          participants: meeting.participants ?? "",
          sourceUrl: meeting.sourceUrl ?? "",
          sourceText: meeting.sourceText ?? "",
        }}
        cancelHref={`/meetings/${meeting.slug}`}
      />
    </div>
  );
}
