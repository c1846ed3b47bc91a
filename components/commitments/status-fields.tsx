"use client";

import { COMMITMENT_STATUSES, STATUS_INFO, type CommitmentStatusValue } from "@/lib/domain/status";
import { formatDayText, localToday } from "@/lib/domain/target-date";
import type { FieldErrors } from "@/lib/validation/form-data";
import { describedBy, Field, inputClass } from "@/components/ui/form";

// The fields of a status update, shared by the single form (status-update-form.tsx) and the bulk
// form (bulk-status-form.tsx): the same names, rules and words; `idPrefix` keeps ids unique on a page.
// Fields are aria-required, not required: the forms check themselves (noValidate), in their own words.

type Props = { idPrefix?: string; errors: FieldErrors };

export function StatusField({
  idPrefix = "",
  errors,
  value,
  onChange,
}: Props & { value: CommitmentStatusValue; onChange: (status: CommitmentStatusValue) => void }) {
  const id = `${idPrefix}status`;
  return (
    <Field id={id} label="New status" errors={errors.status}>
      <select
        id={id}
        name="status"
        value={value}
        onChange={(event) => onChange(event.target.value as CommitmentStatusValue)}
        className={inputClass}
        aria-invalid={!!errors.status}
        aria-describedby={describedBy(id, { errors: errors.status })}
      >
        {COMMITMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_INFO[s].label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ProgressField({
  idPrefix = "",
  errors,
  value,
  onChange,
  hint = "0 to 100",
}: Props & { value: string; onChange: (value: string) => void; hint?: string }) {
  const id = `${idPrefix}progress`;
  return (
    <Field id={id} label="Progress (%)" errors={errors.progress} hint={hint}>
      <input
        id={id}
        name="progress"
        type="number"
        min={0}
        max={100}
        step={1}
        aria-required="true"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
        aria-invalid={!!errors.progress}
        aria-describedby={describedBy(id, { hint: true, errors: errors.progress })}
      />
    </Field>
  );
}

/** The browser shows a date field in its own locale's format; the hint says the day the way the app writes days. */
export function EffectiveOnField({ idPrefix = "", errors, value, onChange }: Props & { value: string; onChange: (value: string) => void }) {
  const id = `${idPrefix}effectiveOn`;
  const day = formatDayText(value);
  return (
    <Field
      id={id}
      label="Took effect on"
      errors={errors.effectiveOn}
      hint={day ? `Takes effect: ${day}. Not in the future.` : "Not in the future."}
    >
      <input
        id={id}
        name="effectiveOn"
        type="date"
        aria-required="true"
        max={localToday()}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
        aria-invalid={!!errors.effectiveOn}
        aria-describedby={describedBy(id, { hint: true, errors: errors.effectiveOn })}
      />
    </Field>
  );
}

/** The status's definition, under the fields, as the analyst picks it. */
export function StatusDefinition({ status }: { status: CommitmentStatusValue }) {
  return (
    <p className="text-sm text-slate-600" aria-live="polite">
      {STATUS_INFO[status].label}: {STATUS_INFO[status].definition}
    </p>
  );
}

/** Rationale (required) and evidence links (optional), refilled with what was typed after a refusal. */
export function RationaleFields({ idPrefix = "", errors, values }: Props & { values: Record<string, string | undefined> }) {
  return (
    <>
      <Field id={`${idPrefix}rationale`} label="Rationale" errors={errors.rationale} hint="Required. What happened, and how you know.">
        <textarea
          id={`${idPrefix}rationale`}
          name="rationale"
          rows={3}
          aria-required="true"
          defaultValue={values.rationale ?? ""}
          className={inputClass}
          aria-invalid={!!errors.rationale}
          aria-describedby={describedBy(`${idPrefix}rationale`, { hint: true, errors: errors.rationale })}
        />
      </Field>
      <Field
        id={`${idPrefix}evidenceUrls`}
        label="Evidence links (optional)"
        errors={errors.evidenceUrls}
        hint="One http:// or https:// address per line."
      >
        <textarea
          id={`${idPrefix}evidenceUrls`}
          name="evidenceUrls"
          rows={2}
          defaultValue={values.evidenceUrls ?? ""}
          placeholder="https://"
          className={inputClass}
          aria-invalid={!!errors.evidenceUrls}
          aria-describedby={describedBy(`${idPrefix}evidenceUrls`, { hint: true, errors: errors.evidenceUrls })}
        />
      </Field>
    </>
  );
}
