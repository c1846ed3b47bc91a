import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { requirePermission } from "@/lib/auth/session";
import { COMMITMENT_COLUMNS } from "@/lib/domain/commitment-exchange";

export const metadata: Metadata = { title: "Import commitments" };

export default async function ImportPage() {
  await requirePermission("commitment:import");
  return (
    <div className="max-w-4xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/commitments">Commitments</Link>
      </nav>
      <h1 className="text-2xl font-semibold">Import commitments</h1>
      <div className="space-y-2 text-sm text-slate-700">
        <p>
          A CSV file with the columns of the <a href="/api/export/commitments?format=csv">commitments export</a> creates new commitments and
          updates existing ones (matched by <code>id</code>, or by meeting and title when <code>id</code> is empty). The whole file is
          checked first and shown as a preview; nothing is written unless every row is valid, and then all rows are written together. Rows
          that match what is stored change nothing, so importing the same file twice is harmless.
        </p>
        <p>
          <a href="/api/import/template" download>
            Download a template
          </a>{" "}
          to start a new file: the columns and one example row (for a meeting of its own) that imports as it is. Replace the example with
          your commitments; leave <code>source_start</code> and <code>source_end</code> empty and each quote is found in its meeting&apos;s
          readout.
        </p>
        <details>
          <summary className="cursor-pointer">Columns</summary>
          <p className="mt-1">
            {COMMITMENT_COLUMNS.map((c, i) => (
              <span key={c}>
                <code>{c}</code>
                {i < COMMITMENT_COLUMNS.length - 1 ? ", " : ""}
              </span>
            ))}
            . Parties are names separated by “; ”; missing meetings and parties are created. A status that differs from the stored one is
            recorded as a status update taking effect on <code>status_effective_on</code>.
          </p>
          <p className="mt-1">
            <code>obstacles</code> and <code>next_step</code> are those of the update that set the current status (empty for none). When
            either differs from the stored one, the row records a status update with them, even if the status stays the same. Leave the
            columns out to keep them as they are; a file without them that changes the status records an update with none.
          </p>
          <p className="mt-1">
            <code>party_statuses</code> holds each party&apos;s own assessment as the export writes it, a JSON list such as{" "}
            <code>
              [{`{"party": "Türkiye", "status": "IN_PROGRESS", "progress": 20, "effective_on": "2026-03-01", "responsible_body": null}`}]
            </code>
            : a party whose status differs from the stored one gets a new assessment. Leave it empty (or leave the column out) to keep the
            parties&apos; statuses as they are; a party with assessments stays on its commitment.
          </p>
          <p className="mt-1">
            <code>milestones</code> holds the commitment&apos;s milestones, a JSON list such as{" "}
            <code>
              [
              {`{"title": "Sign the lease", "due_precision": "QUARTER", "due": "2026-Q4", "done_on": null, "evidence_url": null, "responsible_party": "Kazakhstan"}`}
              ]
            </code>
            , the due date written as a target is. A milestone is found by its title within its commitment: a new title is added, a known
            one is updated. <code>indicator</code> holds its measurable target, a JSON object such as{" "}
            <code>
              {`{"name": "Exporters helped", "unit": "companies", "direction": "INCREASE", "baseline_value": "0", "baseline_on": "2026-01-15", "target_value": "150", "target_on": "2027-06-30", "measurements": [{"value": "12", "measured_on": "2026-03-01", "source_url": null, "note": null}]}`}
            </code>
            , values as text with a point for decimals: it is created or updated, and its measurements not yet stored are added. An import
            never deletes: a milestone or a measurement the file leaves out stays, and an empty cell (or no column) keeps them as they are.
            Both are checked by the rules of the milestone and indicator forms; a party responsible for a milestone stays on its commitment.
          </p>
        </details>
      </div>
      <ImportForm />
    </div>
  );
}
