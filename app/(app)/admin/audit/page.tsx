import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterInput, FilterSelect } from "@/components/ui/filter-select";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";
import { auditChanges, auditSubject, type AuditChange, type AuditSubject } from "@/lib/domain/audit-changes";
import { auditActionLabel } from "@/lib/domain/audit-labels";
import { auditFiltersToQuery, parseAuditFilters } from "@/lib/validation/audit-filters";

export const metadata: Metadata = { title: "Audit trail" };

/** Before and after as the fields that changed ("Status: In progress → Fulfilled"); the raw JSON stays in the export. */
function Changes({ changes }: { changes: AuditChange[] }) {
  if (!changes.length) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {changes.map((c, i) => (
        <li key={i}>
          <span className="font-medium">{c.field}:</span>{" "}
          {c.before !== undefined ? (
            <>
              <span className="text-slate-600">{c.before}</span> <span aria-hidden="true">→</span>{" "}
              <span className="sr-only">changed to</span>{" "}
            </>
          ) : null}
          {c.after ?? <span className="text-slate-500">—</span>}
        </li>
      ))}
    </ul>
  );
}

function Subject({ subject }: { subject: AuditSubject }) {
  if (subject.href)
    return (
      <Link href={subject.href} title={subject.title}>
        {subject.label}
      </Link>
    );
  return <span title={subject.title}>{subject.label}</span>;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("audit:read");
  const filters = parseAuditFilters(await searchParams);
  const { rows, names, total, pageCount, actions } = await listAuditEvents(user, filters);
  const exportHref = `/api/audit/export${auditFiltersToQuery({ ...filters, page: 1 })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Audit trail</h1>
        <a href={exportHref} className={`${secondaryButtonClass} no-underline`} download>
          Export CSV
        </a>
      </div>
      <p className="text-sm text-slate-600">
        Every change, sign-in and account change, newest first. Times are UTC. Nobody can edit or delete these rows.
      </p>
      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit trail"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-5"
      >
        <FilterSelect
          id="audit-action"
          name="action"
          label="Action"
          value={filters.action ?? ""}
          options={actions.map((a) => ({ value: a, label: auditActionLabel(a) }))}
          allLabel="All actions"
        />
        <FilterInput id="audit-actor" name="actor" type="email" label="By (email)" defaultValue={filters.actor ?? ""} />
        <FilterInput id="audit-from" name="from" type="date" label="From (UTC day)" defaultValue={filters.from ?? ""} />
        <FilterInput id="audit-to" name="to" type="date" label="To (UTC day)" defaultValue={filters.to ?? ""} />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass}>
            Apply
          </button>
          <Link href="/admin/audit" className={`${secondaryButtonClass} no-underline`}>
            Clear
          </Link>
        </div>
      </form>
      {rows.length ? (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Action
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Who
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Record
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  From
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Change
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rows.map((r) => (
                <tr key={r.id} data-testid="audit-row">
                  <td className="whitespace-nowrap px-3 py-2">{r.occurredAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td className="px-3 py-2" title={r.action}>
                    {auditActionLabel(r.action)}
                  </td>
                  <td className="px-3 py-2">
                    {r.actorName ? (
                      <span title={r.actorEmail ?? undefined}>{r.actorName}</span>
                    ) : (
                      <span className="text-slate-500">Not signed in</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <Subject subject={auditSubject(r, names)} />
                  </td>
                  <td className="px-3 py-2 text-xs">{r.ip ?? "—"}</td>
                  <td className="px-3 py-2">
                    <Changes changes={auditChanges(r.before, r.after, names)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title="No event matches these filters">
          <Link href="/admin/audit">Clear the filters</Link>
        </EmptyState>
      )}
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-700">
        <p>{total} events</p>
        <div className="flex gap-3">
          {filters.page > 1 ? (
            <Link href={`/admin/audit${auditFiltersToQuery({ ...filters, page: filters.page - 1 })}`}>← Newer</Link>
          ) : null}
          <span>
            Page {filters.page} of {pageCount}
          </span>
          {filters.page < pageCount ? (
            <Link href={`/admin/audit${auditFiltersToQuery({ ...filters, page: filters.page + 1 })}`}>Older →</Link>
          ) : null}
        </div>
      </nav>
    </div>
  );
}
