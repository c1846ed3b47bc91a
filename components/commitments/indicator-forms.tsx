"use client";

import { useActionState } from "react";
import { addMeasurementAction, setIndicatorAction } from "@/app/(app)/commitments/actions";
import { INDICATOR_DIRECTION_LABELS, INDICATOR_DIRECTIONS, type IndicatorDirectionValue } from "@/lib/domain/indicators";
import { localToday } from "@/lib/domain/target-date";
import type { FieldErrors } from "@/lib/validation/form-data";
import { IndicatorSchema, MeasurementSchema } from "@/lib/validation/indicator";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "@/components/ui/form";
import { useCheckedForm } from "@/components/ui/use-checked-form";

function TextField({
  id,
  name,
  label,
  hint,
  errors,
  defaultValue,
  type = "text",
  required = false,
  max,
  inputMode,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  defaultValue: string;
  type?: "text" | "date" | "url";
  required?: boolean;
  max?: string;
  inputMode?: "decimal";
}) {
  return (
    <Field id={id} label={label} errors={errors[name]} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        max={max}
        defaultValue={defaultValue}
        aria-required={required ? "true" : undefined}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(id, { hint: !!hint, errors: errors[name] })}
      />
    </Field>
  );
}

export type IndicatorFormValues = {
  version: number | null;
  name: string;
  unit: string;
  direction: IndicatorDirectionValue;
  baselineValue: string;
  baselineOn: string;
  targetValue: string;
  targetOn: string;
};

const INDICATOR_FIELDS = ["name", "unit", "direction", "baselineValue", "baselineOn", "targetValue", "targetOn"];
const NUMBER_HINT = "A number such as 10 or 5.25 (a point for decimals).";

/** Sets the commitment's one indicator: creates it, or edits it from the version shown. */
export function IndicatorForm({ commitmentId, initial }: { commitmentId: string; initial: IndicatorFormValues }) {
  const [state, formAction, pending] = useActionState(setIndicatorAction, null);
  const { errors, formRef, messageRef, check, message, typed } = useCheckedForm(state, IndicatorSchema, INDICATOR_FIELDS);
  const { version: _shown, ...fields } = initial;
  const values: Record<string, string | undefined> = { ...fields, ...typed };
  const version = state?.ok ? state.saved.version : initial.version;
  return (
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className="space-y-3" aria-label="Measurable target">
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version ?? ""} />
      <FormMessage ref={messageRef} state={message} />
      {errors.version ? <p className="text-sm text-red-700">{errors.version.join(" ")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="indicator-name"
          name="name"
          label="Indicator"
          hint="What is measured, e.g. “Mutual trade turnover”."
          errors={errors}
          defaultValue={values.name ?? ""}
          required
        />
        <TextField
          id="indicator-unit"
          name="unit"
          label="Unit"
          hint="e.g. US$ billion"
          errors={errors}
          defaultValue={values.unit ?? ""}
          required
        />
      </div>
      <Field id="indicator-direction" label="Direction" errors={errors.direction}>
        <select
          id="indicator-direction"
          name="direction"
          defaultValue={values.direction}
          className={inputClass}
          aria-invalid={!!errors.direction}
          aria-describedby={describedBy("indicator-direction", { errors: errors.direction })}
        >
          {INDICATOR_DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {INDICATOR_DIRECTION_LABELS[d]}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="indicator-baselineValue"
          name="baselineValue"
          label="Baseline value"
          hint={NUMBER_HINT}
          errors={errors}
          defaultValue={values.baselineValue ?? ""}
          inputMode="decimal"
          required
        />
        <TextField
          id="indicator-baselineOn"
          name="baselineOn"
          label="Baseline date"
          type="date"
          errors={errors}
          defaultValue={values.baselineOn ?? ""}
          required
        />
        <TextField
          id="indicator-targetValue"
          name="targetValue"
          label="Target value"
          hint={NUMBER_HINT}
          errors={errors}
          defaultValue={values.targetValue ?? ""}
          inputMode="decimal"
          required
        />
        <TextField
          id="indicator-targetOn"
          name="targetOn"
          label="Target date"
          hint="After the baseline date."
          type="date"
          errors={errors}
          defaultValue={values.targetOn ?? ""}
          required
        />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : initial.version === null ? "Set the indicator" : "Save the indicator"}
      </button>
    </form>
  );
}

const MEASUREMENT_FIELDS = ["value", "measuredOn", "sourceUrl", "note"];

/** Appends a measurement (measurements are never changed: a correction is a new one). */
export function MeasurementForm({ indicatorId, unit }: { indicatorId: string; unit: string }) {
  const [state, formAction, pending] = useActionState(addMeasurementAction, null);
  const { errors, formRef, messageRef, check, message, typed } = useCheckedForm(state, MeasurementSchema, MEASUREMENT_FIELDS, (form) =>
    form?.reset(),
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className="space-y-3" aria-label="Record a measurement">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <FormMessage ref={messageRef} state={message} />
      {errors.indicatorId ? <p className="text-sm text-red-700">{errors.indicatorId.join(" ")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="measurement-value"
          name="value"
          label={`Measured value (${unit})`}
          hint={NUMBER_HINT}
          errors={errors}
          defaultValue={typed.value ?? ""}
          inputMode="decimal"
          required
        />
        <TextField
          id="measurement-measuredOn"
          name="measuredOn"
          label="Measured on"
          hint="The day the value stands for. Not in the future."
          type="date"
          max={localToday()}
          errors={errors}
          defaultValue={typed.measuredOn ?? ""}
          required
        />
      </div>
      <TextField
        id="measurement-sourceUrl"
        name="sourceUrl"
        label="Source link (optional)"
        hint="An http:// or https:// address."
        type="url"
        errors={errors}
        defaultValue={typed.sourceUrl ?? ""}
      />
      <TextField id="measurement-note" name="note" label="Note (optional)" errors={errors} defaultValue={typed.note ?? ""} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Recording…" : "Record measurement"}
      </button>
    </form>
  );
}
