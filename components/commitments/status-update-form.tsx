"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { updateCommitmentStatusAction } from "@/app/(app)/commitments/actions";
import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { localToday } from "@/lib/domain/target-date";
import { describedBy, Field, FormMessage, buttonClass, inputClass } from "@/components/ui/form";

const DEFAULT_PROGRESS: Partial<Record<CommitmentStatusValue, number>> = { NOT_STARTED: 0, FULFILLED: 100 };

export function StatusUpdateForm({
  commitmentId,
  version,
  status,
  progress,
  requestId,
}: {
  commitmentId: string;
  version: number;
  requestId: string;
  status: CommitmentStatusValue;
  progress: number;
}) {
  const [state, formAction, pending] = useActionState(updateCommitmentStatusAction, null);
  const failed = state && !state.ok ? state : null;
  const values = (failed?.values ?? {}) as Record<string, string | undefined>;
  const errors = failed?.fieldErrors ?? {};
  const conflict = failed?.conflict ?? null;
  const saved = state && state.ok ? state : null;
  const router = useRouter();
  // One id per update: the server hands the next one back with each recorded save (a resubmission of
  // a lost answer keeps the current one). Adopted during render, as React's "adjusting state when a
  // prop changes" pattern: no effect, no second render pass.
  const [formId, setFormId] = useState(requestId);
  const nextFormId = saved?.saved.nextRequestId;
  if (nextFormId && nextFormId !== formId) setFormId(nextFormId);
  useEffect(() => {
    // The save answered with its result only; fetch the page's new history and status.
    if (saved) router.refresh();
  }, [saved, router]);
  const [chosenStatus, setChosenStatus] = useState<CommitmentStatusValue>((values.status as CommitmentStatusValue) ?? status);
  const [progressValue, setProgressValue] = useState<string>(values.progress ?? String(progress));

  return (
    <form action={formAction} className="space-y-4" aria-describedby="status-update-help">
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {/* After a conflict the analyst has seen the newer state; saving again applies on top of it. */}
      <input type="hidden" name="version" value={conflict?.version ?? Math.max(version, saved?.saved?.version ?? 0)} />
      <input type="hidden" name="requestId" value={formId} />
      <p id="status-update-help" className="text-sm text-slate-600">
        Every update is kept in the history with your name, the date and your rationale.
      </p>
      <FormMessage state={failed ?? saved} />
      {conflict ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-state">
          <p className="font-medium">The newer state, saved {conflict.lastAuthor ? `by ${conflict.lastAuthor}` : ""}:</p>
          <p>
            {STATUS_INFO[conflict.status].label}, {conflict.progress}% progress, effective{" "}
            {new Date(conflict.statusEffectiveOn).toISOString().slice(0, 10)}.
          </p>
          <p className="mt-1">Press “Save status update” again to record your update on top of it, or reload the page to start over.</p>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="status" label="New status" errors={errors.status}>
          <select
            id="status"
            name="status"
            value={chosenStatus}
            onChange={(event) => {
              const next = event.target.value as CommitmentStatusValue;
              setChosenStatus(next);
              if (DEFAULT_PROGRESS[next] !== undefined) setProgressValue(String(DEFAULT_PROGRESS[next]));
            }}
            className={inputClass}
            aria-invalid={!!errors.status}
            aria-describedby={describedBy("status", { errors: errors.status })}
          >
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_INFO[s].label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="progress" label="Progress (%)" errors={errors.progress} hint="0 to 100">
          <input
            id="progress"
            name="progress"
            type="number"
            min={0}
            max={100}
            step={1}
            required
            value={progressValue}
            onChange={(event) => setProgressValue(event.target.value)}
            className={inputClass}
            aria-invalid={!!errors.progress}
            aria-describedby={describedBy("progress", { hint: true, errors: errors.progress })}
          />
        </Field>
        <Field id="effectiveOn" label="Took effect on" errors={errors.effectiveOn} hint="Not in the future">
          <input
            id="effectiveOn"
            name="effectiveOn"
            type="date"
            required
            max={localToday()}
            defaultValue={values.effectiveOn ?? localToday()}
            className={inputClass}
            aria-invalid={!!errors.effectiveOn}
            aria-describedby={describedBy("effectiveOn", { hint: true, errors: errors.effectiveOn })}
          />
        </Field>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {STATUS_INFO[chosenStatus].label}: {STATUS_INFO[chosenStatus].definition}
      </p>
      <Field id="rationale" label="Rationale" errors={errors.rationale} hint="Required. What happened, and how you know.">
        <textarea
          id="rationale"
          name="rationale"
          rows={3}
          required
          defaultValue={values.rationale ?? ""}
          className={inputClass}
          aria-invalid={!!errors.rationale}
          aria-describedby={describedBy("rationale", { hint: true, errors: errors.rationale })}
        />
      </Field>
      <Field
        id="evidenceUrls"
        label="Evidence links (optional)"
        errors={errors.evidenceUrls}
        hint="One http:// or https:// address per line."
      >
        <textarea
          id="evidenceUrls"
          name="evidenceUrls"
          rows={2}
          defaultValue={values.evidenceUrls ?? ""}
          placeholder="https://"
          className={inputClass}
          aria-invalid={!!errors.evidenceUrls}
          aria-describedby={describedBy("evidenceUrls", { hint: true, errors: errors.evidenceUrls })}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Save status update"}
      </button>
    </form>
  );
}
