import { can, logRefusal } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { auditEventBatches } from "@/lib/data/audit";
import { CSV_BOM, csvRow } from "@/lib/domain/csv";
import { parseAuditFilters } from "@/lib/validation/audit-filters";

export const dynamic = "force-dynamic";

const COLUMNS = ["id", "occurred_at_utc", "action", "entity_type", "entity_id", "actor_email", "actor_name", "ip", "before", "after"];

/** The audit trail (with the page's filters) as CSV, streamed in batches. Admins only. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!can(user, "audit:read")) {
    logRefusal(user, "audit:read", user ? "forbidden" : "signed-out");
    return Response.json({ error: user ? "Only admins can export the audit trail." : "Sign in first." }, { status: user ? 403 : 401 });
  }
  const filters = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  const batches = auditEventBatches(user, filters);
  const encoder = new TextEncoder();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(COLUMNS)));
        return;
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      const text = next.value
        .map((r) => csvRow([r.id, r.occurredAt, r.action, r.entityType, r.entityId, r.actorEmail, r.actorName, r.ip, r.before, r.after]))
        .join("");
      controller.enqueue(encoder.encode(text));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
