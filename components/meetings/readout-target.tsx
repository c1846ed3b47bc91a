"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * Brings the readout's sentence named by the URL's hash into view and marks it, on a fresh load and
 * after a client-side navigation alike (the browser's own scroll to `#source-…` and its `:target`
 * only follow a full page load). The marked sentence gets `data-current`, which the page highlights.
 */
export function ReadoutTarget() {
  const pathname = usePathname();
  useEffect(() => {
    const show = () => {
      document.querySelectorAll("[data-current]").forEach((element) => element.removeAttribute("data-current"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id.startsWith("source-") ? document.getElementById(id) : null;
      // An anchor inside a highlighted sentence marks the sentence around it.
      const sentence = target?.closest("mark") ?? target;
      if (!sentence) return;
      sentence.setAttribute("data-current", "");
      sentence.scrollIntoView({ block: "center" });
    };
    show();
    window.addEventListener("hashchange", show);
    return () => window.removeEventListener("hashchange", show);
  }, [pathname]);
  return null;
}
