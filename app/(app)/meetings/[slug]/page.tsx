import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/commitments/export-links";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { ReadoutTarget } from "@/components/meetings/readout-target";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getMeetingBySlug } from "@/lib/data/meetings";
import { listIssuedReports } from "@/lib/data/issued-reports";
import { IssuedReports } from "@/components/report/issued-reports";
import { segmentSource } from "@/lib/domain/source-highlight";
import { formatDay } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Meeting" };

const SAVED_MESSAGES: Record<string, string> = {
  created: "Meeting created.",
  edited: "Meeting saved.",
};

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const saved =
    query.saved === "accepted"
      ? `${Number(query.count) || 0} commitments created from the readout. They are highlighted below.`
      : typeof query.saved === "string"
        ? SAVED_MESSAGES[query.saved]
        : undefined;
  const meeting = await getMeetingBySlug(user, slug);
  if (!meeting) notFound();
  const issued = await listIssuedReports(user, meeting.id);
  const byId = new Map(meeting.commitments.map((c) => [c.id, c]));
  const spans = meeting.commitments.flatMap((c) =>
    c.sourceStart !== null && c.sourceEnd !== null ? [{ id: c.id, start: c.sourceStart, end: c.sourceEnd }] : [],
  );
  const segments = meeting.sourceText ? segmentSource(meeting.sourceText, spans) : [];

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/meetings">Meetings</Link>
      </nav>
      {saved ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {saved}
        </p>
      ) : null}
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{meeting.title}</h1>
        <p className="text-slate-700">
          {formatDay(meeting.heldOn)}
          {meeting.location ? ` · ${meeting.location}` : ""} · {meeting.kind}
        </p>
        {meeting.participants ? <p className="text-sm text-slate-700">Participants: {meeting.participants}</p> : null}
        {meeting.sourceUrl ? (
          <p className="text-sm">
            <a href={meeting.sourceUrl} rel="noopener noreferrer nofollow">
              Original source
            </a>
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2 pt-2">
          {can(user, "commitment:create") && meeting.sourceText ? (
            <Link href={`/meetings/${meeting.slug}/extract`} className={buttonClass}>
              Find pledges in the readout
            </Link>
          ) : null}
          {can(user, "commitment:create") ? (
            <Link href={`/commitments/new?meeting=${encodeURIComponent(meeting.slug)}`} className={secondaryButtonClass}>
              Log a commitment by hand
            </Link>
          ) : null}
          {can(user, "meeting:edit") ? (
            <Link href={`/meetings/${meeting.slug}/edit`} className={secondaryButtonClass}>
              Edit meeting
            </Link>
          ) : null}
        </div>
      </header>

      <section aria-labelledby="pledges-heading" className="space-y-2">
        <h2 id="pledges-heading" className="text-lg font-semibold">
          Commitments ({meeting.commitments.length})
        </h2>
        <p className="text-sm">
          <Link href={`/commitments?meeting=${encodeURIComponent(meeting.slug)}`}>Open them in the commitments list</Link>
          {meeting.commitments.length ? (
            <>
              {" · "}
              <Link href={`/meetings/${meeting.slug}/delivery`}>Who is delivering: each party&apos;s status</Link>
              {" · "}
              <Link href={`/reports/implementation?meeting=${encodeURIComponent(meeting.slug)}`} data-testid="implementation-report-link">
                Implementation report
              </Link>
            </>
          ) : null}
        </p>
        {meeting.commitments.length ? <ExportLinks filters={{ meeting: meeting.slug }} /> : null}
        {meeting.commitments.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
            No commitments logged from this meeting yet.
            {meeting.sourceText
              ? " Find them in the readout with the button above."
              : " Add its readout (Edit meeting) to find them automatically."}
          </p>
        ) : null}
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white empty:hidden">
          {meeting.commitments.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <Link href={`/commitments/${c.id}`}>{c.title}</Link>
              <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      </section>

      <IssuedReports reports={issued} />

      {meeting.sourceText ? (
        <section aria-labelledby="source-heading" className="space-y-2">
          <h2 id="source-heading" className="text-lg font-semibold">
            Readout
          </h2>
          <p className="text-sm text-slate-600">Highlighted sentences are the source of a commitment; select one to open it.</p>
          <ReadoutTarget />
          <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed">
            {segments.map((segment) =>
              segment.spanIds.length ? (
                <mark
                  key={segment.start}
                  id={`source-${segment.start}`}
                  className="scroll-mt-24 rounded bg-amber-100 px-0.5 data-[current]:bg-amber-300 data-[current]:ring-2 data-[current]:ring-amber-500"
                >
                  {segment.spanIds.map((id) => {
                    const c = byId.get(id)!;
                    return c.sourceStart !== segment.start ? <span key={`a-${id}`} id={`source-${c.sourceStart}`} /> : null;
                  })}
                  {segment.text}{" "}
                  {segment.spanIds.map((id) => (
                    <Link
                      key={id}
                      href={`/commitments/${id}`}
                      className="mx-0.5 inline-block max-w-full truncate whitespace-nowrap rounded bg-amber-200 px-1 align-middle text-xs no-underline"
                      title={byId.get(id)!.title}
                    >
                      <span className="sr-only">Commitment: {byId.get(id)!.title}</span>
                      <span aria-hidden="true">
                        ↗ {byId.get(id)!.title.slice(0, 40)}
                        {byId.get(id)!.title.length > 40 ? "…" : ""}
                      </span>
                    </Link>
                  ))}
                </mark>
              ) : (
                <span key={segment.start}>{segment.text}</span>
              ),
            )}
          </div>
        </section>
      ) : null}
    </article>
  );
}
