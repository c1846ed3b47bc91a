// Prints the extraction's recall and precision on every labelled readout, as the README's tables: the
// four test fixtures, then the real-readout corpus by part (development, held out, second development, fresh held
// out, blind held out, second blind held out) with each part's
// pooled figures. Misses and false candidates are printed (stderr) for the fixtures and the two
// development parts only: the held-out part is scored, never read while rules change
// (`--show-held-out` prints its misses too, for the README once the rules are final).
//
// Readouts whose text the repository may not keep are scored when CT_EXTRACTION_TEXTS names a folder
// holding them (<id>.txt, checked against the labelled text's SHA-256); otherwise they are listed as
// not at hand.
import { readFileSync } from "node:fs";
import path from "node:path";
import { percent, poolScores, scoreExtraction, type ExtractionScore } from "@/lib/domain/extraction-evaluation";
import { LABELLED_READOUTS } from "@/lib/domain/extraction-fixtures/labels";
import { CORPUS, corpusText, type CorpusPart } from "@/lib/domain/extraction-corpus";

const root = path.resolve(import.meta.dirname, "..");
const showHeldOut = process.argv.includes("--show-held-out");
// While rules change: `--development` scores the fixtures and the development part only.
const developmentOnly = process.argv.includes("--development");

const HEADER = "| Readout | Source | Pledges (labelled) | Found | Candidates | Non-pledges proposed | Recall | Precision |";
const RULE = "|---|---|---|---|---|---|---|---|";
const row = (
  name: string,
  source: string,
  s: Pick<ExtractionScore, "pledges" | "found" | "proposed" | "nonPledges" | "recall" | "precision">,
) =>
  `| ${name} | ${source} | ${s.pledges} | ${s.found} | ${s.proposed} | ${s.nonPledges} | ${percent(s.recall)} | ${percent(s.precision)} |`;

function explain(name: string, s: ExtractionScore) {
  for (const m of s.missed) console.error(`  missed (${name}): ${m}`);
  for (const f of s.falseCandidates) console.error(`  non-pledge proposed (${name}): ${f.slice(0, 160)}`);
}

console.log("Test fixtures (lib/domain/extraction-fixtures)\n");
console.log(HEADER);
console.log(RULE);
for (const labels of LABELLED_READOUTS) {
  const s = scoreExtraction(readFileSync(path.join(root, labels.file), "utf8"), labels);
  console.log(row(labels.name, labels.heldOut ? "fixture, held out" : "fixture", s));
  explain(labels.name, s);
}

// The blind held-out part (corpora G and H) was scored once, with the rules of 28 Nov 2026 (after the
// precision changes); the second blind held-out part (corpora I, J and K) once, with the rules after
// the checkability test. Their misses are printed only with --show-held-out.
const parts: CorpusPart[] = developmentOnly
  ? ["development", "second-development"]
  : ["development", "held-out", "second-development", "fresh-held-out", "blind-held-out", "blind-held-out-2"];
for (const part of parts) {
  console.log(`\nReal readouts, ${part} part (lib/domain/extraction-corpus)\n`);
  console.log(HEADER);
  console.log(RULE);
  const scores: ExtractionScore[] = [];
  const missing: string[] = [];
  for (const readout of CORPUS.filter((r) => r.part === part)) {
    const text = corpusText(readout);
    if (text === null) {
      missing.push(readout.id);
      continue;
    }
    const s = scoreExtraction(text, readout);
    scores.push(s);
    console.log(row(readout.name, `${readout.source}${readout.stored ? "" : " (text supplied)"}`, s));
    if (part === "development" || part === "second-development" || showHeldOut) explain(readout.id, s);
  }
  console.log(row(`**All ${scores.length} readouts of the ${part} part**`, "", poolScores(scores)));
  if (missing.length) console.log(`\nNot at hand (set CT_EXTRACTION_TEXTS to a folder holding them): ${missing.join(", ")}`);
}
