"use client";

import { useEffect, useState } from "react";

// The implementation report on the web page: the same outline as its PDF and Word files, as HTML drawn
// on the server (lib/report/html.ts escapes every text) and fetched once the page is up, so a long
// report's HTML travels once and the page's controls answer at once. On paper the app's print styles
// hide the controls, start each part on a new page, write out every link's address and number the pages.

type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; html: string };

export function ReportDocument({ src, commitments }: { src: string; commitments: number }) {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    // The page gives each address its own instance (key={src}), so this starts from "loading".
    const controller = new AbortController();
    fetch(src, { signal: controller.signal })
      .then(async (response) => {
        if (response.ok) return setState({ kind: "ready", html: await response.text() });
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setState({
          kind: "failed",
          message: body?.message ?? `The report could not be drawn (HTTP ${response.status}). Reload to try again.`,
        });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ kind: "failed", message: "The connection failed before the report arrived. Reload to try again." });
        void error;
      });
    return () => controller.abort();
  }, [src]);

  if (state.kind === "failed")
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        {state.message}
      </p>
    );
  if (state.kind === "loading")
    return (
      <p
        role="status"
        aria-busy="true"
        className="animate-pulse rounded-lg border border-slate-200 bg-white p-6 text-slate-700"
        data-testid="report-loading"
      >
        Drawing the report of {commitments.toLocaleString("en-GB")} {commitments === 1 ? "commitment" : "commitments"}…
      </p>
    );
  return (
    <div
      className="report space-y-8 rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0"
      data-testid="report-document"
      dangerouslySetInnerHTML={{ __html: state.html }}
    />
  );
}
