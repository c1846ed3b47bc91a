import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listMeetings } from "@/lib/data/meetings";
import { formatDay } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Meetings" };

export default async function MeetingsPage() {
  const user = await requireUser();
  const meetings = await listMeetings(user);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Meetings</h1>
        {can(user, "meeting:create") ? (
          <Link href="/meetings/new" className={buttonClass}>
            New meeting
          </Link>
        ) : null}
      </div>
      {meetings.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {meetings.map((m) => (
            <li key={m.id} className="p-4">
              <Link href={`/meetings/${m.slug}`} className="font-medium">
                {m.title}
              </Link>
              <p className="text-sm text-slate-600">
                {formatDay(m.heldOn)}
                {m.location ? ` · ${m.location}` : ""} · {m.kind} · {m._count.commitments} commitments
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No meetings yet">Add a meeting with its readout, then review the pledges found in it.</EmptyState>
      )}
    </div>
  );
}
