"use client";

import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { describedBy, Field, FormMessage, buttonClass, inputClass } from "@/components/ui/form";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  useEffect(() => {
    // The change ended every session: clear this one's cookie and go to the sign-in page.
    if (state?.ok) void signOut({ callbackUrl: "/login?changed=1" });
  }, [state]);
  const field = (
    id: "currentPassword" | "newPassword" | "confirmPassword",
    label: string,
    hint?: string,
    autoComplete = "new-password",
  ) => (
    <Field id={id} label={label} errors={errors[id]} hint={hint}>
      <input
        id={id}
        name={id}
        type="password"
        required
        autoComplete={autoComplete}
        className={inputClass}
        aria-invalid={!!errors[id]}
        aria-describedby={describedBy(id, { hint: !!hint, errors: errors[id] })}
      />
    </Field>
  );
  return (
    <form action={action} className="max-w-md space-y-4">
      <FormMessage state={state} />
      {field("currentPassword", "Current password", undefined, "current-password")}
      {field("newPassword", "New password", "8 to 128 characters; a long passphrase is best. Common passwords are refused.")}
      {field("confirmPassword", "New password, again")}
      <button type="submit" className={buttonClass} disabled={pending || !!state?.ok}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
