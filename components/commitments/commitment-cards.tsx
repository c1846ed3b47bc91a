import Link from "next/link";
import type { CommitmentListRow } from "@/lib/data/commitments";
import { meetingShortName } from "@/lib/domain/meeting-short-name";
import { containsAllTerms, highlightTerms, searchSnippet } from "@/lib/domain/search-snippet";
import { formatDay, formatTarget, isoDate } from "@/lib/domain/target-date";
import { searchTerms, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { StatusBadge } from "@/components/ui/status-badge";
import { Highlighted } from "./commitment-table";

/** The first card's link: where the list's "Skip to results" lands on a phone. */
export const FIRST_CARD_ID = "first-result-card";

/**
 * The commitments of one page on a phone, one card each, below the `md` breakpoint (the table takes
 * over above it): the title, the status, the meeting's short name, the target and the last update.
 */
export function CommitmentCards({ rows, filters }: { rows: CommitmentListRow[]; filters: CommitmentFilters }) {
  const terms = searchTerms(filters.q);
  return (
    <ul aria-label="Commitments" className="space-y-2 md:hidden" data-testid="commitment-cards">
      {rows.map((row, index) => {
        const snippet =
          terms.length > 0 && !containsAllTerms(row.title, terms) ? searchSnippet([row.description, row.sourceQuote], terms) : null;
        const meeting = `${row.meetingTitle}, ${formatDay(row.meetingHeldOn)}`;
        return (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm break-inside-avoid">
            <div className="flex items-start justify-between gap-2">
              <Link
                href={`/commitments/${row.id}`}
                className="min-w-0 font-medium [overflow-wrap:anywhere]"
                id={index === 0 ? FIRST_CARD_ID : undefined}
              >
                {terms.length ? <Highlighted segments={highlightTerms(row.title, terms)} /> : row.title}
              </Link>
              <StatusBadge status={row.status} />
            </div>
            {snippet ? (
              <p className="mt-1 text-xs text-slate-600 [overflow-wrap:anywhere]">
                <Highlighted segments={snippet} />
              </p>
            ) : null}
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
              <dt className="text-slate-600">Meeting</dt>
              <dd>
                <Link href={`/meetings/${row.meetingSlug}`} className="text-slate-700" title={meeting}>
                  {meetingShortName(row.meetingTitle, row.meetingHeldOn)}
                  <span className="sr-only">: {meeting}</span>
                </Link>
              </dd>
              <dt className="text-slate-600">Target</dt>
              <dd className="text-slate-800">{formatTarget(row.targetPrecision, row.targetDate)}</dd>
              <dt className="text-slate-600">Last update</dt>
              <dd className="text-slate-800">
                <time dateTime={isoDate(row.statusEffectiveOn)}>{formatDay(row.statusEffectiveOn)}</time>
                {isoDate(row.lastUpdatedAt) !== isoDate(row.statusEffectiveOn) ? (
                  <span className="text-slate-600"> (recorded {formatDay(row.lastUpdatedAt)})</span>
                ) : null}
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
