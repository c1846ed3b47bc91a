"use client";

import { useActionState, useRef, useState } from "react";
import { acceptCandidatesAction } from "@/app/(app)/meetings/actions";
import { COMMITMENT_CATEGORIES } from "@/lib/domain/categories";
import { TARGET_INPUT_HINTS, TARGET_PRECISION_LABELS, TARGET_PRECISIONS, type TargetPrecisionValue } from "@/lib/domain/target-date";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";

export type ReviewCandidate = {
  key: string;
  start: number;
  end: number;
  quote: string;
  title: string;
  category: string;
  partyIds: string[];
  targetPrecision: TargetPrecisionValue;
  target: string;
  targetMatched: string | null;
  score: number;
  strength: "strong" | "likely" | "weak" | "added";
  cues: { label: string; kind: string; matched: string }[];
  alreadyLogged: string[];
};

type Decision = "pending" | "accept" | "reject";
type Item = ReviewCandidate & { decision: Decision };

const STRENGTH_STYLE: Record<ReviewCandidate["strength"], string> = {
  strong: "bg-emerald-100 text-emerald-900",
  likely: "bg-sky-100 text-sky-900",
  weak: "bg-amber-100 text-amber-900",
  added: "bg-slate-100 text-slate-800",
};

const CONTEXT = 160;

export function CandidateReview({
  meetingId,
  slug,
  sourceText,
  candidates,
  setAside,
  parties,
  defaultPartyIds,
}: {
  meetingId: string;
  slug: string;
  sourceText: string;
  candidates: ReviewCandidate[];
  setAside: { start: number; end: number; text: string; reasons: string[] }[];
  parties: { id: string; name: string }[];
  defaultPartyIds: string[];
}) {
  const [items, setItems] = useState<Item[]>(() => candidates.map((c) => ({ ...c, decision: "pending" })));
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
  const decide = (key: string, decision: Decision) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, decision: i.decision === decision ? "pending" : decision } : i)));

  const mergeWithNext = (key: string) =>
    setItems((all) => {
      const at = all.findIndex((i) => i.key === key);
      const next = all[at + 1];
      if (!next) return all;
      const start = Math.min(all[at].start, next.start);
      const end = Math.max(all[at].end, next.end);
      const merged: Item = {
        ...all[at],
        start,
        end,
        quote: sourceText.slice(start, end),
        partyIds: [...new Set([...all[at].partyIds, ...next.partyIds])],
        cues: [...all[at].cues, ...next.cues],
        alreadyLogged: [...new Set([...all[at].alreadyLogged, ...next.alreadyLogged])],
      };
      return [...all.slice(0, at), merged, ...all.slice(at + 2)];
    });

  const addAnother = (key: string) =>
    setItems((all) => {
      const at = all.findIndex((i) => i.key === key);
      const copy: Item = { ...all[at], key: `${all[at].key}-more${++counter.current}`, title: "", decision: "pending" };
      return [...all.slice(0, at + 1), copy, ...all.slice(at + 1)];
    });

  const propose = (sentence: { start: number; end: number; text: string }) =>
    setItems((all) => {
      const item: Item = {
        key: `s${sentence.start}-${++counter.current}`,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
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
        decision: "accept",
      };
      const at = all.findIndex((i) => i.start > sentence.start);
      return at < 0 ? [...all, item] : [...all.slice(0, at), item, ...all.slice(at)];
    });

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
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm backdrop-blur">
        <p className="text-sm" aria-live="polite">
          <strong>{counts.accept}</strong> accepted · {counts.reject} rejected · {counts.pending} to review
        </p>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() =>
            setItems((all) =>
              all.map((i) =>
                i.decision === "pending" && !i.alreadyLogged.length && i.strength !== "weak" ? { ...i, decision: "accept" } : i,
              ),
            )
          }
        >
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
      {failed ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {failed.message}
          {failed.fieldErrors?.form ? ` ${failed.fieldErrors.form.join(" ")}` : ""}
        </div>
      ) : null}

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm">
          No sentence of this readout reads like a pledge. If one is, propose it from the list of other sentences below.
        </p>
      ) : null}

      <ol className="space-y-4">
        {items.map((item, position) => (
          <CandidateCard
            key={item.key}
            item={item}
            number={position + 1}
            sourceText={sourceText}
            parties={parties}
            errors={errorsFor(item.key)}
            hasNext={position < items.length - 1}
            onChange={(patch) => update(item.key, patch)}
            onDecide={(decision) => decide(item.key, decision)}
            onMerge={() => mergeWithNext(item.key)}
            onAddAnother={() => addAnother(item.key)}
          />
        ))}
      </ol>

      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium">Other sentences, not proposed ({setAside.length})</summary>
        <p className="mt-2 text-sm text-slate-600">
          Courtesies, background and sentences without a promise. Propose one if it is a pledge after all.
        </p>
        <ul className="mt-3 divide-y divide-slate-100">
          {setAside.map((s) => (
            <li key={s.start} className="flex items-start justify-between gap-3 py-2 text-sm">
              <span>
                {s.text}
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
  number,
  sourceText,
  parties,
  errors,
  hasNext,
  onChange,
  onDecide,
  onMerge,
  onAddAnother,
}: {
  item: Item;
  number: number;
  sourceText: string;
  parties: { id: string; name: string }[];
  errors: Record<string, string[]>;
  hasNext: boolean;
  onChange: (patch: Partial<Item>) => void;
  onDecide: (decision: Decision) => void;
  onMerge: () => void;
  onAddAnother: () => void;
}) {
  const id = `cand-${item.key}`;
  const needsTarget = item.targetPrecision !== "NONE" && item.targetPrecision !== "UPCOMING";
  const before = sourceText.slice(Math.max(0, item.start - CONTEXT), item.start);
  const after = sourceText.slice(item.end, item.end + CONTEXT);
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
          Candidate {number}
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
          {item.start - CONTEXT > 0 ? "…" : ""}
          {before}
        </span>
        <mark className="bg-amber-100">{item.quote}</mark>
        <span className="text-slate-500">
          {after}
          {item.end + CONTEXT < sourceText.length ? "…" : ""}
        </span>
      </blockquote>

      <fieldset className="mt-3 grid gap-3 md:grid-cols-2" disabled={item.decision === "reject"}>
        <legend className="sr-only">Commitment details for candidate {number}</legend>
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
            className={`${inputClass} font-serif`}
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
          disabled={!hasNext}
          className={secondaryButtonClass}
          title="One pledge spread over this sentence and the next"
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
