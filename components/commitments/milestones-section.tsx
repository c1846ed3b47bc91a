import type { MilestoneRow } from "@/lib/data/milestones";
import { OVERDUE_MILESTONE_RULE, isMilestoneOverdue } from "@/lib/domain/milestones";
import { formatDay, formatTarget, isoDate, targetInputValue } from "@/lib/domain/target-date";
import { DeleteMilestoneButton, MilestoneForm } from "@/components/commitments/commitment-page-forms";
import type { MilestoneFormValues } from "@/components/commitments/milestone-form";

// Here, not in the client module: a server component importing a value from a "use client" file gets a reference, not the value.
const EMPTY_MILESTONE: MilestoneFormValues = {
  title: "",
  duePrecision: "MONTH",
  due: "",
  doneOn: "",
  evidenceUrl: "",
  responsiblePartyId: "",
};

/** "Milestones": the steps towards a commitment, overdue ones flagged, and (for analysts) their forms. */
export function MilestonesSection({
  commitmentId,
  parties,
  milestones,
  canEdit,
  today,
}: {
  commitmentId: string;
  parties: { id: string; name: string }[];
  milestones: MilestoneRow[];
  canEdit: boolean;
  /** The day overdue is judged on (YYYY-MM-DD): the list filter's today. */
  today: string;
}) {
  const overdue = milestones.filter((m) => isMilestoneOverdue(m, today));
  const done = milestones.filter((m) => m.doneOn !== null).length;
  return (
    <section id="milestones" aria-labelledby="milestones-heading" className="space-y-3">
      <h2 id="milestones-heading" className="text-lg font-semibold" tabIndex={-1}>
        Milestones{" "}
        {milestones.length ? (
          <span className="text-sm font-normal text-slate-600">
            ({done} of {milestones.length} done)
          </span>
        ) : null}
      </h2>
      {overdue.length ? (
        <div
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="milestones-overdue"
        >
          <p className="font-medium">
            {overdue.length === 1 ? "1 milestone is overdue" : `${overdue.length} milestones are overdue`}:{" "}
            {overdue.map((m) => `“${m.title}” (due ${formatTarget(m.duePrecision, m.dueDate)})`).join("; ")}.
          </p>
          <p className="mt-1">{OVERDUE_MILESTONE_RULE}</p>
        </div>
      ) : null}
      {milestones.length ? (
        <div
          tabIndex={0}
          role="region"
          aria-label="Milestones (scrolls sideways)"
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-blue-700"
        >
          <table className="min-w-full text-sm" data-testid="milestone-table">
            <caption className="sr-only">This commitment&apos;s milestones, the soonest due first</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Milestone
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Due
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  State
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Responsible
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Evidence
                </th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => {
                const late = isMilestoneOverdue(m, today);
                return (
                  <tr key={m.id} className="border-t border-slate-200" data-testid="milestone-row">
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {m.title}
                    </th>
                    <td className="px-3 py-2">{formatTarget(m.duePrecision, m.dueDate)}</td>
                    <td className="px-3 py-2">
                      {m.doneOn ? (
                        `Done on ${formatDay(m.doneOn)}`
                      ) : late ? (
                        <span className="font-medium text-amber-900">Overdue</span>
                      ) : (
                        "Not done yet"
                      )}
                    </td>
                    <td className="px-3 py-2">{m.responsibleParty?.name ?? "—"}</td>
                    <td className="px-3 py-2">
                      {m.evidenceUrl ? (
                        <a href={m.evidenceUrl} rel="noopener noreferrer nofollow" target="_blank">
                          Evidence<span className="sr-only"> for {m.title} (opens in a new tab)</span>
                        </a>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-slate-600" data-testid="milestones-empty">
          {canEdit
            ? "No milestones yet. Add the steps this pledge needs, each with its due date, and mark them done as they happen: the status form then suggests a progress figure from them."
            : "No milestones have been added to this commitment yet."}
        </p>
      )}
      {canEdit
        ? milestones.map((m) => (
            <details key={m.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer text-sm font-medium text-blue-900">Edit or mark done: {m.title}</summary>
              <div className="mt-3 space-y-3">
                <MilestoneForm
                  commitmentId={commitmentId}
                  parties={parties}
                  initial={{
                    id: m.id,
                    version: m.version,
                    title: m.title,
                    duePrecision: m.duePrecision,
                    due: targetInputValue(m.duePrecision, m.dueDate),
                    doneOn: m.doneOn ? isoDate(m.doneOn) : "",
                    evidenceUrl: m.evidenceUrl ?? "",
                    responsiblePartyId: m.responsibleParty?.id ?? "",
                  }}
                />
                <DeleteMilestoneButton id={m.id} commitmentId={commitmentId} version={m.version} title={m.title} />
              </div>
            </details>
          ))
        : null}
      {canEdit ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">Add a milestone</summary>
          <div className="mt-3">
            <MilestoneForm commitmentId={commitmentId} parties={parties} initial={EMPTY_MILESTONE} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
