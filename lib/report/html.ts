import type { ImplementationReport } from "@/lib/domain/report";
import { ANNEX_ANCHOR, reportOutline, type ReportBlock, type ReportLine } from "./outline";

// The implementation report as HTML for the web page, drawn from the same outline as its PDF and
// Word files (outline.ts decides every word and its order), so the three cannot drift apart. Written
// as a string rather than as React elements: a report of 1,000 commitments is some 100,000 elements,
// which React took seconds to render and to serialise twice (the HTML and the page's payload); the
// string is built in milliseconds. Every text is escaped; links are the outline's absolute http(s) URLs.
// The cover's title is an h2: the page around the report has the h1.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function line(runs: ReportLine): string {
  const inner = runs
    .map((run) => {
      const text = escapeHtml(run.text);
      if (run.href) return `<a href="${escapeHtml(run.href)}" class="break-all">${text}</a>`;
      if (run.flag) return `<strong class="rounded bg-red-50 px-1 text-red-900 ring-1 ring-red-300 ring-inset">${text}</strong>`;
      return run.bold ? `<strong>${text}</strong>` : text;
    })
    .join("");
  return `<p>${inner}</p>`;
}

const HEADING = {
  1: ["h2", "text-xl font-semibold"],
  2: ["h3", "text-lg font-semibold"],
  3: ["h4", "font-semibold"],
} as const;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case "cover":
      return `<header class="space-y-1"><h2 class="text-2xl font-semibold">${escapeHtml(b.title)}</h2>${b.lines
        .map((text, i) => `<p class="${i === 0 ? "text-lg" : "text-sm text-slate-700"}">${escapeHtml(text)}</p>`)
        .join("")}</header>`;
    case "contents":
      return `<nav aria-labelledby="report-contents-heading"><h2 id="report-contents-heading" class="text-lg font-semibold">${escapeHtml(
        b.title,
      )}</h2><ol class="list-decimal pl-5 text-sm">${b.entries
        .map((entry) => `<li><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a></li>`)
        .join("")}</ol></nav>`;
    case "heading": {
      const [tag, className] = HEADING[b.level];
      const id = b.anchor ? ` id="${escapeHtml(b.anchor)}"` : "";
      return `<${tag}${id} class="${className}">${escapeHtml(b.text)}</${tag}>`;
    }
    case "text": {
      const lines = b.lines.map(line).join("");
      if (b.style === "quote")
        return `<blockquote class="space-y-0.5 border-l-4 border-slate-300 pl-3 text-sm text-slate-800">${lines}</blockquote>`;
      if (b.style === "entry") return `<div class="space-y-0.5 border-b border-slate-200 pb-2 text-sm">${lines}</div>`;
      return `<div class="space-y-0.5 text-sm">${lines}</div>`;
    }
    case "table": {
      const align = (i: number) => (b.columns[i].align === "right" ? " text-right" : "");
      const head = b.columns
        .map(
          (c, i) =>
            `<th scope="col" class="border-b border-slate-400 px-2 py-1 font-medium text-left${align(i)}">${escapeHtml(c.header)}</th>`,
        )
        .join("");
      const rows = b.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td class="border-b border-slate-200 px-2 py-1 tabular-nums${align(i)}">${escapeHtml(cell)}</td>`).join("")}</tr>`,
        )
        .join("");
      return `<div tabindex="0" role="region" aria-label="Table (scrolls sideways)" class="overflow-x-auto"><table class="text-sm"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case "bars":
      return `<figure class="space-y-1"><figcaption class="text-sm font-medium">${escapeHtml(b.caption)}</figcaption><table class="w-full text-sm"><tbody>${b.bars
        .map(
          (bar) =>
            `<tr><th scope="row" class="w-44 py-0.5 pr-3 text-left font-normal">${escapeHtml(bar.label)}</th><td aria-hidden="true"><div class="h-3 bg-blue-700 print:bg-slate-700" style="width:${(
              bar.fraction * 100
            ).toFixed(2)}%"></div></td><td class="w-10 pl-3 text-right tabular-nums">${escapeHtml(bar.value)}</td></tr>`,
        )
        .join("")}</tbody></table></figure>`;
  }
}

/** Blocks cut before each block that `starts` one. */
function groups(blocks: ReportBlock[], starts: (b: ReportBlock) => boolean): ReportBlock[][] {
  const out: ReportBlock[][] = [];
  for (const b of blocks) {
    if (out.length === 0 || starts(b)) out.push([b]);
    else out[out.length - 1].push(b);
  }
  return out;
}

const startsPart = (b: ReportBlock) => b.kind === "contents" || (b.kind === "heading" && !!b.newPage);
const startsPledge = (b: ReportBlock) => b.kind === "heading" && b.level === 3;

/**
 * The report's HTML: one section per part (cover, contents, summary, each category, the annex), each
 * part after the cover starting a printed page; in a category, each pledge an article.
 */
export function reportHtml(report: ImplementationReport): string {
  return groups(reportOutline(report), startsPart)
    .map((part) => {
      const head = part[0];
      const anchor = head.kind === "heading" ? head.anchor : undefined;
      const category = !!anchor && anchor.startsWith("section-");
      const testId = category ? ` data-testid="report-section"` : anchor === ANNEX_ANCHOR ? ` data-testid="report-annex"` : "";
      const labelled = anchor ? ` aria-labelledby="${escapeHtml(anchor)}"` : "";
      const inner = groups(part, startsPledge)
        .map((pledge) =>
          startsPledge(pledge[0])
            ? `<article class="space-y-2 border-t border-slate-200 pt-3"${category ? ` data-testid="report-commitment"` : ""}>${pledge.map(block).join("")}</article>`
            : pledge.map(block).join(""),
        )
        .join("");
      return `<section${labelled} class="space-y-3${head.kind === "heading" ? " print:break-before-page" : ""}"${testId}>${inner}</section>`;
    })
    .join("");
}
