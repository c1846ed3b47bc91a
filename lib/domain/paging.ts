// Lists shown a page at a time: the page asked for in the address, the slice it shows (clamped into
// range), the page numbers a pager links to, and the address of another page.
import type { SearchParams } from "@/lib/validation/search-params";

/** One page of a list: which page (clamped into range), the 0-based slice, and the 1-based numbers shown. */
export type PageWindow = {
  page: number;
  pageCount: number;
  total: number;
  /** Slice bounds into the whole list. */
  from: number;
  to: number;
  /** "Showing first–last of total"; both 0 for an empty list. */
  first: number;
  last: number;
};

/** A page number from the address: the first value, a whole number of at least 1; anything else is page 1. */
export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Digits only: "2abc", "-1" and "1e3" are not page numbers. A huge one is past the end, hence the last page.
  if (!value || !/^\d+$/.test(value.trim())) return 1;
  return Math.max(1, Number(value.trim()));
}

/** The slice of a list of `total` shown on `requested`; past the end is the last page, so no page is empty but an empty list's. */
export function pageWindow(total: number, perPage: number, requested: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  const from = (page - 1) * perPage;
  const to = Math.min(total, from + perPage);
  return { page, pageCount, total, from, to, first: total === 0 ? 0 : from + 1, last: to };
}

/** The page numbers a pager links to: the first, the last, and `radius` either side of the current one; "gap" where some are skipped. */
export function pageLinks(page: number, pageCount: number, radius = 2): (number | "gap")[] {
  const shown = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] === 2) out.push(p - 1);
    else if (i > 0 && p - sorted[i - 1] > 2) out.push("gap");
    out.push(p);
  });
  return out;
}

/** The address's query with `key` set to `page` (page 1 drops it), every other parameter kept. */
export function queryWithPage(params: SearchParams, key: string, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name === key || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
  }
  if (page > 1) query.set(key, String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
