// Prints the extraction's recall and precision on every labelled readout, as the README's table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { scoreExtraction } from "@/lib/domain/extraction-evaluation";
import { LABELLED_READOUTS } from "@/lib/domain/extraction-fixtures/labels";

const root = path.resolve(import.meta.dirname, "..");
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

console.log("| Readout | Pledges (labelled) | Found | Candidates | Non-pledges proposed | Recall | Precision | Non-pledges per pledge |");
console.log("|---|---|---|---|---|---|---|---|");
for (const labels of LABELLED_READOUTS) {
  const s = scoreExtraction(readFileSync(path.join(root, labels.file), "utf8"), labels);
  console.log(
    `| ${labels.name} | ${s.pledges} | ${s.found} | ${s.proposed} | ${s.nonPledges} | ${pct(s.recall)} | ${pct(s.precision)} | ${s.nonPledgesPerPledge.toFixed(2)} |`,
  );
  for (const m of s.missed) console.error(`  missed (${labels.name}): ${m}`);
  for (const f of s.falseCandidates) console.error(`  non-pledge proposed (${labels.name}): ${f.slice(0, 120)}`);
}
