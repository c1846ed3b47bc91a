"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, invalidInput, refuseUnless, type ActionState } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth/session";
import { changeUserRole, createUser, setUserActive } from "@/lib/data/users";
import { formDataToObject } from "@/lib/validation/form-data";
import { UserActiveSchema, UserCreateSchema, UserRoleSchema } from "@/lib/validation/users";

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "user:manage");
  if (refused) return refused;
  const values = formDataToObject(formData);
  const parsed = UserCreateSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    const { oneTimePassword } = await createUser(user, parsed.data);
    revalidatePath("/admin/users");
    return {
      ok: true,
      message: `Account created for ${parsed.data.email}. Give them this one-time password; they must change it when they first sign in. It is shown only once.`,
      oneTimePassword,
    };
  } catch (error) {
    return actionFailure(error, values);
  }
}

export async function changeUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "user:manage");
  if (refused) return refused;
  const parsed = UserRoleSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await changeUserRole(user, parsed.data);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Role changed. It applies from that person's next page." };
}

export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const refused = refuseUnless(user, "user:manage");
  if (refused) return refused;
  const parsed = UserActiveSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setUserActive(user, parsed.data);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: parsed.data.active ? "Account enabled." : "Account disabled; its open sessions have ended." };
}
