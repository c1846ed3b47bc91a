// The one place that decides who may do what. Pages hide controls with `can`; the data layer enforces
// with `assertCan` on every call, whatever the page showed.
export const ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const;
export type RoleValue = (typeof ROLES)[number];

export type Actor = { id: string; email: string; name: string; role: RoleValue; ip?: string | null };

const PERMISSIONS = {
  "commitment:read": ["ADMIN", "ANALYST", "VIEWER"],
  "commitment:create": ["ADMIN", "ANALYST"],
  "commitment:edit": ["ADMIN", "ANALYST"],
  "commitment:update-status": ["ADMIN", "ANALYST"],
  "meeting:read": ["ADMIN", "ANALYST", "VIEWER"],
} as const satisfies Record<string, readonly RoleValue[]>;

export type Permission = keyof typeof PERMISSIONS;

export class AuthorizationError extends Error {
  constructor(readonly reason: "signed-out" | "forbidden") {
    super(reason === "signed-out" ? "Your session has ended. Sign in again." : "Your role does not allow this.");
  }
}

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return !!actor && (PERMISSIONS[permission] as readonly RoleValue[]).includes(actor.role);
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("signed-out");
  if (!can(actor, permission)) throw new AuthorizationError("forbidden");
}
