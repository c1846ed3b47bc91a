import { randomUUID } from "node:crypto";
import type { CommitmentDetail } from "@/lib/data/commitments";
import type { HistoryPage } from "@/lib/data/history-window";
import type { PartyHistoryEntry } from "@/lib/data/party-assessments";
import { COMPLIANCE_SCORES, DISAGREEMENT_RULE, disagreesWithOverall, formatScore } from "@/lib/domain/compliance";
import { STATUS_INFO } from "@/lib/domain/status";
import { formatDay } from "@/lib/domain/target-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { WindowedHistory } from "@/components/commitments/windowed-history";
import { PartyAssessmentForm } from "@/components/commitments/commitment-page-forms";

type Parties = CommitmentDetail["parties"];

/** An assessment's id on the page. */
export function partyAssessmentAnchor(id: string): string {
  return `assessment-${id}`;
}

/** A party's history's id on the page: its pages' links lead back to it. */
export function partyHistoryAnchor(partyId: string): string {
  return `party-history-${partyId}`;
}

/** The parties whose own status disagrees with the overall one (DISAGREEMENT_RULE), for the flag. */
function disagreements(overall: CommitmentDetail["status"], parties: Parties) {
  return parties.filter((p) => disagreesWithOverall(overall, p.status));
}

/** Each party's current status in one line, for the header beside the overall status. */
export function PartyStatusLine({ commitment }: { commitment: CommitmentDetail }) {
  if (commitment.parties.length < 2) return null;
  const flagged = new Set(disagreements(commitment.status, commitment.parties).map((p) => p.party.id));
  return (
    <ul
      className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
      aria-label="Each party's own status"
      data-testid="party-status-line"
    >
      {commitment.parties.map((p) => (
        <li key={p.party.id} className="flex items-center gap-1.5">
          <span className="text-slate-700">{p.party.name}:</span>
          <StatusBadge status={p.status} />
          {flagged.has(p.party.id) ? (
            <a href="#parties" className="text-xs font-medium text-amber-900">
              differs from the overall status
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * "By party": each party's own status, a page of its history and (for analysts) its assessment form.
 * `openParty` is the party whose history was paged through: its history is shown open.
 */
export function PartyAssessments({
  commitment,
  canAssess,
  histories,
  openParty,
  historyHref,
}: {
  commitment: CommitmentDetail;
  canAssess: boolean;
  histories: Map<string, HistoryPage<PartyHistoryEntry>>;
  openParty: string | null;
  historyHref: (partyId: string, cursor: string | null) => string;
}) {
  const flagged = disagreements(commitment.status, commitment.parties);
  return (
    <section id="parties" aria-labelledby="parties-heading" className="space-y-3">
      <h2 id="parties-heading" className="text-lg font-semibold" tabIndex={-1}>
        By party
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        Each party is assessed on its own, on the same scale; the overall status above stays the analysts&apos; judgement of the commitment
        as a whole.
      </p>
      {flagged.length ? (
        <div
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="party-disagreement"
        >
          <p className="font-medium">
            {flagged.map((p) => `${p.party.name} is ${STATUS_INFO[p.status].label}`).join("; ")}, while the overall status is{" "}
            {STATUS_INFO[commitment.status].label}.
          </p>
          <p className="mt-1">{DISAGREEMENT_RULE}</p>
        </div>
      ) : null}
      <div
        tabIndex={0}
        role="region"
        aria-label="Each party's own status (scrolls sideways)"
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-blue-700"
      >
        <table className="min-w-full text-sm" data-testid="party-table">
          <caption className="sr-only">Each party&apos;s own status on this commitment</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Party
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Score
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Progress
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Since
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Responsible body
              </th>
            </tr>
          </thead>
          <tbody>
            {commitment.parties.map((p) => {
              const score = COMPLIANCE_SCORES[p.status];
              return (
                <tr key={p.party.id} className="border-t border-slate-200" data-testid="party-row">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {p.party.name}
                  </th>
                  <td className="px-3 py-2">
                    <StatusBadge status={p.status} />
                  </td>
                  <td className="px-3 py-2">{score === null ? "—" : formatScore(score)}</td>
                  <td className="px-3 py-2">{p.status === "NOT_YET_ASSESSED" ? "—" : `${p.progress}%`}</td>
                  <td className="px-3 py-2">{p.statusEffectiveOn ? formatDay(p.statusEffectiveOn) : "Not assessed"}</td>
                  <td className="px-3 py-2">{p.responsibleBody ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {commitment.parties.map((p) => {
        const history = histories.get(p.party.id) ?? { entries: [], total: 0, before: 0, older: null };
        return (
          <div key={p.party.id} className="space-y-2">
            <details
              id={partyHistoryAnchor(p.party.id)}
              open={openParty === p.party.id}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-3"
              data-testid="party-history"
            >
              <summary className="cursor-pointer text-sm font-medium">
                {p.party.name}&apos;s assessments ({history.total.toLocaleString("en")})
              </summary>
              <div className="mt-3">
                <WindowedHistory
                  page={history}
                  noun={{ one: "assessment", many: "assessments" }}
                  listLabel={`${p.party.name}'s assessments, newest first`}
                  navLabel={`${p.party.name}'s assessment pages`}
                  newestHref={historyHref(p.party.id, null)}
                  olderHref={history.older && historyHref(p.party.id, history.older)}
                  testId="party-history"
                  entryTestId="party-history-entry"
                  anchor={partyAssessmentAnchor}
                  empty={`${p.party.name} has not been assessed on its own yet.`}
                />
              </div>
            </details>
            {canAssess ? (
              <details className="rounded-lg border border-slate-200 bg-white p-3">
                <summary className="cursor-pointer text-sm font-medium text-blue-900">Assess {p.party.name}</summary>
                <div className="mt-3">
                  <PartyAssessmentForm
                    commitmentId={commitment.id}
                    partyId={p.party.id}
                    partyName={p.party.name}
                    version={p.version}
                    status={p.status}
                    progress={p.progress}
                    responsibleBody={p.responsibleBody}
                    requestId={randomUUID()}
                  />
                </div>
              </details>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
