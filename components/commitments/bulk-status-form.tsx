"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { updateCommitmentStatusesAction } from "@/app/(app)/commitments/actions";
import { useBulkSelection } from "@/components/commitments/bulk-selection";
import { DEFAULT_PROGRESS, type CommitmentStatusValue } from "@/lib/domain/status";
import { localToday } from "@/lib/domain/target-date";
import { INVALID_FORM_MESSAGE, formDataToObject, type FieldErrors } from "@/lib/validation/form-data";
import { checkBulkStatusUpdate } from "@/lib/validation/status-update";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { EffectiveOnField, ProgressField, RationaleFields, StatusDefinition, StatusField } from "@/components/commitments/status-fields";

const SHOWN_FIELDS = ["status", "progress", "effectiveOn", "rationale", "evidenceUrls"];

export const BULK_FORM_ID = "bulk-status-update";

/**
 * The same status update for every commitment selected on the page: one rationale, one transaction.
 * Appears once a row is selected; each commitment is sent with the version the list showed, so a
 * commitment saved since refuses the whole batch, by name.
 */
export function BulkStatusForm({ requestId }: { requestId: string }) {
  const { rows, selected, clear } = useBulkSelection();
  const [state, formAction, pending] = useActionState(updateCommitmentStatusesAction, null);
  const failed = state && !state.ok ? state : null;
  const recorded = state && state.ok ? state : null;
  const values = (failed?.values ?? {}) as Record<string, string | undefined>;
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const errors = checked ?? failed?.fieldErrors ?? {};
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !SHOWN_FIELDS.includes(field))
    .flatMap(([, messages]) => messages ?? []);
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // One id per batch, as the single form: a resubmission of a lost answer keeps it, a recorded batch brings the next.
  const [formId, setFormId] = useState(requestId);
  const nextFormId = recorded?.recorded.nextRequestId;
  if (nextFormId && nextFormId !== formId) setFormId(nextFormId);
  useEffect(() => {
    // Recorded: the list has refreshed with the new statuses; the next batch starts from nothing.
    if (recorded) clear();
  }, [recorded, clear]);
  const [chosenStatus, setChosenStatus] = useState<CommitmentStatusValue>("IN_PROGRESS");
  const [progressValue, setProgressValue] = useState("");
  const [effectiveOn, setEffectiveOn] = useState(localToday());

  useEffect(() => {
    if (!state) return;
    const firstInvalid = state.ok ? null : SHOWN_FIELDS.find((field) => state.fieldErrors?.[field]?.length);
    if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    else messageRef.current?.focus();
  }, [state]);
  useEffect(() => {
    if (!checked) return;
    const firstInvalid = SHOWN_FIELDS.find((field) => checked[field]?.length);
    if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    else messageRef.current?.focus();
  }, [checked]);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const problems = checkBulkStatusUpdate(formDataToObject(new FormData(event.currentTarget), ["items"]));
    if (problems) event.preventDefault();
    setChecked(problems);
  }

  const chosen = rows.filter((row) => selected.has(row.id));
  const conflicts = failed?.conflict ?? [];
  const message = checked ? { ok: false, message: INVALID_FORM_MESSAGE } : (failed ?? recorded);

  if (!chosen.length && !message) return null;
  return (
    <>
      {chosen.length ? (
        // The form sits below the table; from anywhere in a long page, one link reaches it.
        <a
          href={`#${BULK_FORM_ID}`}
          className="fixed right-4 bottom-4 z-20 rounded-full bg-blue-800 px-4 py-2 text-sm font-medium text-white no-underline shadow-lg"
        >
          {chosen.length} selected: record a status update
        </a>
      ) : null}
      <section
        aria-labelledby="bulk-status-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        id={BULK_FORM_ID}
      >
        <h2 id="bulk-status-heading" className="text-lg font-semibold">
          {chosen.length
            ? `Record a status update for ${chosen.length === 1 ? "1 selected commitment" : `${chosen.length} selected commitments`}`
            : "Status update for the selected commitments"}
        </h2>
        <FormMessage ref={messageRef} state={message} />
        {conflicts.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm text-red-900" data-testid="bulk-conflicts">
            {conflicts.map((conflict) => (
              <li key={conflict.commitmentId}>
                <span className="font-medium">{conflict.title}</span>: {conflict.reason}
              </li>
            ))}
          </ul>
        ) : null}
        {otherErrors.length ? <p className="text-sm text-red-700">{otherErrors.join(" ")}</p> : null}
        {chosen.length ? (
          <form ref={formRef} action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-4">
            {chosen.map((row) => (
              <input key={row.id} type="hidden" name="items" value={`${row.id}:${row.version}`} />
            ))}
            <input type="hidden" name="requestId" value={formId} />
            <p className="text-sm text-slate-600">
              Each commitment gets its own entry in its history, with your name, the date and this rationale. If any of them was saved since
              you opened the list, nothing is recorded.
            </p>
            <div className="grid gap-4 sm:grid-cols-3">
              <StatusField
                idPrefix="bulk-"
                errors={errors}
                value={chosenStatus}
                onChange={(next) => {
                  setChosenStatus(next);
                  if (DEFAULT_PROGRESS[next] !== undefined) setProgressValue(String(DEFAULT_PROGRESS[next]));
                }}
              />
              <ProgressField
                idPrefix="bulk-"
                errors={errors}
                value={progressValue}
                onChange={setProgressValue}
                hint="0 to 100, the same for all"
              />
              <EffectiveOnField idPrefix="bulk-" errors={errors} value={effectiveOn} onChange={setEffectiveOn} />
            </div>
            <StatusDefinition status={chosenStatus} />
            <RationaleFields idPrefix="bulk-" errors={errors} values={values} />
            <div className="flex flex-wrap gap-2">
              <button type="submit" className={buttonClass} disabled={pending}>
                {pending ? "Saving…" : `Record for ${chosen.length === 1 ? "1 commitment" : `${chosen.length} commitments`}`}
              </button>
              <button type="button" className={secondaryButtonClass} onClick={clear} disabled={pending}>
                Clear the selection
              </button>
            </div>
          </form>
        ) : null}
      </section>
    </>
  );
}
