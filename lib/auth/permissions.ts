// The one place that decides who may do what. Pages hide controls with `can`; the data layer enforces
// with `assertCan` on every call, whatever the page showed.
export const ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const;
export type RoleValue = (typeof ROLES)[number];
export const ROLE_LABELS: Record<RoleValue, string> = { ADMIN: "Admin", ANALYST: "Analyst", VIEWER: "Viewer" };

export type Actor = { id: string; email: string; name: string; role: RoleValue; ip?: string | null; mustChangePassword?: boolean };

const PERMISSIONS = {
  "commitment:read": ["ADMIN", "ANALYST", "VIEWER"],
  "commitment:create": ["ADMIN", "ANALYST"],
  "commitment:edit": ["ADMIN", "ANALYST"],
  "commitment:update-status": ["ADMIN", "ANALYST"],
  /** Recording one party's own assessment on a commitment. */
  "commitment:assess-party": ["ADMIN", "ANALYST"],
  /** Adding, editing and deleting a commitment's milestones. */
  "commitment:milestones": ["ADMIN", "ANALYST"],
  /** Setting a commitment's measurable target and recording its measurements. */
  "commitment:indicator": ["ADMIN", "ANALYST"],
  "commitment:link": ["ADMIN", "ANALYST"],
  "commitment:import": ["ADMIN", "ANALYST"],
  "commitment:export": ["ADMIN", "ANALYST", "VIEWER"],
  /** Issuing an implementation report: storing its files for good as what was told to a meeting. Anyone who reads may draw and download one. */
  "report:issue": ["ADMIN", "ANALYST"],
  "meeting:read": ["ADMIN", "ANALYST", "VIEWER"],
  "meeting:create": ["ADMIN", "ANALYST"],
  "meeting:edit": ["ADMIN", "ANALYST"],
  "user:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "account:change-password": ["ADMIN", "ANALYST", "VIEWER"],
  /** One's own display choices (the list's columns). */
  "account:preferences": ["ADMIN", "ANALYST", "VIEWER"],
  /** Saving, listing and deleting one's own named filters: viewers too, a saved view changes no record. */
  "view:save": ["ADMIN", "ANALYST", "VIEWER"],
} as const satisfies Record<string, readonly RoleValue[]>;

export type Permission = keyof typeof PERMISSIONS;

const REFUSALS = {
  "signed-out": "Your session has ended. Sign in again.",
  forbidden: "Your role does not allow this.",
  "password-change-required": "Change your one-time password first.",
} as const;

export class AuthorizationError extends Error {
  constructor(readonly reason: keyof typeof REFUSALS) {
    super(REFUSALS[reason]);
  }
}

/** Why an actor may not do something, or null when they may. */
export function refusal(
  actor: Pick<Actor, "role" | "mustChangePassword"> | null | undefined,
  permission: Permission,
): keyof typeof REFUSALS | null {
  if (!actor) return "signed-out";
  // An account still on its one-time password may only replace it.
  if (actor.mustChangePassword && permission !== "account:change-password") return "password-change-required";
  return (PERMISSIONS[permission] as readonly RoleValue[]).includes(actor.role) ? null : "forbidden";
}

export function can(actor: Pick<Actor, "role" | "mustChangePassword"> | null | undefined, permission: Permission): boolean {
  return refusal(actor, permission) === null;
}

/** Writes a refused authorization to the server log, as one JSON line. */
export function logRefusal(actor: Pick<Actor, "id" | "ip"> | null | undefined, permission: Permission, reason: string) {
  console.warn(JSON.stringify({ event: "authorization-refused", permission, reason, userId: actor?.id ?? null, ip: actor?.ip ?? null }));
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  const reason = refusal(actor, permission);
  if (reason) {
    logRefusal(actor, permission, reason);
    throw new AuthorizationError(reason);
  }
}
