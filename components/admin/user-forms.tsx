"use client";

import { useActionState } from "react";
import { createUserAction, unlockUserAction, updateUserAction } from "@/app/(app)/admin/users/actions";
import type { ActionResult } from "@/lib/define-action";
import { describedBy, Field, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

const ROLE_OPTIONS = [
  { value: "VIEWER", label: "Viewer — reads everything" },
  { value: "ANALYST", label: "Analyst — logs and updates commitments" },
  { value: "ADMIN", label: "Admin — also manages accounts" },
];

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = (state && !state.ok ? state.values : {}) as Record<string, string> | undefined;
  return (
    <form action={action} className="space-y-3" aria-label="Create an account">
      <FormMessage state={state} />
      {state?.ok && state.oneTimePassword ? (
        <p className="rounded-md border border-emerald-300 bg-white p-3 text-sm">
          One-time password:{" "}
          <output className="select-all font-mono text-base" data-testid="one-time-password">
            {state.oneTimePassword}
          </output>
        </p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="new-email" label="Email" errors={errors.email}>
          <input
            id="new-email"
            name="email"
            type="email"
            required
            defaultValue={values?.email}
            className={inputClass}
            aria-invalid={!!errors.email}
            aria-describedby={describedBy("new-email", { errors: errors.email })}
          />
        </Field>
        <Field id="new-name" label="Name" errors={errors.name}>
          <input
            id="new-name"
            name="name"
            required
            defaultValue={values?.name}
            className={inputClass}
            aria-invalid={!!errors.name}
            aria-describedby={describedBy("new-name", { errors: errors.name })}
          />
        </Field>
        <Field id="new-role" label="Role" errors={errors.role}>
          <select id="new-role" name="role" defaultValue={values?.role ?? "VIEWER"} className={inputClass}>
            {ROLE_OPTIONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}

/** The outcome of a one-line form, beside it. */
function InlineResult({ state }: { state: ActionResult }) {
  if (!state) return null;
  return (
    <span role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-emerald-800" : "text-red-800"}`}>
      {state.ok ? state.message : (state.fieldErrors?.form?.join(" ") ?? state.message)}
    </span>
  );
}

/**
 * The Save button of one account's row. The row's role and status menus sit in other cells of the
 * table and belong to this form through their `form` attribute, so that a row is one form.
 */
export function UserRowForm({ formId, userId, label }: { formId: string; userId: string; label: string }) {
  const [state, action, pending] = useActionState(updateUserAction, null);
  return (
    <form id={formId} action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Save ${label}`}>
        {pending ? "Saving…" : "Save"}
      </button>
      <InlineResult state={state} />
    </form>
  );
}

/**
 * The Unlock button of a locked account. It stays mounted once the lock is gone, so that the outcome
 * is still shown after the page refreshes.
 */
export function UnlockForm({ userId, label, locked }: { userId: string; label: string; locked: boolean }) {
  const [state, action, pending] = useActionState(unlockUserAction, null);
  if (!locked && !state) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      {locked ? (
        <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Unlock ${label}`}>
          {pending ? "Unlocking…" : "Unlock"}
        </button>
      ) : null}
      <InlineResult state={state} />
    </form>
  );
}
