"use client";

import { useActionState } from "react";
import { linkCommitmentsAction, unlinkCommitmentAction } from "@/app/(app)/commitments/actions";
import { LINK_KIND_LABELS, LINK_KINDS } from "@/lib/domain/lineage";
import { buttonClass, inputClass } from "@/components/ui/form";

export function LinkForm({ fromId, toId }: { fromId: string; toId: string }) {
  const [state, action, pending] = useActionState(linkCommitmentsAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="fromId" value={fromId} />
      <input type="hidden" name="toId" value={toId} />
      <label className="sr-only" htmlFor={`kind-${toId}`}>
        How this commitment relates to it
      </label>
      <select id={`kind-${toId}`} name="kind" defaultValue="REAFFIRMS" className={`${inputClass} w-auto py-1`}>
        {LINK_KINDS.map((k) => (
          <option key={k} value={k}>
            This {LINK_KIND_LABELS[k].forward} it
          </option>
        ))}
      </select>
      <button type="submit" className={`${buttonClass} py-1`} disabled={pending}>
        {pending ? "Linking…" : "Link"}
      </button>
      {failed ? (
        <span role="alert" className="text-sm text-red-700">
          {[failed.message, ...Object.values(failed.fieldErrors ?? {}).flat()].join(" ")}
        </span>
      ) : null}
    </form>
  );
}

export function UnlinkButton({ linkId, commitmentId, title }: { linkId: string; commitmentId: string; title: string }) {
  const [state, action, pending] = useActionState(unlinkCommitmentAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="linkId" value={linkId} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <button type="submit" className="text-xs text-red-700 underline" disabled={pending} aria-label={`Remove the link to ${title}`}>
        {pending ? "Removing…" : "Remove link"}
      </button>
      {failed ? (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {failed.message}
        </span>
      ) : null}
    </form>
  );
}
