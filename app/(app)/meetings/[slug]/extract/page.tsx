import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateReview } from "@/components/meetings/candidate-review";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/session";
import { getMeetingBySlug } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { extractCandidates, partyAliases, suggestParties } from "@/lib/domain/extraction";
import { buildReviewPage, CANDIDATES_PER_PAGE, SET_ASIDE_PER_PAGE } from "@/lib/domain/extraction-review";
import { parsePageParam, queryWithPage } from "@/lib/domain/paging";
import { isoDate } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Review extracted pledges" };

export default async function ExtractPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("commitment:create");
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [meeting, parties] = await Promise.all([getMeetingBySlug(user, slug), listParties(user)]);
  if (!meeting) notFound();
  const crumbs = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href="/meetings">Meetings</Link> / <Link href={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
    </nav>
  );
  if (!meeting.sourceText)
    return (
      <div className="space-y-4">
        {crumbs}
        <h1 className="text-2xl font-semibold">Review extracted pledges</h1>
        <EmptyState title="This meeting has no readout yet">
          <Link href={`/meetings/${meeting.slug}/edit`}>Paste the readout into the meeting</Link>, then come back here to review the pledges
          found in it.
        </EmptyState>
      </div>
    );

  const aliases = partyAliases(parties);
  // "The sides" are the parties the meeting's title and participants name.
  const meetingPartyIds = suggestParties(`${meeting.title}\n${meeting.participants ?? ""}`, aliases, []);
  const extraction = extractCandidates(meeting.sourceText, {
    meetingDate: isoDate(meeting.heldOn),
    parties: aliases,
    meetingPartyIds,
  });
  const logged = meeting.commitments.flatMap((c) =>
    c.sourceStart !== null && c.sourceEnd !== null ? [{ title: c.title, start: c.sourceStart, end: c.sourceEnd }] : [],
  );
  const review = buildReviewPage(meeting.sourceText, extraction, logged, {
    page: parsePageParam(query.page),
    aside: parsePageParam(query.aside),
  });
  const { counts } = review;
  const found =
    counts.candidates === 0
      ? "No sentence of the readout reads like a pledge."
      : `${count(counts.candidates, "sentence of the readout reads like a pledge", "sentences of the readout read like pledges")}: ` +
        `${counts.leftToReview.toLocaleString("en")} left to review` +
        (counts.logged ? `, ${counts.logged.toLocaleString("en")} already logged as commitments (folded away, not counted)` : "") +
        ". Each says which words made it a candidate. Accept, edit, merge or reject each one: nothing is created until you press “Create”.";
  const base = `/meetings/${meeting.slug}/extract`;
  const candidatePager = (label: string) => (
    <Pager label={label} noun="candidates" window={review.candidates} href={(page) => `${base}${queryWithPage(query, "page", page)}`} />
  );
  return (
    <div className="space-y-4">
      {crumbs}
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Review extracted pledges</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          {found} {count(counts.setAside, "other sentence", "other sentences")} (courtesies, background){" "}
          {counts.setAside === 1 ? "is" : "are"} listed at the end in case one was missed.
        </p>
        <p className="max-w-3xl text-sm text-slate-700">
          The review shows {CANDIDATES_PER_PAGE} candidates and {SET_ASIDE_PER_PAGE} other sentences to a page, in the readout’s order.
          Decisions apply to the page they are made on: press “Create” before you move to another page.
        </p>
      </header>
      {candidatePager("Pages of candidates")}
      <CandidateReview
        // A new page of candidates starts a new review; a new page of other sentences keeps this one.
        key={review.candidates.page}
        meetingId={meeting.id}
        slug={meeting.slug}
        candidates={review.candidates.items}
        setAside={review.setAside.items}
        setAsideTotal={counts.setAside}
        setAsideOpen={query.aside !== undefined}
        setAsidePager={
          <Pager
            label="Pages of other sentences"
            noun="other sentences"
            window={review.setAside}
            href={(page) => `${base}${queryWithPage(query, "aside", page)}#other-sentences`}
          />
        }
        pager={review.candidates.pageCount > 1 ? candidatePager("Pages of candidates, after the list") : null}
        parties={parties.map((p) => ({ id: p.id, name: p.name }))}
        defaultPartyIds={meetingPartyIds}
      />
    </div>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
