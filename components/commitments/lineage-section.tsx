import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { inputClass, secondaryButtonClass } from "@/components/ui/form";
import type { LineageEntry } from "@/lib/data/lineage";
import { LINK_KIND_LABELS } from "@/lib/domain/lineage";
import { formatDay } from "@/lib/domain/target-date";
import { LinkForm, UnlinkButton } from "./commitment-page-forms";

function Chain({
  entries,
  direction,
  commitmentId,
  canLink,
}: {
  entries: LineageEntry[];
  direction: "earlier" | "later";
  commitmentId: string;
  canLink: boolean;
}) {
  if (!entries.length)
    return (
      <p className="text-sm text-slate-600">
        {direction === "earlier"
          ? "Not linked to an earlier commitment."
          : "No later commitment restates, reaffirms or implements this one yet."}
      </p>
    );
  return (
    <ol className="space-y-2">
      {entries.map((e) => (
        <li
          key={`${e.linkId}-${e.id}`}
          className="flex flex-wrap items-center gap-2 text-sm"
          style={{ paddingLeft: `${(e.depth - 1) * 1.25}rem` }}
        >
          <span className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-900">
            {e.depth > 1 ? "…which " : "This "}
            {direction === "earlier" ? LINK_KIND_LABELS[e.kind].forward : `is ${LINK_KIND_LABELS[e.kind].backward}`}
          </span>
          <Link href={`/commitments/${e.id}`}>{e.title}</Link>
          <StatusBadge status={e.status} />
          <span className="text-slate-600">
            <Link href={`/meetings/${e.meetingSlug}`}>{e.meetingTitle}</Link>, {formatDay(e.meetingHeldOn)}
          </span>
          {e.note ? <span className="text-slate-600">— {e.note}</span> : null}
          {canLink && e.depth === 1 ? <UnlinkButton linkId={e.linkId} commitmentId={commitmentId} title={e.title} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The commitment's lineage both ways, and (for analysts) a search to link it to an earlier commitment. */
export function LineageSection({
  commitmentId,
  earlier,
  later,
  canLink,
  linkQuery,
  targets,
}: {
  commitmentId: string;
  earlier: LineageEntry[];
  later: LineageEntry[];
  canLink: boolean;
  linkQuery: string;
  targets: { id: string; title: string; meetingTitle: string; meetingHeldOn: Date; linked: boolean }[] | null;
}) {
  const reaffirmations = later.filter((e) => e.kind !== "IMPLEMENTS").length;
  return (
    <section aria-labelledby="lineage-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" id="lineage">
      <h2 id="lineage-heading" className="text-lg font-semibold">
        Lineage
        {reaffirmations ? (
          <span className="ml-2 text-sm font-normal text-slate-600">
            reaffirmed {reaffirmations} time{reaffirmations === 1 ? "" : "s"} since
          </span>
        ) : null}
      </h2>
      <p className="text-sm text-slate-600">A reaffirmation is not delivery: links never change a status.</p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">Earlier commitments</h3>
          <Chain entries={earlier} direction="earlier" commitmentId={commitmentId} canLink={canLink} />
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">Later commitments</h3>
          <Chain entries={later} direction="later" commitmentId={commitmentId} canLink={canLink} />
        </div>
      </div>
      {canLink ? (
        <div className="space-y-2 border-t border-slate-100 pt-3">
          <form
            method="get"
            action={`/commitments/${commitmentId}#lineage`}
            role="search"
            aria-label="Find an earlier commitment to link"
            className="flex flex-wrap items-end gap-2"
          >
            <div className="space-y-1">
              <label htmlFor="link-q" className="block text-sm font-medium">
                Link to an earlier commitment
              </label>
              <input
                id="link-q"
                name="linkq"
                type="search"
                defaultValue={linkQuery}
                placeholder="Search earlier commitments, e.g. Action Plan"
                className={`${inputClass} sm:min-w-72`}
              />
            </div>
            <button type="submit" className={secondaryButtonClass}>
              Search
            </button>
          </form>
          {targets ? (
            targets.length ? (
              <ul className="divide-y divide-slate-100 rounded border border-slate-200">
                {targets.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
                    <span>
                      <Link href={`/commitments/${t.id}`}>{t.title}</Link>
                      <span className="text-slate-600">
                        {" "}
                        · {t.meetingTitle}, {formatDay(t.meetingHeldOn)}
                      </span>
                    </span>
                    {t.linked ? <span className="text-slate-600">Already linked</span> : <LinkForm fromId={commitmentId} toId={t.id} />}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">No commitment from this meeting or an earlier one matches “{linkQuery}”.</p>
            )
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
