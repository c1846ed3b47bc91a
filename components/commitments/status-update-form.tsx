"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { updateCommitmentStatusAction } from "@/app/(app)/commitments/actions";
import { statusUpdateAnchor } from "@/components/commitments/status-history";
import { DEFAULT_PROGRESS, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatDay } from "@/lib/domain/target-date";
import { INVALID_FORM_MESSAGE, formDataToObject, type FieldErrors } from "@/lib/validation/form-data";
import { checkStatusUpdate } from "@/lib/validation/status-update";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { focusFirstInvalid as focusFirstInvalidOf, useRecordFormId } from "@/components/ui/use-checked-form";
import {
  EffectiveOnField,
  ProgressField,
  RationaleFields,
  StatusDefinition,
  StatusField,
  StatusNotesFields,
} from "@/components/commitments/status-fields";

const SHOWN_FIELDS = ["status", "progress", "effectiveOn", "rationale", "obstacles", "nextStep", "evidenceUrls"];

/** Focuses the first of this form's fields with an error (the shared rule, for this form's fields). */
function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): boolean {
  return focusFirstInvalidOf(form, errors, SHOWN_FIELDS);
}

export function StatusUpdateForm({
  commitmentId,
  version,
  status,
  progress,
  requestId,
  suggestedProgress = null,
}: {
  commitmentId: string;
  version: number;
  requestId: string;
  status: CommitmentStatusValue;
  progress: number;
  /** The progress the commitment's milestones done suggest (lib/domain/milestones.ts), null without milestones. */
  suggestedProgress?: number | null;
}) {
  const [state, formAction, pending] = useActionState(updateCommitmentStatusAction, null);
  const failed = state && !state.ok ? state : null;
  const values = (failed?.values ?? {}) as Record<string, string | undefined>;
  const conflict = failed?.conflict ?? null;
  const saved = state && state.ok ? state : null;
  // The form checks with the server's own schema before it sends (so its messages are the server's);
  // the server checks again. `checked` holds what the last check refused, until the next one passes.
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const errors = checked ?? failed?.fieldErrors ?? {};
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !SHOWN_FIELDS.includes(field))
    .flatMap(([, messages]) => messages ?? []);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const sameRef = useRef<HTMLDivElement>(null);
  const { formId, effectiveOn, setEffectiveOn } = useRecordFormId(requestId, saved?.saved.nextRequestId, values.effectiveOn);
  const [chosenStatus, setChosenStatus] = useState<CommitmentStatusValue>((values.status as CommitmentStatusValue) ?? status);
  const [progressValue, setProgressValue] = useState<string>(values.progress ?? String(progress));
  // How many times in a row the form has asked whether to record the current status again (0: not asking).
  const [sameAsked, setSameAsked] = useState(0);

  useEffect(() => {
    // The save answered with its result only; fetch the page's new history and status.
    if (saved) router.refresh();
  }, [saved, router]);
  useEffect(() => {
    // Focus goes to what the answer asks of the analyst: the first field to fix, or the message.
    if (state && !(state.ok === false && state.fieldErrors && focusFirstInvalid(formRef.current, state.fieldErrors))) {
      messageRef.current?.focus();
    }
  }, [state]);
  useEffect(() => {
    if (checked && !focusFirstInvalid(formRef.current, checked)) messageRef.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (sameAsked) sameRef.current?.focus();
  }, [sameAsked]);
  const shownUpdate = useRef<string | null>(null);
  useEffect(() => {
    // The history above the form shows the new entry once the refreshed page (with the new version)
    // arrives; bring it into view then, once. The confirmation keeps the focus.
    const id = saved?.saved.statusUpdateId;
    if (!id || shownUpdate.current === id) return;
    const entry = document.getElementById(statusUpdateAnchor(id));
    if (!entry) return;
    shownUpdate.current = id;
    entry.scrollIntoView({ block: "nearest" });
  }, [saved, version]);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const check = checkStatusUpdate(formDataToObject(new FormData(event.currentTarget)), conflict ?? { status, progress });
    if (check.outcome === "invalid") {
      event.preventDefault();
      setChecked(check.fieldErrors);
      setSameAsked(0);
      return;
    }
    setChecked(null);
    const confirmed = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("name") === "confirmSame";
    if (check.outcome === "unchanged" && !confirmed) {
      event.preventDefault();
      setSameAsked((times) => times + 1);
      return;
    }
    setSameAsked(0);
  }

  const conflictDay = conflict ? formatDay(new Date(conflict.statusEffectiveOn)) : null;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="space-y-4"
      aria-describedby="status-update-help"
    >
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {/* After a conflict the analyst has seen the newer state; saving again applies on top of it. */}
      <input type="hidden" name="version" value={conflict?.version ?? Math.max(version, saved?.saved?.version ?? 0)} />
      <input type="hidden" name="requestId" value={formId} />
      <p id="status-update-help" className="text-sm text-slate-600">
        Every update is kept in the history with your name, the date and your rationale.
      </p>
      <FormMessage ref={messageRef} state={checked ? { ok: false, message: INVALID_FORM_MESSAGE } : (failed ?? saved)} />
      {otherErrors.length ? <p className="text-sm text-red-700">{otherErrors.join(" ")}</p> : null}
      {conflict ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-state">
          <p className="font-medium">The newer state, saved {conflict.lastAuthor ? `by ${conflict.lastAuthor}` : ""}:</p>
          <p>
            {STATUS_INFO[conflict.status].label}, {conflict.progress}% progress, effective {conflictDay}.
          </p>
          <p className="mt-1">Press “Save status update” again to record your update on top of it, or reload the page to start over.</p>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <StatusField
          errors={errors}
          value={chosenStatus}
          onChange={(next) => {
            setChosenStatus(next);
            setSameAsked(0);
            if (DEFAULT_PROGRESS[next] !== undefined) setProgressValue(String(DEFAULT_PROGRESS[next]));
          }}
        />
        <ProgressField
          errors={errors}
          value={progressValue}
          onChange={(value) => {
            setProgressValue(value);
            setSameAsked(0);
          }}
        />
        <EffectiveOnField errors={errors} value={effectiveOn} onChange={setEffectiveOn} />
      </div>
      {suggestedProgress !== null ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700" data-testid="suggested-progress">
          <p id="suggested-progress-hint">
            The milestones done suggest {suggestedProgress}% progress. A suggestion only: the progress you record is yours to judge.
          </p>
          <button
            type="button"
            className={`${secondaryButtonClass} py-1`}
            aria-describedby="suggested-progress-hint"
            onClick={() => {
              setProgressValue(String(suggestedProgress));
              setSameAsked(0);
            }}
          >
            Use {suggestedProgress} %
          </button>
        </div>
      ) : null}
      <StatusDefinition status={chosenStatus} />
      <RationaleFields errors={errors} values={values}>
        <StatusNotesFields errors={errors} values={values} />
      </RationaleFields>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Save status update"}
      </button>
      {/* After the Save button, so that it stays the form's default (Enter in a field never confirms). */}
      {sameAsked ? (
        <div
          ref={sameRef}
          tabIndex={-1}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="same-status-question"
        >
          <p id="same-status-question">
            This records the same status and progress again, as a new dated entry with your rationale. Record it anyway?
          </p>
          <button
            type="submit"
            name="confirmSame"
            value="1"
            className={secondaryButtonClass}
            disabled={pending}
            aria-describedby="same-status-question"
          >
            Record it anyway
          </button>
        </div>
      ) : null}
    </form>
  );
}
