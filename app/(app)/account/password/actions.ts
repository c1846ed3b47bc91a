"use server";

import { actionFailure, invalidInput, refuseUnless, type ActionState } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/users";
import { formDataToObject } from "@/lib/validation/form-data";
import { PasswordChangeSchema } from "@/lib/validation/users";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "account:change-password");
  if (refused) return refused;
  const parsed = PasswordChangeSchema.safeParse(formDataToObject(formData));
  // Passwords are never sent back to the form.
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await changeOwnPassword(user, parsed.data);
  } catch (error) {
    return actionFailure(error);
  }
  return { ok: true, message: "Password changed. Every session of yours has ended: sign in again with the new password." };
}
