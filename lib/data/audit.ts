import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Appends an audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(
  tx: Tx,
  actor: { id: string | null; ip?: string | null } | null,
  event: { action: string; entityType: string; entityId?: string | null; before?: unknown; after?: unknown },
) {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      ip: actor?.ip ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      before: event.before === undefined ? undefined : (JSON.parse(JSON.stringify(event.before)) as Prisma.InputJsonValue),
      after: event.after === undefined ? undefined : (JSON.parse(JSON.stringify(event.after)) as Prisma.InputJsonValue),
    },
  });
}
