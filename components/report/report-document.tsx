import type { ReactNode } from "react";
import type { ImplementationReport } from "@/lib/domain/report";
import { ANNEX_ANCHOR, reportOutline, type ReportBlock, type ReportLine } from "@/lib/report/outline";

// The implementation report as a web page, drawn from the same outline as its PDF and Word files
// (lib/report/outline.ts decides every word and its order), so the three cannot drift apart. On paper
// the app's print styles hide the controls, start each part on a new page (as the files do), write
// out every link's address and number the pages.

function Line({ line }: { line: ReportLine }) {
  return (
    <p>
      {line.map((run, i) => {
        if (run.href)
          return (
            <a key={i} href={run.href} className="break-all">
              {run.text}
            </a>
          );
        if (run.flag)
          return (
            <strong key={i} className="rounded bg-red-50 px-1 text-red-900 ring-1 ring-red-300 ring-inset">
              {run.text}
            </strong>
          );
        return run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>;
      })}
    </p>
  );
}

function Block({ block }: { block: ReportBlock }): ReactNode {
  switch (block.kind) {
    case "cover":
      return (
        <header className="space-y-1">
          <h1 className="text-2xl font-semibold">{block.title}</h1>
          {block.lines.map((line, i) => (
            <p key={i} className={i === 0 ? "text-lg" : "text-sm text-slate-700"}>
              {line}
            </p>
          ))}
        </header>
      );
    case "contents":
      return (
        <nav aria-labelledby="report-contents-heading">
          <h2 id="report-contents-heading" className="text-lg font-semibold">
            {block.title}
          </h2>
          <ol className="list-decimal pl-5 text-sm">
            {block.entries.map((entry) => (
              <li key={entry.anchor}>
                <a href={`#${entry.anchor}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      );
    case "heading": {
      const className = block.level === 1 ? "text-xl font-semibold" : block.level === 2 ? "text-lg font-semibold" : "font-semibold";
      const Tag = block.level === 1 ? "h2" : block.level === 2 ? "h3" : "h4";
      return (
        <Tag id={block.anchor} className={className}>
          {block.text}
        </Tag>
      );
    }
    case "text": {
      const lines = block.lines.map((line, i) => <Line key={i} line={line} />);
      if (block.style === "quote")
        return <blockquote className="space-y-0.5 border-l-4 border-slate-300 pl-3 text-sm text-slate-800">{lines}</blockquote>;
      if (block.style === "entry") return <div className="space-y-0.5 border-b border-slate-200 pb-2 text-sm">{lines}</div>;
      return <div className="space-y-0.5 text-sm">{lines}</div>;
    }
    case "table":
      return (
        <div tabIndex={0} role="region" aria-label="Table (scrolls sideways)" className="overflow-x-auto">
          <table className="text-sm">
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th
                    key={column.header}
                    scope="col"
                    className={`border-b border-slate-400 px-2 py-1 font-medium ${column.align === "right" ? "text-right" : "text-left"}`}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td
                      key={c}
                      className={`border-b border-slate-200 px-2 py-1 tabular-nums ${block.columns[c].align === "right" ? "text-right" : ""}`}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "bars":
      return (
        <figure className="space-y-1">
          <figcaption className="text-sm font-medium">{block.caption}</figcaption>
          <table className="w-full text-sm">
            <tbody>
              {block.bars.map((bar) => (
                <tr key={bar.label}>
                  <th scope="row" className="w-44 py-0.5 pr-3 text-left font-normal">
                    {bar.label}
                  </th>
                  <td aria-hidden="true">
                    <div className="h-3 bg-blue-700 print:bg-slate-700" style={{ width: `${bar.fraction * 100}%` }} />
                  </td>
                  <td className="w-10 pl-3 text-right tabular-nums">{bar.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      );
  }
}

type Group = { head: ReportBlock; rest: ReportBlock[] };

/** Blocks cut before each block that `starts` one. */
function groups(blocks: ReportBlock[], starts: (block: ReportBlock) => boolean): Group[] {
  const out: Group[] = [];
  for (const block of blocks) {
    if (out.length === 0 || starts(block)) out.push({ head: block, rest: [] });
    else out[out.length - 1].rest.push(block);
  }
  return out;
}

const startsPart = (block: ReportBlock) => block.kind === "contents" || (block.kind === "heading" && !!block.newPage);
const startsPledge = (block: ReportBlock) => block.kind === "heading" && block.level === 3;

/** One part (the cover, the contents, the summary, a category, the annex); a category's pledges each an article. */
function Part({ group }: { group: Group }) {
  const anchor = group.head.kind === "heading" ? group.head.anchor : undefined;
  const category = !!anchor && anchor.startsWith("section-");
  const blocks = [group.head, ...group.rest];
  return (
    <section
      aria-labelledby={anchor}
      className={`space-y-3 ${group.head.kind === "heading" ? "print:break-before-page" : ""}`}
      data-testid={category ? "report-section" : anchor === ANNEX_ANCHOR ? "report-annex" : undefined}
    >
      {groups(blocks, startsPledge).map((pledge, i) =>
        startsPledge(pledge.head) ? (
          <article key={i} className="space-y-2 border-t border-slate-200 pt-3" data-testid={category ? "report-commitment" : undefined}>
            {[pledge.head, ...pledge.rest].map((block, j) => (
              <Block key={j} block={block} />
            ))}
          </article>
        ) : (
          [pledge.head, ...pledge.rest].map((block, j) => <Block key={`${i}-${j}`} block={block} />)
        ),
      )}
    </section>
  );
}

export function ReportDocument({ report }: { report: ImplementationReport }) {
  return (
    <div
      className="report space-y-8 rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0"
      data-testid="report-document"
    >
      {groups(reportOutline(report), startsPart).map((group, i) => (
        <Part key={i} group={group} />
      ))}
      {report.sections.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700" data-testid="report-empty">
          No commitment matches these filters on this date. Choose a later as-of date, or another meeting, category or party.
        </p>
      ) : null}
    </div>
  );
}
