import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { CommitmentTimelineChart } from "@/components/charts/commitment-timeline-chart";
import { WindowedHistory } from "@/components/commitments/windowed-history";
import { STATUS_INFO } from "@/lib/domain/status";
import { StatusLegend } from "@/components/commitments/status-legend";
import { StatusUpdateForm } from "@/components/commitments/commitment-page-forms";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SkipLinks } from "@/components/ui/skip-links";
import { StatusBadge } from "@/components/ui/status-badge";
import { secondaryButtonClass } from "@/components/ui/form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getCommitment, getStatusTimeline, listStatusHistory } from "@/lib/data/commitments";
import { listPartyHistories } from "@/lib/data/party-assessments";
import { commitmentHistoryHref, formatHistoryCursor, parseHistoryPosition } from "@/lib/validation/history-cursor";
import { findLinkTargets, getLineage } from "@/lib/data/lineage";
import { LineageSection } from "@/components/commitments/lineage-section";
import { PartyAssessments, partyHistoryAnchor, PartyStatusLine } from "@/components/commitments/party-assessments";
import { formatDay, formatTarget, isoDate, latestTodayOnEarth } from "@/lib/domain/target-date";
import { listMilestones } from "@/lib/data/milestones";
import { getIndicator } from "@/lib/data/indicators";
import { isMilestoneOverdue, suggestedProgress } from "@/lib/domain/milestones";
import { MilestonesSection } from "@/components/commitments/milestones-section";
import { IndicatorSection } from "@/components/commitments/indicator-section";

export const metadata: Metadata = { title: "Commitment" };

const SAVED_MESSAGES: Record<string, string> = {
  created: "Commitment logged.",
  edited: "Changes saved.",
  linked: "Link saved. The status of neither commitment changed.",
  unlinked: "Link removed.",
};

export default async function CommitmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const commitment = await getCommitment(user, id);
  if (!commitment) notFound();
  const saved = typeof query.saved === "string" ? SAVED_MESSAGES[query.saved] : undefined;
  const canUpdate = can(user, "commitment:update-status");
  const canLink = can(user, "commitment:link");
  const linkQuery = typeof query.linkq === "string" ? query.linkq.slice(0, 200) : "";
  // The histories are read a page at a time (?history=, ?party=&assessments=): the page's cost does not grow with them.
  const position = parseHistoryPosition(query);
  const [lineage, targets, milestones, indicator, history, timeline, partyHistories] = await Promise.all([
    getLineage(user, commitment.id),
    canLink && linkQuery.trim() ? findLinkTargets(user, commitment.id, linkQuery) : null,
    listMilestones(user, commitment.id),
    getIndicator(user, commitment.id),
    listStatusHistory(user, commitment.id, position.history),
    getStatusTimeline(user, commitment.id),
    listPartyHistories(user, commitment.id, { partyId: position.party, cursor: position.assessments }),
  ]);
  const at = {
    history: position.history && formatHistoryCursor(position.history),
    party: position.party,
    assessments: position.assessments && formatHistoryCursor(position.assessments),
  };
  const historyHref = (cursor: string | null) => commitmentHistoryHref(commitment.id, { ...at, history: cursor }, "history");
  const partyHistoryHref = (partyId: string, cursor: string | null) =>
    commitmentHistoryHref(commitment.id, { ...at, party: partyId, assessments: cursor }, partyHistoryAnchor(partyId));
  const period = timeline.bucket === "update" ? null : timeline.bucket;

  const today = latestTodayOnEarth();
  const overdueMilestones = milestones.filter((m) => isMilestoneOverdue(m, today)).length;

  return (
    <>
      <SkipLinks
        links={[
          // To the form's first field: the form itself sits below the history.
          ...(canUpdate ? [{ href: "#status" as const, label: "Skip to status update" }] : []),
          { href: "#history-heading", label: "Skip to history" },
        ]}
      />
      <article className="space-y-6">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/commitments">Commitments</Link> <span aria-hidden="true">/</span>{" "}
          <Link href={`/meetings/${commitment.meeting.slug}`}>{commitment.meeting.title}</Link>
        </nav>
        {saved ? (
          <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            {saved}
          </div>
        ) : null}
        <header className="space-y-3">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="max-w-4xl text-2xl font-semibold">{commitment.title}</h1>
            {can(user, "commitment:edit") ? (
              <Link href={`/commitments/${commitment.id}/edit`} className={`${secondaryButtonClass} no-underline`}>
                Edit details
              </Link>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <StatusBadge status={commitment.status} />
            <ProgressBar value={commitment.progress} />
            <span className="text-slate-700">since {formatDay(commitment.statusEffectiveOn)}</span>
          </div>
          <PartyStatusLine commitment={commitment} />
          {overdueMilestones ? (
            <p className="text-sm">
              <a href="#milestones" className="font-medium text-amber-900" data-testid="overdue-milestones-flag">
                {overdueMilestones === 1 ? "1 milestone is overdue" : `${overdueMilestones} milestones are overdue`}
              </a>
            </p>
          ) : null}
          {commitment.description ? <p className="max-w-4xl text-slate-800">{commitment.description}</p> : null}
        </header>

        <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="font-medium text-slate-600">Meeting</dt>
            <dd>
              <Link href={`/meetings/${commitment.meeting.slug}`}>{commitment.meeting.title}</Link>
              <div className="text-slate-600">
                {formatDay(commitment.meeting.heldOn)}
                {commitment.meeting.location ? `, ${commitment.meeting.location}` : ""}
              </div>
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Parties</dt>
            <dd>{commitment.parties.map((p) => p.party.name).join(", ")}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Category</dt>
            <dd>{commitment.category}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Target</dt>
            <dd>{formatTarget(commitment.targetPrecision, commitment.targetDate)}</dd>
          </div>
        </dl>

        <section aria-labelledby="source-heading" className="space-y-2">
          <h2 id="source-heading" className="text-lg font-semibold">
            Source sentence
          </h2>
          <blockquote className="border-l-4 border-blue-700 bg-white p-4 text-slate-900" data-testid="source-quote">
            “{commitment.sourceQuote}”
          </blockquote>
          <p className="text-sm">
            {/* The meeting page brings the sentence into view and highlights it, however it is reached (ReadoutTarget). */}
            <Link
              href={`/meetings/${commitment.meeting.slug}${commitment.sourceStart !== null ? `#source-${commitment.sourceStart}` : ""}`}
            >
              Read it in the meeting&apos;s readout
            </Link>
          </p>
        </section>

        <ChartCard
          id="timeline"
          title="Status and progress over time"
          description={
            period
              ? `${timeline.total.toLocaleString("en")} updates: each point is the status and progress a ${period} ended with (its last update), in its colour; the table lists those, the history below every update.`
              : "Each point is the status a day ended with, in its colour; several updates on one day show as one point, and the table lists them all."
          }
          table={{
            caption: period
              ? `The last status update of each ${period} that had one, in the order they took effect`
              : "Status updates in the order they took effect",
            columns: period ? ["Took effect", "Status", "Progress", `Updates that ${period}`] : ["Took effect", "Status", "Progress"],
            rows: timeline.points.map((p) => [
              formatDay(p.effectiveOn),
              STATUS_INFO[p.status].label,
              `${p.progress}%`,
              ...(period ? [p.updates.toLocaleString("en")] : []),
            ]),
          }}
        >
          <CommitmentTimelineChart
            period={period ?? "day"}
            updates={timeline.points.map((p) => ({
              effectiveOn: isoDate(p.effectiveOn),
              status: p.status,
              progress: p.progress,
              updates: p.updates,
            }))}
          />
        </ChartCard>

        <section aria-labelledby="history-heading" className="space-y-3" id="history">
          <h2 id="history-heading" className="text-lg font-semibold" tabIndex={-1}>
            History <span className="text-sm font-normal text-slate-600">({history.total.toLocaleString("en")}, newest first)</span>
          </h2>
          <WindowedHistory
            page={history}
            noun={{ one: "update", many: "updates" }}
            listLabel="Status history, newest first"
            navLabel="Status history pages"
            newestHref={historyHref(null)}
            olderHref={history.older && historyHref(history.older)}
            testId="history"
          />
        </section>

        {canUpdate ? (
          <section aria-labelledby="update-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="update-heading" className="text-lg font-semibold">
              Update status
            </h2>
            <StatusUpdateForm
              commitmentId={commitment.id}
              version={commitment.version}
              status={commitment.status}
              progress={commitment.progress}
              requestId={randomUUID()}
              suggestedProgress={suggestedProgress(milestones)}
            />
          </section>
        ) : null}

        <PartyAssessments
          commitment={commitment}
          canAssess={can(user, "commitment:assess-party")}
          histories={partyHistories}
          openParty={position.party}
          historyHref={partyHistoryHref}
        />

        <MilestonesSection
          commitmentId={commitment.id}
          parties={commitment.parties.map((p) => p.party)}
          milestones={milestones}
          canEdit={can(user, "commitment:milestones")}
          today={today}
        />

        <IndicatorSection commitmentId={commitment.id} indicator={indicator} canEdit={can(user, "commitment:indicator")} />

        <LineageSection
          commitmentId={commitment.id}
          earlier={lineage.earlier}
          later={lineage.later}
          canLink={canLink}
          linkQuery={linkQuery}
          targets={targets}
        />

        <StatusLegend />
      </article>
    </>
  );
}
