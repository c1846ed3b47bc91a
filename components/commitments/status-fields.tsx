"use client";

import type { ReactNode } from "react";
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

/** A textarea of a status form in its Field, refilled with what was typed after a refusal. */
function TextareaField({
  idPrefix = "",
  name,
  label,
  hint,
  rows,
  required = false,
  placeholder,
  errors,
  values,
}: Props & {
  name: string;
  label: string;
  hint: string;
  rows: number;
  required?: boolean;
  placeholder?: string;
  values: Record<string, string | undefined>;
}) {
  const id = `${idPrefix}${name}`;
  return (
    <Field id={id} label={label} errors={errors[name]} hint={hint}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-required={required ? "true" : undefined}
        defaultValue={values[name] ?? ""}
        placeholder={placeholder}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(id, { hint: true, errors: errors[name] })}
      />
    </Field>
  );
}

/**
 * Rationale (required) and evidence links (optional), refilled with what was typed after a refusal.
 * `children` go between them: fields that say more about the rationale (the single form's notes).
 */
export function RationaleFields({
  idPrefix = "",
  errors,
  values,
  children,
}: Props & { values: Record<string, string | undefined>; children?: ReactNode }) {
  return (
    <>
      <TextareaField
        idPrefix={idPrefix}
        name="rationale"
        label="Rationale"
        hint="Required. What happened, and how you know."
        rows={3}
        required
        errors={errors}
        values={values}
      />
      {children}
      <TextareaField
        idPrefix={idPrefix}
        name="evidenceUrls"
        label="Evidence links (optional)"
        hint="One http:// or https:// address per line."
        rows={2}
        placeholder="https://"
        errors={errors}
        values={values}
      />
    </>
  );
}

/**
 * What stands in the way and what should happen next (both optional): the single status form's only,
 * as a batch's commitments each have their own.
 */
export function StatusNotesFields({ idPrefix = "", errors, values }: Props & { values: Record<string, string | undefined> }) {
  return (
    <>
      <TextareaField
        idPrefix={idPrefix}
        name="obstacles"
        label="Obstacles"
        hint="Optional. What stands in the way, if anything."
        rows={2}
        errors={errors}
        values={values}
      />
      <TextareaField
        idPrefix={idPrefix}
        name="nextStep"
        label="Next step"
        hint="Optional. What should happen next, and who acts."
        rows={2}
        errors={errors}
        values={values}
      />
    </>
  );
}
