import { extractCandidates, type Candidate } from "./extraction";
import type { LabelledReadout } from "./extraction-fixtures/labels";

export type ExtractionScore = {
  pledges: number;
  found: number;
  proposed: number;
  nonPledges: number;
  recall: number;
  /** Candidates that are pledges, out of all candidates. */
  precision: number;
  /** Non-pledges proposed for every pledge-bearing candidate (the target is at most 1 in 4). */
  nonPledgesPerPledge: number;
  missed: string[];
  falseCandidates: string[];
};

/** Where a label's anchor is in the readout (it must be there). */
export function anchorSpan(text: string, anchor: string): { start: number; end: number } {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`Label anchor not in the readout: ${anchor}`);
  return { start, end: start + anchor.length };
}

/** What scoring needs of a candidate: where its quote is in the text, and the quote. */
type ScoredCandidate = Pick<Candidate, "start" | "end" | "quote">;

const contains = (c: ScoredCandidate, span: { start: number; end: number }) => c.start <= span.start && span.end <= c.end;

/** Recall and precision of the extraction on one labelled readout. */
export function scoreExtraction(text: string, labels: Pick<LabelledReadout, "meetingDate" | "pledges" | "notPledges">): ExtractionScore {
  return scoreCandidates(text, extractCandidates(text, { meetingDate: labels.meetingDate }).candidates, labels);
}

/**
 * Recall and precision of any candidates on one labelled readout, counted as for the extraction: a
 * pledge is found when a candidate contains its anchor. Also scores a second labeller's pledges
 * against the first's (scripts/extraction-agreement.ts).
 */
export function scoreCandidates(
  text: string,
  candidates: ScoredCandidate[],
  labels: Pick<LabelledReadout, "pledges" | "notPledges">,
): ExtractionScore {
  const pledgeSpans = labels.pledges.map((p) => ({ ...anchorSpan(text, p.anchor), anchor: p.anchor }));
  for (const p of labels.notPledges) anchorSpan(text, p.anchor);
  const missed = pledgeSpans.filter((span) => !candidates.some((c) => contains(c, span))).map((s) => s.anchor);
  const falseCandidates = candidates.filter((c) => !pledgeSpans.some((span) => contains(c, span)));
  const truePositives = candidates.length - falseCandidates.length;
  return {
    pledges: pledgeSpans.length,
    found: pledgeSpans.length - missed.length,
    proposed: candidates.length,
    nonPledges: falseCandidates.length,
    recall: (pledgeSpans.length - missed.length) / pledgeSpans.length,
    precision: candidates.length ? truePositives / candidates.length : 1,
    nonPledgesPerPledge: truePositives ? falseCandidates.length / truePositives : falseCandidates.length ? Infinity : 0,
    missed,
    falseCandidates: falseCandidates.map((c) => c.quote),
  };
}

/** Pooled figures over several readouts: recall over all their pledges, precision over all their candidates. */
export function poolScores(
  scores: ExtractionScore[],
): Pick<ExtractionScore, "pledges" | "found" | "proposed" | "nonPledges" | "recall" | "precision"> {
  const sum = (key: "pledges" | "found" | "proposed" | "nonPledges") => scores.reduce((n, s) => n + s[key], 0);
  const [pledges, found, proposed, nonPledges] = [sum("pledges"), sum("found"), sum("proposed"), sum("nonPledges")];
  return {
    pledges,
    found,
    proposed,
    nonPledges,
    recall: pledges ? found / pledges : 1,
    precision: proposed ? (proposed - nonPledges) / proposed : 1,
  };
}

/** A share as the reports print it ("87.3%"); "—" for none of none (a readout without pledges has no recall). */
export const percent = (x: number) => (Number.isNaN(x) ? "—" : `${Math.round(x * 1000) / 10}%`);
