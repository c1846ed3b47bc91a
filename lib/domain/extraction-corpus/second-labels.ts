// A second, independent labelling of the blind held-out part (corpora G and H), made on 2026-11-28 by a
// helper who followed docs/extraction-labelling-guide.md and saw only the guide and the texts: not the
// first labels, the rules or any score. It measures how far two careful labellers agree on where the
// line falls (scripts/extraction-agreement.ts), which bounds how well any method can be judged against
// one labeller. The files are ./second-labels/<id>.json, as the helper wrote them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LabelledPledge } from "../extraction-fixtures/labels";

type SecondLabelFile = { id: string; items: (LabelledPledge & { pledge: boolean })[] };

const DIR = path.join(import.meta.dirname, "second-labels");

/** The second labeller's pledges and other sentences of a readout; null when it was not labelled twice. */
export function secondLabels(id: string): { pledges: LabelledPledge[]; notPledges: LabelledPledge[] } | null {
  const file = path.join(DIR, `${id}.json`);
  if (!existsSync(file)) return null;
  const { items } = JSON.parse(readFileSync(file, "utf8")) as SecondLabelFile;
  const label = ({ anchor, why }: LabelledPledge) => ({ anchor, why });
  return { pledges: items.filter((i) => i.pledge).map(label), notPledges: items.filter((i) => !i.pledge).map(label) };
}
