"use client";

import { useActionState, useState } from "react";
import { assessPartyAction } from "@/app/(app)/commitments/actions";
import { DEFAULT_PROGRESS, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatDay } from "@/lib/domain/target-date";
import { PartyAssessmentSchema } from "@/lib/validation/party-assessment";
import { FormMessage, Field, buttonClass, describedBy, inputClass } from "@/components/ui/form";
import { EffectiveOnField, ProgressField, RationaleFields, StatusDefinition, StatusField } from "@/components/commitments/status-fields";
import { useCheckedForm, useRecordFormId } from "@/components/ui/use-checked-form";

const SHOWN_FIELDS = ["status", "progress", "effectiveOn", "responsibleBody", "rationale", "evidenceUrls"];

/**
 * One party's assessment on a commitment: the status update's fields, the party's responsible body,
 * and the version of this party's state (one per party, not the commitment's). The form checks with
 * the server's schema before it sends; the server checks again.
 */
export function PartyAssessmentForm({
  commitmentId,
  partyId,
  partyName,
  version,
  status,
  progress,
  responsibleBody,
  requestId,
}: {
  commitmentId: string;
  partyId: string;
  partyName: string;
  version: number;
  status: CommitmentStatusValue;
  progress: number;
  responsibleBody: string | null;
  requestId: string;
}) {
  const [state, formAction, pending] = useActionState(assessPartyAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = state && state.ok ? state : null;
  const conflict = failed?.conflict ?? null;
  const {
    errors,
    otherErrors,
    formRef,
    messageRef,
    check,
    message,
    typed: values,
  } = useCheckedForm(state, PartyAssessmentSchema, SHOWN_FIELDS);
  const idPrefix = `party-${partyId}-`;
  const { formId, effectiveOn, setEffectiveOn } = useRecordFormId(requestId, saved?.saved.nextRequestId, values.effectiveOn);
  const [chosenStatus, setChosenStatus] = useState<CommitmentStatusValue>((values.status as CommitmentStatusValue) ?? status);
  const [progressValue, setProgressValue] = useState<string>(values.progress ?? String(progress));

  const bodyId = `${idPrefix}responsibleBody`;
  return (
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className="space-y-4" aria-label={`Assess ${partyName}`}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="partyId" value={partyId} />
      <input type="hidden" name="version" value={conflict?.version ?? Math.max(version, saved?.saved.version ?? 0)} />
      <input type="hidden" name="requestId" value={formId} />
      <FormMessage ref={messageRef} state={message} />
      {otherErrors.length ? <p className="text-sm text-red-700">{otherErrors.join(" ")}</p> : null}
      {conflict ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="party-conflict-state">
          <p className="font-medium">
            The newer assessment of {partyName}
            {conflict.lastAuthor ? `, by ${conflict.lastAuthor}` : ""}:
          </p>
          <p>
            {STATUS_INFO[conflict.status].label}, {conflict.progress}% progress
            {conflict.statusEffectiveOn ? `, effective ${formatDay(new Date(conflict.statusEffectiveOn))}` : ""}.
          </p>
          <p className="mt-1">Press “Save assessment” again to record yours on top of it, or reload the page to start over.</p>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <StatusField
          idPrefix={idPrefix}
          errors={errors}
          value={chosenStatus}
          onChange={(next) => {
            setChosenStatus(next);
            if (DEFAULT_PROGRESS[next] !== undefined) setProgressValue(String(DEFAULT_PROGRESS[next]));
          }}
        />
        <ProgressField idPrefix={idPrefix} errors={errors} value={progressValue} onChange={setProgressValue} />
        <EffectiveOnField idPrefix={idPrefix} errors={errors} value={effectiveOn} onChange={setEffectiveOn} />
      </div>
      <StatusDefinition status={chosenStatus} />
      <Field
        id={bodyId}
        label="Responsible body (optional)"
        errors={errors.responsibleBody}
        hint={`Who delivers on ${partyName}'s side, e.g. a ministry.`}
      >
        <input
          id={bodyId}
          name="responsibleBody"
          defaultValue={values.responsibleBody ?? responsibleBody ?? ""}
          maxLength={300}
          className={inputClass}
          aria-invalid={!!errors.responsibleBody}
          aria-describedby={describedBy(bodyId, { hint: true, errors: errors.responsibleBody })}
        />
      </Field>
      <RationaleFields idPrefix={idPrefix} errors={errors} values={values} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : `Save assessment of ${partyName}`}
      </button>
    </form>
  );
}
