import { getSessionUser } from "@/lib/auth/session";
import { auditEventBatches, type AuditRow } from "@/lib/data/audit";
import { csvRow } from "@/lib/domain/csv";
import { exportFormat, exportResponse } from "@/lib/http/export-stream";
import { refuseRequest } from "@/lib/http/route-guard";
import { parseAuditFilters } from "@/lib/validation/audit-filters";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "id",
  "occurred_at_utc",
  "action",
  "entity_type",
  "entity_id",
  "actor_email",
  "actor_name",
  "ip",
  "before",
  "after",
] as const;

const record = (r: AuditRow) => ({
  id: r.id,
  occurred_at_utc: r.occurredAt,
  action: r.action,
  entity_type: r.entityType,
  entity_id: r.entityId,
  actor_email: r.actorEmail,
  actor_name: r.actorName,
  ip: r.ip,
  before: r.before,
  after: r.after,
});

/** The audit trail (with the page's filters) as CSV or JSON, streamed in batches. Admins only. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  const refused = refuseRequest(user, "audit:read", "Only admins can export the audit trail.");
  if (refused || !user) return refused!;
  const url = new URL(request.url);
  const format = exportFormat(url);
  if (!format) return Response.json({ error: "format must be csv or json." }, { status: 400 });
  return exportResponse({
    batches: auditEventBatches(user, parseAuditFilters(Object.fromEntries(url.searchParams))),
    format,
    columns: COLUMNS,
    csvLine: (r) => csvRow(COLUMNS.map((column) => record(r)[column])),
    jsonRecord: record,
    fileName: `audit-${new Date().toISOString().slice(0, 10)}`,
  });
}
