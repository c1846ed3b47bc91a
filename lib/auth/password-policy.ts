import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// zxcvbn-ts's list of common passwords (about 49,000, most common first), compared case-insensitively.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function commonPasswordCount(): number {
  return commonPasswords().size;
}

/** What is wrong with a new password, in words for the form; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (commonPasswords().has(password.toLowerCase())) return "This password is on a list of common passwords; choose another.";
  if (email && password.toLowerCase() === email.toLowerCase()) return "Do not use your email address as your password.";
  return null;
}
