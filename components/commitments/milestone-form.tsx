"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { addMilestoneAction, deleteMilestoneAction, updateMilestoneAction } from "@/app/(app)/commitments/actions";
import {
  TARGET_INPUT_HINTS,
  TARGET_PRECISION_LABELS,
  TARGET_PRECISIONS,
  formatDay,
  localToday,
  type TargetPrecisionValue,
} from "@/lib/domain/target-date";
import { MilestoneCreateSchema, MilestoneEditSchema } from "@/lib/validation/milestone";
import { Field, FormMessage, buttonClass, describedBy, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { useCheckedForm } from "@/components/ui/use-checked-form";

const SHOWN_FIELDS = ["title", "duePrecision", "due", "doneOn", "evidenceUrl", "responsiblePartyId"];

/** What the form starts from: a milestone's current fields (editing), or empty ones (adding). */
export type MilestoneFormValues = {
  id?: string;
  version?: number;
  title: string;
  duePrecision: TargetPrecisionValue;
  due: string;
  doneOn: string;
  evidenceUrl: string;
  responsiblePartyId: string;
};

/**
 * Adds a milestone (no `initial.id`) or edits one, marking it done included. The form checks with the
 * server's schema before it sends; the server checks again (the party, the meeting's date, the version).
 */
export function MilestoneForm({
  commitmentId,
  parties,
  initial,
}: {
  commitmentId: string;
  parties: { id: string; name: string }[];
  initial: MilestoneFormValues;
}) {
  const editing = initial.id !== undefined;
  const [state, formAction, pending] = useActionState(editing ? updateMilestoneAction : addMilestoneAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = state && state.ok ? state : null;
  // A new milestone: the form empties for the next one once saved. Either way the page shows the new state.
  const { errors, otherErrors, formRef, messageRef, check, message, typed } = useCheckedForm(
    state,
    editing ? MilestoneEditSchema : MilestoneCreateSchema,
    SHOWN_FIELDS,
    editing ? undefined : (form) => form?.reset(),
  );
  const values = { ...initial, ...typed } as MilestoneFormValues;
  const conflict = failed?.conflict ?? null;
  const [precision, setPrecision] = useState<TargetPrecisionValue>(values.duePrecision);
  const prefix = editing ? `milestone-${initial.id}-` : "milestone-new-";

  const field = (name: keyof MilestoneFormValues) => `${prefix}${name}`;
  const version = conflict?.version ?? (editing && saved ? saved.saved.version : initial.version);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={check}
      noValidate
      className="space-y-3"
      aria-label={editing ? `Edit milestone: ${initial.title}` : "Add a milestone"}
    >
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <FormMessage ref={messageRef} state={message} />
      {otherErrors.length ? <p className="text-sm text-red-700">{otherErrors.join(" ")}</p> : null}
      {conflict ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="milestone-conflict">
          It now reads: “{conflict.title}”{conflict.doneOn ? `, done on ${formatDay(new Date(conflict.doneOn))}` : ", not done"}. Press
          “Save milestone” again to replace it with yours, or reload the page to start over.
        </p>
      ) : null}
      <Field id={field("title")} label="Milestone" errors={errors.title} hint="What has to happen, e.g. “Joint working group meets”.">
        <input
          id={field("title")}
          name="title"
          defaultValue={values.title}
          maxLength={200}
          aria-required="true"
          className={inputClass}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy(field("title"), { hint: true, errors: errors.title })}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={field("duePrecision")} label="Due date precision" errors={errors.duePrecision}>
          <select
            id={field("duePrecision")}
            name="duePrecision"
            value={precision}
            onChange={(event) => setPrecision(event.target.value as TargetPrecisionValue)}
            className={inputClass}
            aria-invalid={!!errors.duePrecision}
            aria-describedby={describedBy(field("duePrecision"), { errors: errors.duePrecision })}
          >
            {TARGET_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {TARGET_PRECISION_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={field("due")}
          label="Due"
          errors={errors.due}
          hint={`${TARGET_INPUT_HINTS[precision]}; stored as the period's last day.`}
        >
          <input
            id={field("due")}
            name="due"
            defaultValue={values.due}
            maxLength={20}
            className={inputClass}
            aria-invalid={!!errors.due}
            aria-describedby={describedBy(field("due"), { hint: true, errors: errors.due })}
          />
        </Field>
        <Field id={field("doneOn")} label="Done on (optional)" errors={errors.doneOn} hint="Empty while it is not done. Not in the future.">
          <input
            id={field("doneOn")}
            name="doneOn"
            type="date"
            max={localToday()}
            defaultValue={values.doneOn}
            className={inputClass}
            aria-invalid={!!errors.doneOn}
            aria-describedby={describedBy(field("doneOn"), { hint: true, errors: errors.doneOn })}
          />
        </Field>
        <Field id={field("responsiblePartyId")} label="Responsible party (optional)" errors={errors.responsiblePartyId}>
          <select
            id={field("responsiblePartyId")}
            name="responsiblePartyId"
            defaultValue={values.responsiblePartyId}
            className={inputClass}
            aria-invalid={!!errors.responsiblePartyId}
            aria-describedby={describedBy(field("responsiblePartyId"), { errors: errors.responsiblePartyId })}
          >
            <option value="">None named</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={field("evidenceUrl")} label="Evidence link (optional)" errors={errors.evidenceUrl} hint="An http:// or https:// address.">
        <input
          id={field("evidenceUrl")}
          name="evidenceUrl"
          type="url"
          defaultValue={values.evidenceUrl}
          placeholder="https://"
          className={inputClass}
          aria-invalid={!!errors.evidenceUrl}
          aria-describedby={describedBy(field("evidenceUrl"), { hint: true, errors: errors.evidenceUrl })}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : editing ? "Save milestone" : "Add milestone"}
      </button>
    </form>
  );
}

/** Deletes a milestone after the analyst confirms; the audit trail keeps what it was. */
export function DeleteMilestoneButton({
  id,
  commitmentId,
  version,
  title,
}: {
  id: string;
  commitmentId: string;
  version: number;
  title: string;
}) {
  const [state, formAction, pending] = useActionState(deleteMilestoneAction, null);
  const [asked, setAsked] = useState(false);
  const router = useRouter();
  const failed = state && !state.ok ? state : null;
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const [wasAsked, setWasAsked] = useState(false);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  useEffect(() => {
    // The keyboard follows the question: to "Delete it" when asked, back to "Delete milestone" when kept.
    if (asked) confirmRef.current?.focus();
    else if (wasAsked) askRef.current?.focus();
  }, [asked, wasAsked]);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      {asked ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span id={`delete-${id}-question`}>Delete “{title}”? The audit trail keeps a record of it.</span>
          <button
            ref={confirmRef}
            type="submit"
            className={`${secondaryButtonClass} text-red-800`}
            disabled={pending}
            aria-describedby={`delete-${id}-question`}
          >
            {pending ? "Deleting…" : "Delete it"}
          </button>
          <button type="button" className="text-sm underline" onClick={() => setAsked(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="text-sm text-red-800 underline"
          onClick={() => {
            setAsked(true);
            setWasAsked(true);
          }}
          aria-label={`Delete milestone: ${title}`}
        >
          Delete milestone
        </button>
      )}
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {failed.message}
        </p>
      ) : null}
    </form>
  );
}
