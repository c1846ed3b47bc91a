"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";

/** How long a chart waits for the browser to be idle before it is drawn anyway (ms). */
const IDLE_TIMEOUT = 3000;

/**
 * Draws a chart once it comes near the screen, as a transition: React then renders it in small
 * slices, so drawing five charts never blocks typing or scrolling for long. Until then the space is
 * reserved (no layout shift) and the numbers are already in the table below it.
 *
 * A chart far down the page is drawn all the same once the browser is idle after loading, and at
 * once for print: a printout or a full-page capture never scrolls, and would otherwise show empty boxes.
 */
export function DeferredChart({ children, height = 280 }: { children: ReactNode; height?: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = holder.current;
    if (!element || shown) return;
    const print = window.matchMedia?.("print");
    if (typeof IntersectionObserver === "undefined" || print?.matches) {
      startTransition(() => setShown(true));
      return;
    }
    const show = () => startTransition(() => setShown(true));
    // Printing cannot wait for a transition: the page is laid out for paper right after beforeprint.
    const showNow = () => flushSync(() => setShown(true));
    const onPrintChange = (event: MediaQueryListEvent) => {
      if (event.matches) showNow();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", showNow);
    print?.addEventListener("change", onPrintChange);
    let cancelIdle: () => void;
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(show, { timeout: IDLE_TIMEOUT });
      cancelIdle = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(show, IDLE_TIMEOUT);
      cancelIdle = () => window.clearTimeout(id);
    }
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", showNow);
      print?.removeEventListener("change", onPrintChange);
      cancelIdle();
    };
  }, [shown]);
  return (
    <div ref={holder} style={{ minHeight: height }}>
      {shown ? children : <div aria-hidden="true" className="h-full animate-pulse rounded bg-slate-50 print:hidden" style={{ height }} />}
    </div>
  );
}
