import Link from "next/link";
import { pageLinks, type PageWindow } from "@/lib/domain/paging";

const number = (n: number) => n.toLocaleString("en");

/** "Showing candidates 26–50 of 812", with real links to the other pages when there are any. */
export function Pager({
  label,
  noun,
  window,
  href,
}: {
  /** The navigation landmark's name; two pagers on one page need two names. */
  label: string;
  noun: string;
  window: PageWindow;
  href: (page: number) => string;
}) {
  const { page, pageCount, first, last, total } = window;
  const showing = (
    <p>
      Showing {noun} {number(first)}–{number(last)} of {number(total)}
    </p>
  );
  if (pageCount <= 1) return <div className="text-sm text-slate-700">{showing}</div>;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      {showing}
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className="px-1">
              ← Previous
            </Link>
          ) : (
            <span className="px-1 text-slate-500">← Previous</span>
          )}
        </li>
        {pageLinks(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? "page" : undefined}
                className={`rounded px-2 py-1 ${p === page ? "bg-blue-800 font-semibold text-white" : ""}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next" className="px-1">
              Next →
            </Link>
          ) : (
            <span className="px-1 text-slate-500">Next →</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
