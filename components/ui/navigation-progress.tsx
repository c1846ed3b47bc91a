"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState } from "react";

/** How long a navigation may take before the bar shows (a fast one never flickers it), and the longest it shows. */
const SHOW_AFTER_MS = 150;
const GIVE_UP_MS = 15_000;

function leadsElsewhere(url: URL): boolean {
  return (
    url.origin === window.location.origin &&
    !url.pathname.startsWith("/api/") &&
    (url.pathname !== window.location.pathname || url.search !== window.location.search)
  );
}

/**
 * A thin bar across the top of the window while the app moves to another page: pages render on the
 * server in one piece (no skeleton flashes before a page that takes 20 ms), so a click on a slow
 * connection needs this to say that something is happening. It starts on a click on a link to
 * another page of the app, or on a search form sent, and ends when the address changes.
 */
export function NavigationProgress() {
  const location = `${usePathname()}?${useSearchParams()}`;
  // The address the bar was started from: it shows only while that page is still the one on screen.
  // The show timer may fire after the new page has rendered but before it is committed (a render of
  // the new address, then the timer's update, then the commit: CI saw it), so a flag it sets would
  // outlive the clearing below; an address cannot.
  const [startedOn, setStartedOn] = useState<string | null>(null);
  const [shownFor, setShownFor] = useState(location);
  const committed = useRef(location);
  const timers = useRef<number[]>([]);
  // The address changed: forget the bar, so coming back to the page it was started on (the browser's
  // Back) does not bring it back.
  if (shownFor !== location) {
    setShownFor(location);
    setStartedOn(null);
  }
  // The new address is committed: the click's timers have nothing left to do.
  useLayoutEffect(() => {
    committed.current = location;
    for (const t of timers.current) window.clearTimeout(t);
    timers.current = [];
  }, [location]);
  useEffect(() => {
    const start = () => {
      for (const t of timers.current) window.clearTimeout(t);
      const from = committed.current;
      timers.current = [
        window.setTimeout(() => setStartedOn(from), SHOW_AFTER_MS),
        window.setTimeout(() => setStartedOn(null), GIVE_UP_MS),
      ];
    };
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      if (leadsElsewhere(new URL(link.href, window.location.href))) start();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      const action = form.getAttribute("action") ?? "";
      // A form that saves (a server action, or a POST) stays on its page.
      if (form.method.toLowerCase() !== "get" || action.startsWith("javascript:")) return;
      const url = new URL(action || window.location.href, window.location.href);
      url.search = new URLSearchParams(new FormData(form, event.submitter) as unknown as Record<string, string>).toString();
      if (leadsElsewhere(url)) start();
    };
    // Capture: a Next link stops the browser's own navigation, so the click must be seen on its way down.
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);
  return (
    // A live region without the status role: the page's own status messages stay the only "status" on it.
    <div aria-live="polite" data-testid="navigation-progress" className="pointer-events-none fixed inset-x-0 top-0 z-50 print:hidden">
      {startedOn === location ? (
        <>
          <span className="sr-only">Loading the page…</span>
          <div aria-hidden="true" className="h-1 w-full overflow-hidden bg-blue-100">
            <div className="h-full w-1/3 animate-[navigation-progress_1.2s_ease-in-out_infinite] bg-blue-700" />
          </div>
        </>
      ) : null}
    </div>
  );
}
