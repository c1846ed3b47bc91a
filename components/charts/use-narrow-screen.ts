"use client";

import { useSyncExternalStore } from "react";

// Below Tailwind's `sm` breakpoint: a phone held upright.
const NARROW = "(max-width: 639.98px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True on a phone-sized screen, where a chart gives its category labels less room. Charts draw in the browser only. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
