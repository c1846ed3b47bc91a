"use server";

import { defineAction } from "@/lib/define-action";
import { changeUserRole, createUser, setUserActive } from "@/lib/data/users";
import { UserActiveSchema, UserCreateSchema, UserRoleSchema } from "@/lib/validation/users";

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

export const changeUserRoleAction = defineAction({
  permission: "user:manage",
  schema: UserRoleSchema,
  echoValues: false,
  run: changeUserRole,
  revalidate: ["/admin/users"],
  done: () => ({ ok: true, message: "Role changed. It applies from that person's next page." }),
});

export const setUserActiveAction = defineAction({
  permission: "user:manage",
  schema: UserActiveSchema,
  echoValues: false,
  run: setUserActive,
  revalidate: ["/admin/users"],
  done: (_set, input) => ({ ok: true, message: input.active ? "Account enabled." : "Account disabled; its open sessions have ended." }),
});
