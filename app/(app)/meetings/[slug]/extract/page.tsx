import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateReview, type ReviewCandidate } from "@/components/meetings/candidate-review";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/session";
import { getMeetingBySlug } from "@/lib/data/meetings";
import { listParties } from "@/lib/data/parties";
import { extractCandidates, partyAliases, suggestParties } from "@/lib/domain/extraction";
import { isoDate } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Review extracted pledges" };

export default async function ExtractPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("commitment:create");
  const { slug } = await params;
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
  const { candidates, setAside } = extractCandidates(meeting.sourceText, {
    meetingDate: isoDate(meeting.heldOn),
    parties: aliases,
    meetingPartyIds,
  });
  const logged = meeting.commitments.filter((c) => c.sourceStart !== null && c.sourceEnd !== null);
  const review: ReviewCandidate[] = candidates.map((c) => ({
    key: `c${c.index}`,
    start: c.start,
    end: c.end,
    quote: c.quote,
    title: c.title,
    category: c.category,
    partyIds: c.partyIds,
    targetPrecision: c.target.precision,
    target: c.target.value,
    targetMatched: c.target.matched,
    score: c.score,
    strength: c.strength,
    cues: c.cues.map((cue) => ({ label: cue.label, kind: cue.kind, matched: cue.matched })),
    alreadyLogged: logged.filter((l) => l.sourceStart! < c.end && c.start < l.sourceEnd!).map((l) => l.title),
  }));
  return (
    <div className="space-y-4">
      {crumbs}
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Review extracted pledges</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          {candidates.length} sentences of the readout read like pledges; each says which words made it a candidate. Accept, edit, merge or
          reject each one: nothing is created until you press “Create”. {setAside.length} other sentences (courtesies, background) are
          listed at the end in case one was missed.
        </p>
      </header>
      <CandidateReview
        meetingId={meeting.id}
        slug={meeting.slug}
        sourceText={meeting.sourceText}
        candidates={review}
        setAside={setAside.map((s) => ({
          start: s.start,
          end: s.end,
          text: s.text,
          reasons: s.cues.filter((c) => c.weight < 0).map((c) => c.label),
        }))}
        parties={parties.map((p) => ({ id: p.id, name: p.name }))}
        defaultPartyIds={meetingPartyIds}
      />
    </div>
  );
}
