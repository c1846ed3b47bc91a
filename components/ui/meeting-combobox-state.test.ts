import { describe, expect, it } from "vitest";
import { chose, initialComboboxState, isExpanded, left, pressed, received, typed, type MeetingOption } from "./meeting-combobox-state";

const JSPG: MeetingOption = { slug: "jspg-8-2026-ankara", title: "8th meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group" };
const JEC: MeetingOption = { slug: "jec-13-2024-ankara", title: "13th Joint Economic Commission" };
const HLSC: MeetingOption = { slug: "hlsc-5-2022-astana", title: "5th High-Level Strategic Council" };

/** The state after typing `text` and receiving `options` for it. */
function listed(text: string, options: MeetingOption[], selected: MeetingOption | null = null) {
  return received(typed(initialComboboxState(selected), text), text, options);
}

describe("the meeting combobox", () => {
  it("starts closed, showing the chosen meeting's title", () => {
    expect(initialComboboxState(JSPG)).toMatchObject({ text: JSPG.title, selected: JSPG, open: false, active: -1 });
    expect(initialComboboxState(null)).toMatchObject({ text: "", selected: null });
  });

  it("opens on the matches of what was typed, nothing highlighted, and ignores an answer to older text", () => {
    const state = listed("strat", [JSPG, HLSC]);
    expect(state).toMatchObject({ open: true, active: -1, status: "done", options: [JSPG, HLSC] });
    expect(isExpanded(state)).toBe(true);
    const later = typed(state, "strate");
    expect(received(later, "strat", [JEC])).toBe(later);
  });

  it("moves through the matches with the arrows (wrapping), Home and End", () => {
    let state = listed("joint", [JSPG, JEC, HLSC]);
    const keys = (...names: string[]) => names.map((key) => (state = pressed(state, key).state).active);
    expect(keys("ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown")).toEqual([0, 1, 2, 0]);
    expect(keys("ArrowUp", "ArrowUp", "End", "Home")).toEqual([2, 1, 2, 0]);
  });

  it("chooses the highlighted meeting with Enter, without submitting the form; Enter with none highlighted submits", () => {
    const open = pressed(pressed(listed("joint", [JSPG, JEC]), "ArrowDown").state, "ArrowDown").state;
    const enter = pressed(open, "Enter");
    expect(enter.handled).toBe(true);
    expect(enter.state).toMatchObject({ selected: JEC, text: JEC.title, open: false, active: -1 });
    expect(isExpanded(enter.state)).toBe(false);
    const submit = pressed(enter.state, "Enter");
    expect(submit.handled).toBe(false);
    expect(submit.state.selected).toBe(JEC);
  });

  it("closes with Escape, and a second Escape puts back the chosen meeting's title", () => {
    const open = listed("econ", [JEC], JSPG);
    const first = pressed(open, "Escape");
    expect(first).toMatchObject({ handled: true, state: { open: false, text: "econ", selected: JSPG } });
    const second = pressed(first.state, "Escape");
    expect(second).toMatchObject({ handled: true, state: { text: JSPG.title, selected: JSPG } });
    expect(pressed(second.state, "Escape").handled).toBe(false);
  });

  it("clears the filter when the text is emptied", () => {
    const state = typed(initialComboboxState(JSPG), "");
    expect(state).toMatchObject({ selected: null, open: false, options: [], status: "idle" });
  });

  it("asks for a search when an arrow opens it on text it has no matches for, even empty text (the newest meetings)", () => {
    const outcome = pressed(initialComboboxState(null), "ArrowDown");
    expect(outcome).toMatchObject({ handled: true, search: true });
    const withMatches = pressed(received(outcome.state, "", [JSPG, JEC]), "Escape").state;
    expect(pressed(withMatches, "ArrowDown")).toMatchObject({ search: false, state: { open: true, active: 0 } });
    expect(pressed(withMatches, "ArrowUp").state.active).toBe(1);
  });

  it("says nothing matches with an empty, collapsed list", () => {
    const state = listed("zzz", []);
    expect(state).toMatchObject({ open: true, status: "done", searched: "zzz" });
    expect(isExpanded(state)).toBe(false);
    expect(pressed(state, "Home").handled).toBe(false);
    expect(pressed(state, "Enter").handled).toBe(false);
  });

  it("leaves Home and End to the text box, and ignores other keys, when the list is closed", () => {
    const state = initialComboboxState(JSPG);
    for (const key of ["Home", "End", "a", "Tab"]) expect(pressed(state, key)).toMatchObject({ handled: false, search: false, state });
  });

  it("shows the chosen meeting again when focus leaves without a choice", () => {
    expect(left(typed(initialComboboxState(JSPG), "some"))).toMatchObject({ text: JSPG.title, selected: JSPG, open: false });
    expect(left(typed(initialComboboxState(null), "some"))).toMatchObject({ text: "", selected: null });
    expect(chose(listed("x", [JEC]), 5).selected).toBeNull();
  });
});
