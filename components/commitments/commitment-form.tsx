"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { createCommitmentAction, updateCommitmentAction } from "@/app/(app)/commitments/actions";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { TARGET_INPUT_HINTS, TARGET_PRECISION_LABELS, TARGET_PRECISIONS, type TargetPrecisionValue } from "@/lib/domain/target-date";
import { describedBy, Field, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

export type CommitmentFormValues = {
  id?: string;
  version?: number;
  meetingId: string;
  title: string;
  description: string;
  category: string;
  partyIds: string[];
  sourceQuote: string;
  targetPrecision: TargetPrecisionValue;
  target: string;
};

export function CommitmentForm({
  initial,
  meetings,
  parties,
  cancelHref,
}: {
  initial: CommitmentFormValues;
  meetings: { id: string; title: string }[];
  parties: { id: string; name: string }[];
  cancelHref: string;
}) {
  const editing = !!initial.id;
  const [state, formAction, pending] = useActionState(editing ? updateCommitmentAction : createCommitmentAction, null);
  const failed = state && !state.ok ? state : null;
  const submitted = (failed?.values ?? null) as Partial<Record<keyof CommitmentFormValues, string & string[]>> | null;
  const values = { ...initial, ...(submitted ?? {}) } as CommitmentFormValues;
  const errors = failed?.fieldErrors ?? {};
  const [precision, setPrecision] = useState<TargetPrecisionValue>(values.targetPrecision);
  const needsTarget = precision !== "NONE" && precision !== "UPCOMING";

  return (
    <form action={formAction} className="space-y-5">
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}
      <FormMessage state={failed} />
      <Field id="meetingId" label="Meeting" errors={errors.meetingId}>
        <select
          id="meetingId"
          name="meetingId"
          defaultValue={values.meetingId}
          required
          className={inputClass}
          aria-invalid={!!errors.meetingId}
          aria-describedby={describedBy("meetingId", { errors: errors.meetingId })}
        >
          <option value="">Choose the meeting…</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="title" label="Title" errors={errors.title} hint="What was pledged, in a short sentence an analyst would search for.">
        <input
          id="title"
          name="title"
          defaultValue={values.title}
          required
          maxLength={200}
          className={inputClass}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy("title", { hint: true, errors: errors.title })}
        />
      </Field>
      <Field
        id="sourceQuote"
        label="Source sentence"
        errors={errors.sourceQuote}
        hint="Paste it verbatim from the readout, so it can be found and highlighted there."
      >
        <textarea
          id="sourceQuote"
          name="sourceQuote"
          rows={4}
          defaultValue={values.sourceQuote}
          required
          className={inputClass}
          aria-invalid={!!errors.sourceQuote}
          aria-describedby={describedBy("sourceQuote", { hint: true, errors: errors.sourceQuote })}
        />
      </Field>
      <Field id="description" label="Notes (optional)" errors={errors.description}>
        <textarea
          id="description"
          name="description"
          rows={2}
          defaultValue={values.description}
          className={inputClass}
          aria-invalid={!!errors.description}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="category" label="Category" errors={errors.category}>
          <select
            id="category"
            name="category"
            defaultValue={values.category}
            required
            className={inputClass}
            aria-invalid={!!errors.category}
            aria-describedby={describedBy("category", { errors: errors.category })}
          >
            <option value="">Choose a category…</option>
            {COMMITMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
        <Field id="targetPrecision" label="Target precision" errors={errors.targetPrecision}>
          <select
            id="targetPrecision"
            name="targetPrecision"
            value={precision}
            onChange={(e) => setPrecision(e.target.value as TargetPrecisionValue)}
            className={inputClass}
          >
            {TARGET_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {TARGET_PRECISION_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="target" label="Target" errors={errors.target} hint={TARGET_INPUT_HINTS[precision]}>
          <input
            id="target"
            name="target"
            defaultValue={values.target}
            disabled={!needsTarget}
            className={inputClass}
            aria-invalid={!!errors.target}
            aria-describedby={describedBy("target", { hint: true, errors: errors.target })}
          />
        </Field>
      </div>
      <fieldset aria-describedby={errors.partyIds ? "partyIds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Parties to the pledge</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {parties.map((party) => (
            <label key={party.id} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="partyIds"
                value={party.id}
                defaultChecked={values.partyIds?.includes(party.id)}
                className="h-4 w-4"
              />
              {party.name}
            </label>
          ))}
        </div>
        {errors.partyIds ? (
          <p id="partyIds-error" className="mt-1 text-sm text-red-700">
            {errors.partyIds.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Log commitment"}
        </button>
        <Link href={cancelHref} className={`${secondaryButtonClass} no-underline`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
