"use client";

import { useActionState, useRef, useState, type ReactNode } from "react";
import { acceptCandidatesAction } from "@/app/(app)/meetings/actions";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import {
  acceptAllMessage,
  acceptStrongAndLikely,
  isLeftToReview,
  SENTENCE_LIMIT,
  type ReviewCandidate,
  type ReviewDecision,
  type ReviewSetAside,
} from "@/lib/domain/extraction-review";
import { TARGET_INPUT_HINTS, TARGET_PRECISION_LABELS, TARGET_PRECISIONS, type TargetPrecisionValue } from "@/lib/domain/target-date";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

type Item = Omit<ReviewCandidate, "strength"> & {
  strength: ReviewCandidate["strength"] | "added";
  decision: ReviewDecision;
  /** The card's heading: "Candidate 27", "Candidates 27–28", "Added sentence 1". */
  label: string;
  /** The number of the last candidate merged into this one. */
  lastNumber: number;
  /** The readout's text from start to end, whatever the analyst made of the quote: merging joins these. */
  source: string;
};

const STRENGTH_STYLE: Record<Item["strength"], string> = {
  strong: "bg-emerald-100 text-emerald-900",
  likely: "bg-sky-100 text-sky-900",
  weak: "bg-amber-100 text-amber-900",
  added: "bg-slate-100 text-slate-800",
};

const toItem = (c: ReviewCandidate): Item => ({
  ...c,
  decision: "pending",
  label: `Candidate ${c.number}`,
  lastNumber: c.number,
  source: c.quote,
});

const inTextOrder = (all: Item[], item: Item) => {
  const at = all.findIndex((i) => i.start > item.start);
  return at < 0 ? [...all, item] : [...all.slice(0, at), item, ...all.slice(at)];
};

export function CandidateReview({
  meetingId,
  slug,
  candidates,
  setAside,
  setAsideTotal,
  setAsideOpen,
  setAsidePager,
  pager,
  defaultPartyIds,
  parties,
}: {
  meetingId: string;
  slug: string;
  /** This page's candidates, those already logged included: they are folded away, not reviewed. */
  candidates: ReviewCandidate[];
  /** This page of the sentences not proposed. */
  setAside: ReviewSetAside[];
  setAsideTotal: number;
  setAsideOpen: boolean;
  /** Where this page of other sentences sits among them, with links to the others (rendered by the page). */
  setAsidePager: ReactNode;
  /** Links to the other pages of candidates, repeated under the list. */
  pager: ReactNode;
  defaultPartyIds: string[];
  parties: { id: string; name: string }[];
}) {
  const [items, setItems] = useState<Item[]>(() => candidates.filter(isLeftToReview).map(toItem));
  const [folded, setFolded] = useState<ReviewCandidate[]>(() => candidates.filter((c) => !isLeftToReview(c)));
  const [announcement, setAnnouncement] = useState("");
  const [state, formAction, pending] = useActionState(acceptCandidatesAction, null);
  // Which items the last submission sent, in order: the server names errors by their position in it.
  const [submittedKeys, setSubmittedKeys] = useState<string[]>([]);
  const counter = useRef(0);

  const accepted = items.filter((i) => i.decision === "accept");
  const payload = JSON.stringify({
    meetingId,
    candidates: accepted.map((i) => ({
      title: i.title,
      category: i.category,
      partyIds: i.partyIds,
      targetPrecision: i.targetPrecision,
      target: i.target,
      quote: i.quote,
      near: i.start,
    })),
  });

  // Errors come back per accepted candidate ("candidates.3.title"): map them to the items sent.
  const failed = state && !state.ok ? state : null;
  const errorsFor = (key: string): Record<string, string[]> => {
    const position = submittedKeys.indexOf(key);
    if (!failed?.fieldErrors || position < 0) return {};
    const prefix = `candidates.${position}.`;
    const out: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(failed.fieldErrors))
      if (field.startsWith(prefix) && messages) out[field.slice(prefix.length).split(".")[0]] = messages;
    return out;
  };

  const update = (key: string, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const decide = (key: string, decision: ReviewDecision) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, decision: i.decision === decision ? "pending" : decision } : i)));

  // Only the page's next candidate can be merged in: the page holds the readout between the two and
  // nothing more (not the text across a folded, already logged, candidate, nor beyond the page).
  const canMerge = (item: Item, next: Item | undefined) =>
    !!next && item.nextKey === next.key && item.gapToNext !== null && next.end - item.start <= SENTENCE_LIMIT;

  const mergeWithNext = (key: string) =>
    setItems((all) => {
      const at = all.findIndex((i) => i.key === key);
      const item = all[at];
      const next = all[at + 1];
      if (!canMerge(item, next)) return all;
      const source = `${item.source}${item.gapToNext}${next.source}`;
      const merged: Item = {
        ...item,
        end: next.end,
        source,
        quote: source,
        after: next.after,
        moreAfter: next.moreAfter,
        nextKey: next.nextKey,
        gapToNext: next.gapToNext,
        label: `Candidates ${item.number}–${next.lastNumber}`,
        lastNumber: next.lastNumber,
        partyIds: [...new Set([...item.partyIds, ...next.partyIds])],
        cues: [...item.cues, ...next.cues],
        alreadyLogged: [...new Set([...item.alreadyLogged, ...next.alreadyLogged])],
      };
      return [...all.slice(0, at), merged, ...all.slice(at + 2)];
    });

  const addAnother = (key: string) =>
    setItems((all) => {
      const at = all.findIndex((i) => i.key === key);
      const sameSentence = all.filter((i) => i.start === all[at].start && i.number === all[at].number).length;
      const copy: Item = {
        ...all[at],
        key: `${all[at].key}-more${++counter.current}`,
        label: `${all[at].label}, commitment ${sameSentence + 1}`,
        title: "",
        decision: "pending",
      };
      return [...all.slice(0, at + 1), copy, ...all.slice(at + 1)];
    });

  const propose = (sentence: ReviewSetAside) =>
    setItems((all) => {
      const n = ++counter.current;
      return inTextOrder(all, {
        ...sentence,
        key: `s${sentence.start}-${n}`,
        number: 0,
        lastNumber: 0,
        label: `Added sentence ${all.filter((i) => i.strength === "added").length + 1}`,
        source: sentence.quote,
        title: "",
        category: COMMITMENT_CATEGORIES[0],
        partyIds: defaultPartyIds,
        targetPrecision: "NONE",
        target: "",
        targetMatched: null,
        score: 0,
        strength: "added",
        cues: [],
        alreadyLogged: [],
        nextKey: null,
        gapToNext: null,
        decision: "accept",
      });
    });

  const reviewAgain = (candidate: ReviewCandidate) => {
    setFolded((all) => all.filter((c) => c.key !== candidate.key));
    setItems((all) => inTextOrder(all, toItem(candidate)));
  };

  const acceptAll = () => {
    const result = acceptStrongAndLikely(items);
    setItems(result.items);
    setAnnouncement(acceptAllMessage(result.accepted));
  };

  const proposedStarts = new Set(items.map((i) => i.start));
  const counts = {
    accept: accepted.length,
    reject: items.filter((i) => i.decision === "reject").length,
    pending: items.filter((i) => i.decision === "pending").length,
  };

  return (
    <form
      action={(formData) => {
        setSubmittedKeys(accepted.map((i) => i.key));
        return formAction(formData);
      }}
      className="space-y-4"
    >
      <input type="hidden" name="payload" value={payload} />
      <input type="hidden" name="slug" value={slug} />
      <div className="sticky top-0 z-10 space-y-1 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm backdrop-blur">
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm" aria-live="polite">
            On this page: <strong>{counts.accept}</strong> accepted · {counts.reject} rejected · {counts.pending} to review
          </p>
          <button type="button" className={secondaryButtonClass} onClick={acceptAll}>
            Accept all strong and likely
          </button>
          <button
            type="submit"
            className={buttonClass}
            disabled={pending || counts.accept === 0}
            aria-disabled={pending || counts.accept === 0}
          >
            {pending ? "Creating…" : `Create ${counts.accept} commitment${counts.accept === 1 ? "" : "s"}`}
          </button>
        </div>
        <p role="status" className="text-sm text-slate-700">
          {announcement}
        </p>
      </div>
      {failed ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {failed.message}
          {failed.fieldErrors?.form ? ` ${failed.fieldErrors.form.join(" ")}` : ""}
        </div>
      ) : null}

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm">
          {folded.length || candidates.length
            ? "Every candidate on this page is already logged as a commitment. "
            : "No sentence of this readout reads like a pledge. "}
          If another sentence is a pledge, propose it from the list of other sentences below.
        </p>
      ) : null}

      <ol className="space-y-4">
        {items.map((item, position) => (
          <CandidateCard
            key={item.key}
            item={item}
            parties={parties}
            errors={errorsFor(item.key)}
            canMerge={canMerge(item, items[position + 1])}
            onChange={(patch) => update(item.key, patch)}
            onDecide={(decision) => decide(item.key, decision)}
            onMerge={() => mergeWithNext(item.key)}
            onAddAnother={() => addAnother(item.key)}
          />
        ))}
      </ol>

      {folded.length ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {folded.length} {folded.length === 1 ? "candidate" : "candidates"} on this page already logged as commitments
          </summary>
          <p className="mt-2 text-sm text-slate-600">
            Not counted as left to review. Review one again if its sentence holds a pledge that is not logged yet.
          </p>
          <ul className="mt-3 divide-y divide-slate-100">
            {folded.map((c) => (
              <li key={c.key} className="flex items-start justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="font-medium">Candidate {c.number}:</span> {c.quote}
                  <span className="mt-1 block text-slate-600">Logged as: {c.alreadyLogged.join("; ")}</span>
                </span>
                <button type="button" className={secondaryButtonClass} onClick={() => reviewAgain(c)}>
                  Review candidate {c.number} again
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {pager}

      <details id="other-sentences" className="rounded-lg border border-slate-200 bg-white p-4" open={setAsideOpen}>
        <summary className="cursor-pointer font-medium">Other sentences, not proposed ({setAsideTotal})</summary>
        <p className="mt-2 text-sm text-slate-600">
          Courtesies, background and sentences without a promise. Propose one if it is a pledge after all: it joins the candidates of this
          page.
        </p>
        {setAsidePager}
        <ul className="mt-3 divide-y divide-slate-100">
          {setAside.map((s) => (
            <li key={s.start} className="flex items-start justify-between gap-3 py-2 text-sm">
              <span>
                {s.quote}
                {s.cutFrom ? "…" : ""}
                {s.reasons.length ? <span className="ml-2 text-xs text-slate-500">({s.reasons.join("; ")})</span> : null}
              </span>
              <button type="button" className={secondaryButtonClass} disabled={proposedStarts.has(s.start)} onClick={() => propose(s)}>
                {proposedStarts.has(s.start) ? "Proposed" : "Propose"}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </form>
  );
}

function CandidateCard({
  item,
  parties,
  errors,
  canMerge,
  onChange,
  onDecide,
  onMerge,
  onAddAnother,
}: {
  item: Item;
  parties: { id: string; name: string }[];
  errors: Record<string, string[]>;
  canMerge: boolean;
  onChange: (patch: Partial<Item>) => void;
  onDecide: (decision: ReviewDecision) => void;
  onMerge: () => void;
  onAddAnother: () => void;
}) {
  const id = `cand-${item.key}`;
  const needsTarget = item.targetPrecision !== "NONE" && item.targetPrecision !== "UPCOMING";
  const tone =
    item.decision === "accept"
      ? "border-emerald-400 bg-emerald-50/40"
      : item.decision === "reject"
        ? "border-slate-200 bg-slate-50 opacity-70"
        : "border-slate-200 bg-white";
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`${id}-${name}-error`} className="text-sm text-red-700">
        {errors[name].join(" ")}
      </p>
    ) : null;
  return (
    <li className={`rounded-lg border p-4 ${tone}`} aria-labelledby={`${id}-heading`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-heading`} className="font-semibold">
          {item.label}
        </h2>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STRENGTH_STYLE[item.strength]}`}>
          {item.strength === "added" ? "added by you" : `${item.strength} (score ${item.score})`}
        </span>
        {item.cues.map((cue, i) => (
          <span
            key={`${cue.label}-${i}`}
            className={`rounded px-1.5 py-0.5 text-xs ${cue.kind === "courtesy" || cue.kind === "background" ? "bg-slate-100 text-slate-600 line-through decoration-slate-400" : "bg-indigo-50 text-indigo-900"}`}
            title={`Matched “${cue.matched}”`}
          >
            {cue.label}: “{cue.matched}”
          </span>
        ))}
      </div>
      {item.alreadyLogged.length ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          Already logged from this sentence: {item.alreadyLogged.join("; ")}.
        </p>
      ) : null}
      <blockquote className="mt-3 border-l-4 border-slate-300 pl-3 text-sm leading-relaxed">
        <span className="text-slate-500">
          {item.moreBefore ? "…" : ""}
          {item.before}
        </span>
        <mark className="bg-amber-100">{item.quote}</mark>
        <span className="text-slate-500">
          {item.after}
          {item.moreAfter ? "…" : ""}
        </span>
      </blockquote>
      {item.cutFrom ? (
        <p className="mt-2 text-sm text-slate-700">
          This sentence runs to {item.cutFrom.toLocaleString("en")} characters; a quote holds at most {SENTENCE_LIMIT.toLocaleString("en")},
          so it starts with the first {SENTENCE_LIMIT.toLocaleString("en")}.
        </p>
      ) : null}

      <fieldset className="mt-3 grid gap-3 md:grid-cols-2" disabled={item.decision === "reject"}>
        <legend className="sr-only">Commitment details for {item.label}</legend>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${id}-title`} className="block text-sm font-medium">
            Title
          </label>
          <input
            id={`${id}-title`}
            value={item.title}
            onChange={(e) => onChange({ title: e.target.value })}
            className={inputClass}
            aria-invalid={!!errors.title}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            placeholder="What was promised, in a few words"
          />
          {fieldError("title")}
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-category`} className="block text-sm font-medium">
            Category
          </label>
          <select
            id={`${id}-category`}
            value={item.category}
            onChange={(e) => onChange({ category: e.target.value })}
            className={inputClass}
            aria-invalid={!!errors.category}
          >
            {COMMITMENT_CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          {fieldError("category")}
        </div>
        <div className="grid grid-cols-2 gap-2">
          <div className="space-y-1">
            <label htmlFor={`${id}-precision`} className="block text-sm font-medium">
              Target
            </label>
            <select
              id={`${id}-precision`}
              value={item.targetPrecision}
              onChange={(e) => onChange({ targetPrecision: e.target.value as TargetPrecisionValue, target: "" })}
              className={inputClass}
            >
              {TARGET_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {TARGET_PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-target`} className="block text-sm font-medium">
              Date
            </label>
            <input
              id={`${id}-target`}
              value={item.target}
              onChange={(e) => onChange({ target: e.target.value })}
              disabled={!needsTarget}
              placeholder={TARGET_INPUT_HINTS[item.targetPrecision]}
              className={inputClass}
              aria-invalid={!!errors.target}
              aria-describedby={`${id}-target-hint${errors.target ? ` ${id}-target-error` : ""}`}
            />
          </div>
          <p id={`${id}-target-hint`} className="col-span-2 text-xs text-slate-600">
            {item.targetMatched ? `Suggested from “${item.targetMatched}”.` : "No date found in the sentence."}
          </p>
          <div className="col-span-2">{fieldError("target")}</div>
        </div>
        <fieldset className="md:col-span-2" aria-describedby={errors.partyIds ? `${id}-partyIds-error` : undefined}>
          <legend className="text-sm font-medium">Parties</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {parties.map((p) => (
              <label key={p.id} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={item.partyIds.includes(p.id)}
                  onChange={(e) =>
                    onChange({ partyIds: e.target.checked ? [...item.partyIds, p.id] : item.partyIds.filter((x) => x !== p.id) })
                  }
                />
                {p.name}
              </label>
            ))}
          </div>
          {fieldError("partyIds")}
        </fieldset>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${id}-quote`} className="block text-sm font-medium">
            Source quote
          </label>
          <textarea
            id={`${id}-quote`}
            value={item.quote}
            rows={3}
            onChange={(e) => onChange({ quote: e.target.value })}
            className={`${inputClass} font-sans`}
            aria-invalid={!!errors.quote}
            aria-describedby={`${id}-quote-hint${errors.quote ? ` ${id}-quote-error` : ""}`}
          />
          <p id={`${id}-quote-hint`} className="text-xs text-slate-600">
            You may shorten it to the words that carry the pledge; it must stay text of the readout.
          </p>
          {fieldError("quote")}
        </div>
      </fieldset>

      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={item.decision === "accept"}
          onClick={() => onDecide("accept")}
          className={item.decision === "accept" ? buttonClass : secondaryButtonClass}
        >
          {item.decision === "accept" ? "✓ Accepted" : "Accept"}
        </button>
        <button type="button" aria-pressed={item.decision === "reject"} onClick={() => onDecide("reject")} className={secondaryButtonClass}>
          {item.decision === "reject" ? "✗ Rejected" : "Reject"}
        </button>
        <button
          type="button"
          onClick={onMerge}
          disabled={!canMerge}
          className={secondaryButtonClass}
          title={
            canMerge
              ? "One pledge spread over this sentence and the next"
              : "Only the next candidate on this page, with no already logged candidate between, can be merged in"
          }
        >
          Merge with next
        </button>
        <button type="button" onClick={onAddAnother} className={secondaryButtonClass} title="This sentence holds several pledges">
          Another commitment from this sentence
        </button>
      </div>
    </li>
  );
}
