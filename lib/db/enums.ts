// The domain's value lists (lib/domain, free of Prisma) and the database's enums (schema.prisma, via
// the generated client) must name the same values. The type checker holds them together: a value
// added on one side and not the other fails `npm run typecheck`. Nothing here runs.
import type { ROLES } from "@/lib/auth/permissions";
import type { LINK_KINDS } from "@/lib/domain/lineage";
import type { COMMITMENT_STATUSES } from "@/lib/domain/status";
import type { TARGET_PRECISIONS } from "@/lib/domain/target-date";
import type { CommitmentLinkKind, CommitmentStatus, Role, TargetPrecision } from "@/lib/generated/prisma/enums";

/** `true` when A and B are the same set of string values, `never` otherwise. */
type SameValues<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

export const DOMAIN_ENUMS_MATCH_DATABASE = {
  statuses: true satisfies SameValues<(typeof COMMITMENT_STATUSES)[number], CommitmentStatus>,
  roles: true satisfies SameValues<(typeof ROLES)[number], Role>,
  targetPrecisions: true satisfies SameValues<(typeof TARGET_PRECISIONS)[number], TargetPrecision>,
  linkKinds: true satisfies SameValues<(typeof LINK_KINDS)[number], CommitmentLinkKind>,
} as const;
