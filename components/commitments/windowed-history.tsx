import Link from "next/link";
import type { HistoryPage } from "@/lib/data/history-window";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusHistory, type HistoryEntry } from "./status-history";

type Noun = { one: string; many: string };

function count(n: number, noun: Noun): string {
  return `${n.toLocaleString("en")} ${n === 1 ? noun.one : noun.many}`;
}

/** "Showing 50 of 10,000 updates", "Showing updates 51–100 of 10,000", or null when the page holds the whole history. */
export function historyWindowText(page: Pick<HistoryPage<unknown>, "entries" | "total" | "before">, noun: Noun): string | null {
  const shown = page.entries.length;
  if (page.before === 0 && shown >= page.total) return null;
  if (page.before === 0) return `Showing ${shown.toLocaleString("en")} of ${count(page.total, noun)}, newest first`;
  if (!shown) return `No ${noun.many} older than the ${page.before.toLocaleString("en")} newest, of ${page.total.toLocaleString("en")}`;
  return `Showing ${noun.many} ${(page.before + 1).toLocaleString("en")}–${(page.before + shown).toLocaleString("en")} of ${page.total.toLocaleString("en")}, newest first`;
}

/**
 * A page of a long history: how much of it is shown, the entries, and plain links (they work without
 * JavaScript) to the newest page and to the next older one.
 */
export function WindowedHistory({
  page,
  noun,
  listLabel,
  navLabel,
  newestHref,
  olderHref,
  testId,
  entryTestId,
  anchor,
  empty,
}: {
  page: HistoryPage<HistoryEntry>;
  noun: Noun;
  /** The list's accessible name ("Status history, newest first"). */
  listLabel: string;
  /** The navigation's accessible name ("Status history pages"). */
  navLabel: string;
  newestHref: string;
  /** The next older page's address, when there is one. */
  olderHref: string | null;
  /** Prefix of the count's and links' test ids ("history": history-window, history-newest, history-older). */
  testId: string;
  entryTestId?: string;
  anchor?: (id: string) => string;
  empty?: string;
}) {
  const text = historyWindowText(page, noun);
  const pastTheEnd = !page.entries.length && page.total > 0;
  return (
    <div className="space-y-3">
      {text ? (
        <p className="text-sm text-slate-700" data-testid={`${testId}-window`}>
          {text}.
        </p>
      ) : null}
      {pastTheEnd ? (
        <EmptyState title={`No older ${noun.many}`}>
          <Link href={newestHref}>Back to the newest {noun.many}</Link>
        </EmptyState>
      ) : (
        <StatusHistory updates={page.entries} label={listLabel} testId={entryTestId} anchor={anchor} empty={empty} />
      )}
      {page.before > 0 || olderHref ? (
        <nav aria-label={navLabel} className="flex flex-wrap items-center gap-4 text-sm">
          {page.before > 0 && !pastTheEnd ? (
            <Link href={newestHref} data-testid={`${testId}-newest`}>
              ← Newest {noun.many}
            </Link>
          ) : null}
          {olderHref ? (
            <Link href={olderHref} rel="next" data-testid={`${testId}-older`}>
              Older {noun.many} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
