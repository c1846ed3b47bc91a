// `npm run extraction:agreement`: how far two careful labellers agree on the blind held-out part
// (corpora G and H), each following docs/extraction-labelling-guide.md without seeing the other's
// labels. Two measures, per readout and pooled:
// - sentence by sentence: the share of sentences both labelled that they labelled alike, and Cohen's
//   kappa (agreement beyond what chance would give);
// - the second labeller scored as if it were the extraction (each sentence it calls a pledge is a
//   candidate; lib/domain/extraction-evaluation.ts counts as for the rules): the recall and precision a
//   careful human reaches against the first labels, beside the extraction's own.
import { percent, poolScores, scoreCandidates, scoreExtraction, type ExtractionScore } from "@/lib/domain/extraction-evaluation";
import { CORPUS, corpusText } from "@/lib/domain/extraction-corpus";
import { secondLabels } from "@/lib/domain/extraction-corpus/second-labels";
import type { LabelledPledge } from "@/lib/domain/extraction-fixtures/labels";
import { splitSentences, type Sentence } from "@/lib/domain/sentences";

type Verdict = "pledge" | "not" | null;

/** Each sentence's label: a pledge when a pledge's anchor starts in it, else not when another anchor does. */
function sentenceVerdicts(
  text: string,
  sentences: Sentence[],
  labels: { pledges: LabelledPledge[]; notPledges: LabelledPledge[] },
): Verdict[] {
  const starts = (anchors: LabelledPledge[]) => anchors.map((a) => text.indexOf(a.anchor));
  const pledges = starts(labels.pledges);
  const others = starts(labels.notPledges);
  const inside = (s: Sentence, at: number[]) => at.some((i) => s.start <= i && i < s.end);
  return sentences.map((s) => (inside(s, pledges) ? "pledge" : inside(s, others) ? "not" : null));
}

type Agreement = { both: number; alike: number; pledgeBoth: number; firstPledge: number; secondPledge: number };

function kappa(a: Agreement): number {
  const observed = a.alike / a.both;
  const p1 = a.firstPledge / a.both;
  const p2 = a.secondPledge / a.both;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  return (observed - chance) / (1 - chance);
}

const total: Agreement = { both: 0, alike: 0, pledgeBoth: 0, firstPledge: 0, secondPledge: 0 };
const human: ExtractionScore[] = [];
const rules: ExtractionScore[] = [];

console.log(
  "| Readout | Sentences labelled by both | Labelled alike | Pledge sentences (first / second / both) | Second labeller's recall | Its precision | Extraction's recall | Its precision |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const readout of CORPUS.filter((r) => r.part === "blind-held-out")) {
  const second = secondLabels(readout.id);
  const text = corpusText(readout);
  if (!second || text === null) continue;
  const sentences = splitSentences(text);
  const first = sentenceVerdicts(text, sentences, readout);
  const other = sentenceVerdicts(text, sentences, second);
  const a: Agreement = { both: 0, alike: 0, pledgeBoth: 0, firstPledge: 0, secondPledge: 0 };
  first.forEach((v, i) => {
    const w = other[i];
    if (v === null || w === null) return;
    a.both++;
    if (v === w) a.alike++;
    if (v === "pledge") a.firstPledge++;
    if (w === "pledge") a.secondPledge++;
    if (v === "pledge" && w === "pledge") a.pledgeBoth++;
  });
  for (const key of Object.keys(total) as (keyof Agreement)[]) total[key] += a[key];
  const candidates = sentences.filter((_, i) => other[i] === "pledge").map((s) => ({ start: s.start, end: s.end, quote: s.text }));
  const h = scoreCandidates(text, candidates, readout);
  const r = scoreExtraction(text, readout);
  human.push(h);
  rules.push(r);
  console.log(
    `| ${readout.name} | ${a.both} | ${percent(a.alike / a.both)} | ${a.firstPledge} / ${a.secondPledge} / ${a.pledgeBoth} | ${percent(h.recall)} | ${percent(h.precision)} | ${percent(r.recall)} | ${percent(r.precision)} |`,
  );
  for (const m of h.missed) console.error(`  first labeller's pledge the second did not call one (${readout.id}): ${m}`);
  for (const f of h.falseCandidates)
    console.error(`  second labeller's pledge sentence with no first-labeller pledge (${readout.id}): ${f.slice(0, 160)}`);
}
const h = poolScores(human);
const r = poolScores(rules);
console.log(
  `| **All ${human.length} readouts** | ${total.both} | ${percent(total.alike / total.both)} (kappa ${kappa(total).toFixed(2)}) | ${total.firstPledge} / ${total.secondPledge} / ${total.pledgeBoth} | ${percent(h.recall)} | ${percent(h.precision)} | ${percent(r.recall)} | ${percent(r.precision)} |`,
);
