import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { auditReferences, type AuditNames } from "@/lib/domain/audit-changes";
import type { AuditFilters } from "@/lib/validation/audit-filters";
import { isUuid } from "@/lib/validation/fields";

type Tx = Prisma.TransactionClient;

type AuditActor = { id: string | null; ip?: string | null } | null;
type AuditEventInput = { action: string; entityType: string; entityId?: string | null; before?: unknown; after?: unknown };

function auditEventData(actor: AuditActor, event: AuditEventInput) {
  return {
    actorId: actor?.id ?? null,
    ip: actor?.ip ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    before: event.before === undefined ? undefined : (JSON.parse(JSON.stringify(event.before)) as Prisma.InputJsonValue),
    after: event.after === undefined ? undefined : (JSON.parse(JSON.stringify(event.after)) as Prisma.InputJsonValue),
  };
}

/** Appends an audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, actor: AuditActor, event: AuditEventInput) {
  await tx.auditEvent.create({ data: auditEventData(actor, event) });
}

/**
 * An audit event as an INSERT … SELECT for a statement that writes a change and its record together (a
 * status save is one statement, so the roll-ups' shared rows stay locked only while it runs). `before`
 * is SQL over the statement's own rows, read from `from`; one row of `from` gives one event, none gives
 * none.
 */
export function auditInsertSql(actor: AuditActor, event: Omit<AuditEventInput, "before">, before: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  const data = auditEventData(actor, event);
  const after = data.after === undefined ? null : JSON.stringify(data.after);
  return Prisma.sql`INSERT INTO audit_events (actor_id, ip, action, entity_type, entity_id, before, after)
    SELECT ${data.actorId}::uuid, ${data.ip}, ${data.action}, ${data.entityType}, ${data.entityId}, ${before}, ${after}::jsonb FROM ${from}`;
}

/** Appends many audit events in one statement (a bulk import), inside the caller's transaction. */
export async function recordAudits(tx: Tx, actor: AuditActor, events: AuditEventInput[]) {
  if (events.length) await tx.auditEvent.createMany({ data: events.map((event) => auditEventData(actor, event)) });
}

export type AuditRow = {
  id: string;
  occurredAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
};

export const AUDIT_PAGE_SIZE = 50;

function auditWhere(filters: AuditFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.action) conditions.push(Prisma.sql`a.action = ${filters.action}`);
  if (filters.actor) conditions.push(Prisma.sql`u.email = ${filters.actor}`);
  if (filters.entityId) conditions.push(Prisma.sql`a.entity_id = ${filters.entityId}`);
  // Days are UTC days, as the page says.
  if (filters.from) conditions.push(Prisma.sql`a.occurred_at >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`a.occurred_at < ${filters.to}::date + 1`);
  return Prisma.join(conditions, " AND ");
}

function auditSelect(filters: AuditFilters, limit: number, afterId: bigint | null, offset = 0): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id::text, a.occurred_at AS "occurredAt", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
           u.email AS "actorEmail", u.name AS "actorName", a.ip, a.before, a.after
    FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
    WHERE ${auditWhere(filters)} ${afterId === null ? Prisma.empty : Prisma.sql`AND a.id < ${afterId}`}
    ORDER BY a.id DESC LIMIT ${limit} OFFSET ${offset}`;
}

/** One page of the audit trail, newest first, with the distinct actions for the filter and the names of the records it refers to. */
export async function listAuditEvents(actor: Actor | null, filters: AuditFilters) {
  assertCan(actor, "audit:read");
  const [rows, counts, actions] = await Promise.all([
    db.$queryRaw<AuditRow[]>(auditSelect(filters, AUDIT_PAGE_SIZE, null, (filters.page - 1) * AUDIT_PAGE_SIZE)),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id WHERE ${auditWhere(filters)}`,
    db.$queryRaw<{ action: string }[]>`SELECT DISTINCT action FROM audit_events ORDER BY action`,
  ]);
  return {
    rows,
    names: await auditNames(rows),
    total: counts[0].total,
    pageCount: Math.max(1, Math.ceil(counts[0].total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
  };
}

/** The titles and names of the records a page of events refers to, one query per kind. */
async function auditNames(rows: AuditRow[]): Promise<AuditNames> {
  const refs = auditReferences(rows);
  const ids = (list: string[]) => ({ in: list.filter(isUuid) });
  const [users, commitments, meetings, parties] = await Promise.all([
    refs.users.length ? db.user.findMany({ where: { id: ids(refs.users) }, select: { id: true, name: true, email: true } }) : [],
    refs.commitments.length ? db.commitment.findMany({ where: { id: ids(refs.commitments) }, select: { id: true, title: true } }) : [],
    refs.meetings.length ? db.meeting.findMany({ where: { id: ids(refs.meetings) }, select: { id: true, title: true, slug: true } }) : [],
    refs.parties.length ? db.party.findMany({ where: { id: ids(refs.parties) }, select: { id: true, name: true } }) : [],
  ]);
  return {
    users: Object.fromEntries(users.map((u) => [u.id, { name: u.name, email: u.email }])),
    commitments: Object.fromEntries(commitments.map((c) => [c.id, c.title])),
    meetings: Object.fromEntries(meetings.map((m) => [m.id, { title: m.title, slug: m.slug }])),
    parties: Object.fromEntries(parties.map((p) => [p.id, p.name])),
  };
}

/** The filtered audit trail in batches (newest first), for a streamed export that never holds it all. */
export async function* auditEventBatches(actor: Actor | null, filters: AuditFilters, batchSize = 1000): AsyncGenerator<AuditRow[]> {
  assertCan(actor, "audit:read");
  let afterId: bigint | null = null;
  for (;;) {
    const rows: AuditRow[] = await db.$queryRaw<AuditRow[]>(auditSelect(filters, batchSize, afterId));
    if (!rows.length) return;
    yield rows;
    afterId = BigInt(rows[rows.length - 1].id);
  }
}
