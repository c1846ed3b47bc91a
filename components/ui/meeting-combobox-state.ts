// What the meeting combobox does with each keystroke, answer and click, kept apart from React so that
// it can be tested without a browser. The WAI-ARIA combobox pattern (list autocomplete, no automatic
// selection): typing searches, ArrowDown/ArrowUp move through the matches (wrapping), Home/End jump
// to the first and last, Enter chooses the highlighted meeting, Escape closes the list (and, once
// closed, puts back the chosen meeting's title). Emptying the text clears the filter.

/** A meeting the combobox offers: the slug is what the form submits. */
export type MeetingOption = { slug: string; title: string; heldOn?: string };

export type ComboboxState = {
  /** What the text box shows. */
  text: string;
  /** The meeting the form submits (null: all meetings). */
  selected: MeetingOption | null;
  /** The matches for `searched`. */
  options: MeetingOption[];
  /** The text the options answer. */
  searched: string;
  open: boolean;
  /** The highlighted option (-1: none). */
  active: number;
  status: "idle" | "loading" | "done" | "failed";
};

export function initialComboboxState(selected: MeetingOption | null): ComboboxState {
  return { text: selected?.title ?? "", selected, options: [], searched: "", open: false, active: -1, status: "idle" };
}

/** The list is shown (and aria-expanded) only when it has something in it. */
export function isExpanded(state: ComboboxState): boolean {
  return state.open && state.options.length > 0;
}

/** The text box changed: a search follows (unless it is empty, which clears the filter). */
export function typed(state: ComboboxState, text: string): ComboboxState {
  if (!text.trim()) return { ...state, text, selected: null, options: [], searched: "", open: false, active: -1, status: "idle" };
  return { ...state, text, active: -1, status: "loading" };
}

/** A search is under way for `text`. */
export function searching(state: ComboboxState, text: string): ComboboxState {
  return text === state.text ? { ...state, status: "loading" } : state;
}

/** The matches for `text` arrived; an answer to an older text is ignored. */
export function received(state: ComboboxState, text: string, options: MeetingOption[]): ComboboxState {
  if (text !== state.text) return state;
  return { ...state, options, searched: text, open: true, active: -1, status: "done" };
}

/** The search for `text` failed. */
export function failed(state: ComboboxState, text: string): ComboboxState {
  return text === state.text ? { ...state, options: [], open: false, active: -1, status: "failed" } : state;
}

/** The highlighted meeting becomes the filter; the list closes. */
export function chose(state: ComboboxState, index: number): ComboboxState {
  const option = state.options[index];
  if (!option) return state;
  return { ...state, selected: option, text: option.title, open: false, active: -1, status: "idle" };
}

/** Focus left the combobox: the list closes and the text shows the filter's meeting again. */
export function left(state: ComboboxState): ComboboxState {
  return { ...state, text: state.selected?.title ?? "", open: false, active: -1, status: "idle" };
}

export type KeyOutcome = {
  state: ComboboxState;
  /** The key was the combobox's: the browser's own action (submitting, moving the caret) is prevented. */
  handled: boolean;
  /** The matches for the current text are needed now. */
  search: boolean;
};

/** What a key pressed in the text box does. */
export function pressed(state: ComboboxState, key: string): KeyOutcome {
  const count = state.options.length;
  const fresh = state.searched === state.text && state.status === "done";
  const same = (next: ComboboxState, handled = true): KeyOutcome => ({ state: next, handled, search: false });
  switch (key) {
    case "ArrowDown":
    case "ArrowUp": {
      const down = key === "ArrowDown";
      if (!isExpanded(state)) {
        // Closed: open on the first (or last) match, searching first when the matches are not this text's.
        if (!fresh) return { state: { ...state, status: "loading" }, handled: true, search: true };
        return same(count ? { ...state, open: true, active: down ? 0 : count - 1 } : { ...state, open: true });
      }
      const active = down ? (state.active + 1) % count : state.active <= 0 ? count - 1 : state.active - 1;
      return same({ ...state, active });
    }
    case "Home":
    case "End":
      if (!isExpanded(state)) return same(state, false);
      return same({ ...state, active: key === "Home" ? 0 : count - 1 });
    case "Enter":
      if (isExpanded(state) && state.active >= 0) return same(chose(state, state.active));
      // Nothing highlighted: the form is submitted with the meeting already chosen.
      return same({ ...state, open: false, active: -1 }, false);
    case "Escape":
      if (state.open) return same({ ...state, open: false, active: -1 });
      if (state.text !== (state.selected?.title ?? "")) return same(left(state));
      return same(state, false);
    default:
      return same(state, false);
  }
}
