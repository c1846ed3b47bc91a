import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterInput } from "@/components/ui/filter-select";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listMeetings } from "@/lib/data/meetings";
import { formatDay } from "@/lib/domain/target-date";
import { meetingIndexHref, parseMeetingIndexParams } from "@/lib/validation/meeting-search";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Meetings" };

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { q, page } = parseMeetingIndexParams(await searchParams);
  const { meetings, window } = await listMeetings(user, { q, page });
  const href = (p: number) => meetingIndexHref({ q, page: p });
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
      <form method="get" action="/meetings" role="search" aria-label="Meetings" className="flex flex-wrap items-end gap-2">
        <FilterInput
          id="meetings-q"
          name="q"
          type="search"
          label="Search meetings"
          hint="Words of the title, in any order; accents and case do not matter."
          defaultValue={q}
          maxLength={200}
          inputClassName="w-72 max-w-full"
        />
        <button type="submit" className={`${buttonClass} mb-5`}>
          Search
        </button>
        {q && meetings.length ? (
          <Link href="/meetings" className={`${secondaryButtonClass} mb-5 no-underline`}>
            Show all meetings
          </Link>
        ) : null}
      </form>
      {meetings.length ? (
        <>
          <Pager label="Pages of meetings" noun="meetings" window={window} href={href} />
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="meeting-list">
            {meetings.map((m) => (
              <li key={m.id} className="p-4">
                <Link href={`/meetings/${m.slug}`} className="font-medium">
                  {m.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDay(m.heldOn)}
                  {m.location ? ` · ${m.location}` : ""} · {m.kind} · {m.commitments} {m.commitments === 1 ? "commitment" : "commitments"}
                </p>
              </li>
            ))}
          </ul>
          {window.pageCount > 1 ? <Pager label="Pages of meetings, after the list" noun="meetings" window={window} href={href} /> : null}
        </>
      ) : q ? (
        <EmptyState title={`No meeting matches “${q}”`}>
          Try fewer or other words of the title, or <Link href="/meetings">show all meetings</Link>.
        </EmptyState>
      ) : (
        <EmptyState title="No meetings yet">Add a meeting with its readout, then review the pledges found in it.</EmptyState>
      )}
    </div>
  );
}
