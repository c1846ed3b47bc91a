"use client";

import { useState } from "react";
import Link from "next/link";
import type { ImportSummary } from "@/lib/data/exchange";
import type { ImportResponse } from "@/lib/http/import-route";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

const MAX_BYTES = 20 * 1024 * 1024;

/** Sends the file itself (streamed by the browser) to the import route; the answer is JSON whatever happened. */
async function send(file: File, intent: "preview" | "import"): Promise<ImportResponse & { fileName?: string }> {
  try {
    const response = await fetch(`/api/import/commitments?intent=${intent}&name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
      headers: { "content-type": "text/csv" },
    });
    if (response.headers.get("content-type")?.includes("application/json")) return (await response.json()) as ImportResponse;
    if (response.status === 413) return { ok: false, message: "The file is larger than 20 MB; split it into smaller files." };
    return { ok: false, message: `The server answered ${response.status}; nothing was imported. Reload the page and try again.` };
  } catch {
    // A browser refuses to read a chosen file that changed on disk since it was chosen (saved again after a check).
    const readable = await file
      .slice(0, 1)
      .arrayBuffer()
      .then(
        () => true,
        () => false,
      );
    if (!readable)
      return { ok: false, message: `${file.name} changed or moved since it was chosen; choose it again. Nothing was imported.` };
    return { ok: false, message: "The server could not be reached; nothing was imported. Check your connection and try again." };
  }
}

export function ImportForm() {
  const [state, setState] = useState<(ImportResponse & { fileName?: string }) | null>(null);
  const [pending, setPending] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const summary = state?.summary;
  const previewOk = state?.ok && state.stage === "preview" && summary && summary.issueCount === 0 && state.fileName === file?.name;

  async function submit(intent: "preview" | "import") {
    if (!file) return;
    setPending(true);
    setState(await send(file, intent));
    setPending(false);
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void submit(submitter?.value === "import" ? "import" : "preview");
      }}
    >
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">
          CSV file (UTF-8)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className={inputClass}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            setReadError(null);
            setFile(null);
            setState(null);
            if (!chosen) return;
            if (chosen.size > MAX_BYTES) return setReadError("The file is larger than 20 MB; split it into smaller files.");
            setFile(chosen);
          }}
        />
        {readError ? (
          <p role="alert" className="text-sm text-red-700">
            {readError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="preview"
          className={previewOk ? secondaryButtonClass : buttonClass}
          disabled={!file || pending}
        >
          {pending ? "Checking…" : "Check the file"}
        </button>
        {previewOk ? (
          <button type="submit" name="intent" value="import" className={buttonClass} disabled={pending}>
            {pending ? "Importing…" : `Import ${summary!.rows} rows`}
          </button>
        ) : null}
      </div>
      {pending ? (
        <p role="status" className="text-sm text-slate-700">
          Working on {file?.name}… a file of 10,000 rows takes a few seconds.
        </p>
      ) : null}

      {state && !state.ok ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {state.message}
        </div>
      ) : null}
      {state?.ok && state.stage === "imported" ? (
        <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          Imported {state.fileName}: {summary!.creates} created, {summary!.updates} updated, {summary!.unchanged} unchanged.{" "}
          <Link href="/commitments">Open the commitments</Link>.
        </div>
      ) : null}
      {summary && !(state?.ok && state.stage === "imported") ? <ImportPreview summary={summary} /> : null}
    </form>
  );
}

function rowList(rows: number[]): string {
  return rows.length > 8 ? `${rows.slice(0, 8).join(", ")} and ${rows.length - 8} more` : rows.join(", ");
}

function ImportPreview({ summary }: { summary: ImportSummary }) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Preview
      </h2>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {[
          ["Rows", summary.rows],
          ["Would create", summary.creates],
          ["Would update", summary.updates],
          ["Unchanged", summary.unchanged],
        ].map(([label, value]) => (
          <div key={label} className="rounded bg-slate-50 p-2">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.newMeetings.length ? <p className="text-sm">New meetings: {summary.newMeetings.join(", ")}</p> : null}
      {summary.newParties.length ? <p className="text-sm">New parties: {summary.newParties.join(", ")}</p> : null}
      {summary.offsetsDropped.length ? (
        <p className="text-sm" data-testid="offsets-dropped">
          {summary.offsetsDropped.length === 1 ? "Row" : `${summary.offsetsDropped.length} rows`} ({rowList(summary.offsetsDropped)}) give
          where the quote sits in a readout their meeting does not have yet. Those positions are left out; each quote is placed when the
          meeting&apos;s readout is added.
        </p>
      ) : null}
      {summary.offsetsFound.length ? (
        <p className="text-sm" data-testid="offsets-found">
          Positions found from the quote for {summary.offsetsFound.length === 1 ? "row" : "rows"} {rowList(summary.offsetsFound)} (the file
          gives no <code>source_start</code> and <code>source_end</code>; the quote was found in the meeting&apos;s readout).
        </p>
      ) : null}
      {summary.issueCount ? (
        <>
          <p className="text-sm font-medium text-red-800">
            {summary.issueCount} problem{summary.issueCount === 1 ? "" : "s"} to fix; nothing will be written until the file has none.
            {summary.issueCount > summary.issues.length ? ` The first ${summary.issues.length} are listed.` : ""}
          </p>
          <div className="relative max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Problems by row</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="p-2">
                    Row
                  </th>
                  <th scope="col" className="p-2">
                    Line
                  </th>
                  <th scope="col" className="p-2">
                    Column
                  </th>
                  <th scope="col" className="p-2">
                    What is wrong
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.issues.map((issue, i) => (
                  <tr key={i} className="border-b border-slate-100">
                    <td className="p-2">{issue.row || "header"}</td>
                    <td className="p-2">{issue.line}</td>
                    <td className="p-2">
                      <code>{issue.column || "—"}</code>
                    </td>
                    <td className="p-2">{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="text-sm text-emerald-800">Every row is valid.</p>
      )}
    </section>
  );
}
