"use server";

import { ROLE_LABELS } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/define-action";
import { createUser, unlockUser, updateUser } from "@/lib/data/users";
import { UserCreateSchema, UserUnlockSchema, UserUpdateSchema } from "@/lib/validation/users";

export const createUserAction = defineAction({
  permission: "user:manage",
  schema: UserCreateSchema,
  run: createUser,
  revalidate: ["/admin/users"],
  // The one-time password is shown once to the admin who created the account, never stored in clear.
  done: ({ oneTimePassword }, input) => ({
    ok: true,
    message: `Account created for ${input.email}. Give them this one-time password; they must change it when they first sign in. It is shown only once.`,
    oneTimePassword,
  }),
});

export const updateUserAction = defineAction({
  permission: "user:manage",
  schema: UserUpdateSchema,
  echoValues: false,
  run: updateUser,
  revalidate: ["/admin/users"],
  done: ({ roleChanged, activeChanged }, input) => {
    if (!roleChanged && !activeChanged) return { ok: true, message: "Nothing to save: the role and status were already these." };
    const changes = [
      roleChanged ? `role changed to ${ROLE_LABELS[input.role]}` : null,
      activeChanged ? (input.active ? "account enabled" : "account disabled") : null,
    ];
    return { ok: true, message: `Saved: ${changes.filter(Boolean).join(", ")}. Any session they had open has ended.` };
  },
});

export const unlockUserAction = defineAction({
  permission: "user:manage",
  schema: UserUnlockSchema,
  echoValues: false,
  run: unlockUser,
  revalidate: ["/admin/users"],
  done: ({ wasLocked }) => ({
    ok: true,
    message: wasLocked ? "Unlocked: they can sign in with their password now." : "This account was no longer locked; nothing changed.",
  }),
});
