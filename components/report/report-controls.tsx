"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { issueReportAction } from "@/app/(app)/reports/actions";
import { FormMessage } from "@/components/ui/form";

// The report page's controls (hidden on paper): download each format with progress and a readable
// error, print, and — for analysts and admins — issue the report.

/**
 * Fetches the file and hands it to the browser, so that the person sees "Preparing…" while the server
 * renders (seconds for a long report) and the server's own message when it refuses (too many
 * commitments, a wrong date) instead of a bare error page.
 */
export function DownloadButton({ href, label, testId }: { href: string; label: string; testId: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setProblem(body?.message ?? `The file could not be made (HTTP ${response.status}). Try again.`);
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "report";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setProblem("The connection failed before the file arrived. Try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={download}
        disabled={busy}
        aria-busy={busy}
        data-testid={testId}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {busy ? `Preparing ${label}…` : `Download ${label}`}
      </button>
      {problem ? (
        <span role="alert" className="mt-1 max-w-xs text-sm text-red-800">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
    >
      Print
    </button>
  );
}

/** "Issue this report": stores the PDF and Word files as they are now, for good. One request id per form. */
export function IssueReportForm({ query, requestId }: { query: string; requestId: string }) {
  const [state, action, pending] = useActionState(issueReportAction, null);
  const router = useRouter();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state) return;
    messageRef.current?.focus();
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action} className="space-y-2" data-testid="issue-report-form">
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="clientRequestId" value={requestId} />
      <p className="text-sm text-slate-700">
        Issuing stores this report&apos;s PDF and Word files exactly as they are now, with your name, the time and a SHA-256 of each file.
        An issued report cannot be changed or deleted.
      </p>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {pending ? "Issuing… (rendering both files)" : "Issue this report"}
      </button>
      <FormMessage state={state} ref={messageRef} />
      {state?.ok && "issuedId" in state ? (
        <p className="text-sm">
          Download the issued files:{" "}
          <a href={`/api/reports/issued/${state.issuedId}?format=pdf`} data-testid="issued-pdf-link">
            PDF
          </a>{" "}
          ·{" "}
          <a href={`/api/reports/issued/${state.issuedId}?format=docx`} data-testid="issued-docx-link">
            Word
          </a>
        </p>
      ) : null}
    </form>
  );
}
