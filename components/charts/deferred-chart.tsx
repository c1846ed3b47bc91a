"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Draws a chart once it comes near the screen, as a transition: React then renders it in small
 * slices, so drawing five charts never blocks typing or scrolling for long. Until then the space is
 * reserved (no layout shift) and the numbers are already in the table below it.
 */
export function DeferredChart({ children, height = 280 }: { children: ReactNode; height?: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = holder.current;
    if (!element || shown) return;
    if (typeof IntersectionObserver === "undefined") {
      startTransition(() => setShown(true));
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          startTransition(() => setShown(true));
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  return (
    <div ref={holder} style={{ minHeight: height }}>
      {shown ? children : <div aria-hidden="true" className="h-full animate-pulse rounded bg-slate-50" style={{ height }} />}
    </div>
  );
}
