import { z } from "zod";
import { PASSWORD_MAX, passwordProblem } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";

export const UserCreateSchema = z.object({
  email: z.string().trim().toLowerCase().max(320, "The email is at most 320 characters.").pipe(z.email("Enter a valid email address.")),
  name: z.string().trim().min(2, "Enter the person's name (at least 2 characters).").max(120, "The name is at most 120 characters."),
  role: z.enum(ROLES, "Choose a role."),
});
export type UserCreateInput = z.infer<typeof UserCreateSchema>;

/** One account's row on the accounts page: its role and whether it may sign in, saved together. */
export const UserUpdateSchema = z.object({
  userId: z.uuid("Unknown account."),
  role: z.enum(ROLES, "Choose a role."),
  active: z.enum(["true", "false"], "Choose active or disabled.").transform((v) => v === "true"),
});
export type UserUpdateInput = z.infer<typeof UserUpdateSchema>;

export const UserUnlockSchema = z.object({ userId: z.uuid("Unknown account.") });
export type UserUnlockInput = z.infer<typeof UserUnlockSchema>;

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: z.string().max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters.`),
    confirmPassword: z.string().max(PASSWORD_MAX * 4),
  })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.newPassword);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    if (input.newPassword !== input.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords differ." });
    if (input.newPassword === input.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
  });
export type PasswordChangeInput = z.infer<typeof PasswordChangeSchema>;
