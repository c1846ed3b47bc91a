"use server";

import { defineAction } from "@/lib/define-action";
import { changeOwnPassword } from "@/lib/data/users";
import { PasswordChangeSchema } from "@/lib/validation/users";

export const changePasswordAction = defineAction({
  permission: "account:change-password",
  schema: PasswordChangeSchema,
  // Passwords are never sent back to the form.
  echoValues: false,
  run: changeOwnPassword,
  done: () => ({ ok: true, message: "Password changed. Every session of yours has ended: sign in again with the new password." }),
});
