import type { StatusMove } from "@/lib/domain/status";
import { formatDay, isoDate } from "@/lib/domain/target-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyState } from "@/components/ui/empty-state";

/** An entry's id on the page: the status form brings a saved update into view by it. */
export function statusUpdateAnchor(statusUpdateId: string): string {
  return `update-${statusUpdateId}`;
}

/** One entry of a history: a status update of the commitment, or an assessment of one of its parties. */
export type HistoryEntry = StatusMove & {
  /** A status update's own notes (a party assessment has none). */
  obstacles?: string | null;
  nextStep?: string | null;
  responsibleBody?: string | null;
  author: { name: string } | null;
};

export function StatusHistory({
  updates,
  label = "Status history, newest first",
  anchor = statusUpdateAnchor,
  empty = "The first status update will appear here.",
  testId = "history-entry",
}: {
  testId?: string;
  updates: HistoryEntry[];
  label?: string;
  anchor?: (id: string) => string;
  empty?: string;
}) {
  if (!updates.length) return <EmptyState title="No history yet">{empty}</EmptyState>;
  return (
    <ol className="space-y-3" aria-label={label}>
      {updates.map((update) => (
        <li
          key={update.id}
          id={anchor(update.id)}
          className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
          data-testid={testId}
        >
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {update.fromStatus ? (
              <>
                <StatusBadge status={update.fromStatus} />
                <span aria-label="changed to">→</span>
              </>
            ) : (
              <span className="text-slate-600">Logged as</span>
            )}
            <StatusBadge status={update.toStatus} />
            <span className="text-slate-700">
              {update.fromProgress !== null && update.fromProgress !== update.progress ? `${update.fromProgress}% → ` : ""}
              {update.progress}%
            </span>
          </div>
          <p className="mt-2 whitespace-pre-line text-sm text-slate-900">{update.rationale}</p>
          <EntryNote label="Obstacles" text={update.obstacles} />
          <EntryNote label="Next step" text={update.nextStep} />
          <EntryNote label="Responsible" text={update.responsibleBody} />
          {update.evidenceUrls.length ? (
            <ul className="mt-2 list-inside list-disc text-sm">
              {update.evidenceUrls.map((url) => (
                <li key={url} className="break-all">
                  <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 text-xs text-slate-600">
            {update.author?.name ?? "Unknown analyst"} · took effect{" "}
            <time dateTime={isoDate(update.effectiveOn)}>{formatDay(update.effectiveOn)}</time> · recorded{" "}
            <time dateTime={update.recordedAt.toISOString()}>
              {formatDay(update.recordedAt)} {update.recordedAt.toISOString().slice(11, 16)} UTC
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A note of an entry under its rationale ("Obstacles: …"), when it has one. */
function EntryNote({ label, text }: { label: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="mt-1 whitespace-pre-line text-sm text-slate-700">
      {label}: {text}
    </p>
  );
}
