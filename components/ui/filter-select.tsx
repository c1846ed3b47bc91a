import type React from "react";
import { inputClass } from "./form";

export type SelectOption = { value: string; label: string };

/** A labelled select for the GET filter forms; `allLabel` adds the empty "no filter" choice. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  allLabel,
  className,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  allLabel?: string;
  className?: string;
}) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled input for the GET filter forms (search, dates, numbers), styled like FilterSelect. */
export function FilterInput({
  id,
  label,
  hint,
  className,
  inputClassName,
  ...input
}: {
  id: string;
  label: string;
  /** A line under the field, which the field is described by. */
  hint?: string;
  className?: string;
  inputClassName?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "className">) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input id={id} className={`${inputClass} ${inputClassName ?? ""}`} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
