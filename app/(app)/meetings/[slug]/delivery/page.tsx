import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getMeetingDelivery } from "@/lib/data/compliance";
import { disagreesWithOverall } from "@/lib/domain/compliance";
import { STATUS_INFO } from "@/lib/domain/status";
import { formatDay } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Who is delivering" };

/** "Who is delivering": each commitment of a meeting as a row, each party as a column, its own status in the cell. */
export default async function MeetingDeliveryPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const { slug } = await params;
  const delivery = await getMeetingDelivery(user, slug);
  if (!delivery) notFound();
  const { meeting, parties, rows } = delivery;
  return (
    <article className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/meetings">Meetings</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold">Who is delivering</h1>
        <p className="text-sm text-slate-700">
          {meeting.title}, {formatDay(meeting.heldOn)}: each commitment with every party&apos;s own status (— where it is not a party).
          Under each status, the start of the latest assessment&apos;s rationale (the whole note on hover, and on the commitment&apos;s
          page); “≠ overall” marks a party whose status differs from the overall one.
        </p>
      </header>
      {rows.length === 0 ? (
        <EmptyState title="No commitments logged from this meeting yet">
          Log its pledges from <Link href={`/meetings/${meeting.slug}`}>the meeting&apos;s page</Link>; their parties appear here as
          columns.
        </EmptyState>
      ) : (
        <div
          tabIndex={0}
          role="region"
          aria-label="Who is delivering, table (scrolls sideways)"
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-blue-700"
        >
          <table className="min-w-full text-sm" data-testid="delivery-table">
            <caption className="sr-only">Each commitment&apos;s status, overall and for each party</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Commitment
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Overall
                </th>
                {parties.map((party) => (
                  <th key={party.name} scope="col" className="px-3 py-2 font-medium">
                    {party.shortName === party.name ? party.name : <abbr title={party.name}>{party.shortName}</abbr>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 align-top" data-testid="delivery-row">
                  <th scope="row" className="max-w-md px-3 py-2 text-left font-normal">
                    <Link href={`/commitments/${row.id}#parties`}>{row.title}</Link>
                  </th>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} />
                  </td>
                  {parties.map(({ name }) => {
                    const state = row.parties[name];
                    if (!state)
                      return (
                        <td key={name} className="px-3 py-2 text-slate-500">
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">Not a party</span>
                        </td>
                      );
                    const note = state.rationale
                      ? `${STATUS_INFO[state.status].label}${state.effectiveOn ? ` since ${state.effectiveOn}` : ""}: ${state.rationale}`
                      : undefined;
                    const differs = disagreesWithOverall(row.status, state.status);
                    return (
                      <td key={name} className="px-3 py-2" data-party={name}>
                        {/* The badge with the start of the latest rationale under it (the whole note on hover). */}
                        <span title={note} className="block max-w-xs">
                          <span className="inline-flex items-center gap-1">
                            <StatusBadge status={state.status} />
                            {differs ? <span className="text-xs font-medium text-amber-900">≠ overall</span> : null}
                          </span>
                          {state.rationale ? (
                            <span className="mt-1 line-clamp-2 block text-xs text-slate-700">{state.rationale}</span>
                          ) : null}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
