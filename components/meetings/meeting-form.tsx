"use client";

import { useActionState } from "react";
import Link from "next/link";
import { createMeetingAction, updateMeetingAction } from "@/app/(app)/meetings/actions";
import { describedBy, Field, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

export type MeetingFormValues = {
  id?: string;
  loadedAt?: string;
  title: string;
  kind: string;
  heldOn: string;
  location: string;
  participants: string;
  sourceUrl: string;
  sourceText: string;
};

const KIND_SUGGESTIONS = [
  "Bilateral ministerial",
  "Summit",
  "Joint commission",
  "Strategic council",
  "Political consultations",
  "State visit",
  "Multilateral ministerial",
];

export function MeetingForm({ initial, cancelHref }: { initial: MeetingFormValues; cancelHref: string }) {
  const editing = !!initial.id;
  const [state, formAction, pending] = useActionState(editing ? updateMeetingAction : createMeetingAction, null);
  const failed = state && !state.ok ? state : null;
  const values = { ...initial, ...((failed?.values ?? {}) as Partial<MeetingFormValues>) };
  const errors = failed?.fieldErrors ?? {};
  const text = (
    id: keyof MeetingFormValues,
    label: string,
    opts: { hint?: string; required?: boolean; type?: string; list?: string } = {},
  ) => (
    <Field id={id} label={label} hint={opts.hint} errors={errors[id]}>
      <input
        id={id}
        name={id}
        type={opts.type ?? "text"}
        list={opts.list}
        defaultValue={values[id] ?? ""}
        required={opts.required}
        className={inputClass}
        aria-invalid={!!errors[id]}
        aria-describedby={describedBy(id, { hint: !!opts.hint, errors: errors[id] })}
      />
    </Field>
  );
  return (
    <form action={formAction} className="space-y-5">
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="loadedAt" value={initial.loadedAt} />
        </>
      ) : null}
      <FormMessage state={failed} />
      {text("title", "Title", {
        required: true,
        hint: "As the meeting is known, e.g. “8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group”.",
      })}
      {text("kind", "Kind", { required: true, list: "meeting-kinds", hint: "Bilateral ministerial, summit, commission…" })}
      <datalist id="meeting-kinds">
        {KIND_SUGGESTIONS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("heldOn", "Date held", { required: true, type: "date" })}
        {text("location", "Location", { hint: "City and country." })}
      </div>
      <Field
        id="participants"
        label="Participants"
        hint="Who took part, as the readout names them; one per line or comma-separated."
        errors={errors.participants}
      >
        <textarea
          id="participants"
          name="participants"
          rows={2}
          defaultValue={values.participants}
          className={inputClass}
          aria-invalid={!!errors.participants}
          aria-describedby={describedBy("participants", { hint: true, errors: errors.participants })}
        />
      </Field>
      {text("sourceUrl", "Source link", { type: "url", hint: "Where the readout was published (optional)." })}
      <Field
        id="sourceText"
        label="Readout (source text)"
        hint={
          editing
            ? "Commitments point to their sentences by position in this text. You can correct it; a change that removes a commitment's sentence is refused."
            : "Paste the full readout. After saving you review the pledges found in it before anything is created."
        }
        errors={errors.sourceText}
      >
        <textarea
          id="sourceText"
          name="sourceText"
          rows={14}
          defaultValue={values.sourceText}
          className={`${inputClass} font-serif leading-relaxed`}
          aria-invalid={!!errors.sourceText}
          aria-describedby={describedBy("sourceText", { hint: true, errors: errors.sourceText })}
        />
      </Field>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : editing ? "Save meeting" : "Create meeting"}
        </button>
        <Link href={cancelHref} className={secondaryButtonClass}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
