"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { formatDayText } from "@/lib/domain/target-date";
import { inputClass } from "./form";
import {
  chose,
  failed,
  initialComboboxState,
  isExpanded,
  left,
  pressed,
  received,
  searching,
  typed,
  type ComboboxState,
  type MeetingOption,
} from "./meeting-combobox-state";

const SEARCH_DELAY_MS = 150;

/** What the live region says; the count of matches only to screen readers (the list shows them). */
function statusText(state: ComboboxState): { text: string; visible: boolean } {
  if (state.status === "loading") return { text: "Searching meetings…", visible: true };
  if (state.status === "failed") return { text: "The meetings could not be searched; try again.", visible: true };
  if (state.status !== "done" || !state.open) return { text: "", visible: false };
  if (!state.options.length)
    return { text: state.searched.trim() ? `No meeting matches “${state.searched.trim()}”.` : "No meetings yet.", visible: true };
  const n = state.options.length;
  return { text: `${n} ${n === 1 ? "meeting" : "meetings"}: arrow keys to move, Enter to choose.`, visible: false };
}

/**
 * The meeting filter of a GET form: a text box that searches the meetings as you type
 * (/api/meetings/search) and submits the chosen meeting's slug in a hidden input named `name`, so
 * the form's URL is the one a select would give. The page sends only the chosen meeting, never the
 * list of all meetings. Emptying the text means all meetings.
 */
export function MeetingCombobox({
  id,
  label,
  name = "meeting",
  selected,
  className,
}: {
  id: string;
  label: string;
  name?: string;
  selected: MeetingOption | null;
  className?: string;
}) {
  const [state, setState] = useState(() => initialComboboxState(selected));
  const [request, setRequest] = useState<{ text: string; delay: number } | null>(null);
  const listId = useId();
  const hintId = useId();
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = isExpanded(state);
  const status = statusText(state);

  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    const search = async () => {
      setState((s) => searching(s, request.text));
      try {
        const query = new URLSearchParams({ q: request.text.trim(), limit: "20" });
        const response = await fetch(`/api/meetings/search?${query}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) throw new Error(`The meeting search answered ${response.status}`);
        const options = (await response.json()) as MeetingOption[];
        setState((s) => received(s, request.text, options));
      } catch {
        if (!controller.signal.aborted) setState((s) => failed(s, request.text));
      }
    };
    const timer = setTimeout(() => void search(), request.delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [request]);

  useEffect(() => {
    if (expanded && state.active >= 0) document.getElementById(`${id}-option-${state.active}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, state.active, id]);

  function onChange(text: string) {
    setState((s) => typed(s, text));
    setRequest(text.trim() ? { text, delay: SEARCH_DELAY_MS } : null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const outcome = pressed(state, event.key);
    if (outcome.handled) event.preventDefault();
    setState(outcome.state);
    if (outcome.search) setRequest({ text: state.text, delay: 0 });
  }

  return (
    <div className={`relative space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input type="hidden" name={name} value={state.selected?.slug ?? ""} />
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && state.active >= 0 ? optionId(state.active) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        placeholder="All meetings"
        value={state.text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setRequest(null);
          setState(left);
        }}
        className={inputClass}
        data-testid="meeting-combobox"
      />
      <span id={hintId} className="sr-only">
        Type part of a meeting&apos;s title; leave it empty for all meetings.
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full min-w-64 overflow-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
      >
        {state.options.map((option, index) => (
          <li
            key={option.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === state.active}
            // Keeps the focus in the text box, so that choosing with the mouse does not blur it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setState((s) => chose(s, index))}
            className={`cursor-pointer px-3 py-1.5 ${index === state.active ? "bg-blue-700 text-white" : "text-slate-900 hover:bg-slate-100"}`}
          >
            <span className="block">{option.title}</span>
            {option.heldOn ? (
              <span className={`block text-xs ${index === state.active ? "text-blue-100" : "text-slate-600"}`}>
                {formatDayText(option.heldOn) ?? option.heldOn}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" className={status.visible ? "text-xs text-slate-600" : "sr-only"} data-testid="meeting-combobox-status">
        {status.text}
      </p>
    </div>
  );
}
