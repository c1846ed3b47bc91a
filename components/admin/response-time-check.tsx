"use client";

import { useState } from "react";
import { floorAction } from "@/app/(app)/commitments/actions";
import { buttonClass } from "@/components/ui/form";

const CALLS = 20;

type Outcome =
  | { kind: "idle" }
  | { kind: "running"; done: number }
  | { kind: "done"; median: number; max: number }
  | { kind: "failed"; message: string };

/** Calls the framework's floor (floorAction) twenty times and shows the median and slowest round trip. */
export function ResponseTimeCheck() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  async function measure() {
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      setOutcome({ kind: "running", done: i });
      const form = new FormData();
      form.set("check", String(i));
      const started = performance.now();
      try {
        const answer = await floorAction(null, form);
        if (!answer?.ok) return setOutcome({ kind: "failed", message: answer?.message ?? "The server did not answer." });
      } catch {
        return setOutcome({ kind: "failed", message: "The server could not be reached. Check the connection and try again." });
      }
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    setOutcome({ kind: "done", median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] });
  }
  const running = outcome.kind === "running";
  return (
    <div className="space-y-2">
      <button type="button" className={buttonClass} onClick={measure} disabled={running} aria-disabled={running}>
        {running ? "Measuring…" : "Measure the response time"}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {outcome.kind === "running" ? `${outcome.done} of ${CALLS} round trips…` : null}
        {outcome.kind === "done"
          ? `${CALLS} round trips: median ${outcome.median.toFixed(0)} ms, slowest ${outcome.max.toFixed(0)} ms.`
          : null}
        {outcome.kind === "failed" ? <span className="text-red-700">{outcome.message}</span> : null}
      </p>
    </div>
  );
}
