import type { Cue } from "./extraction";

// A small trained model beside the extraction's rules (scripts/extraction-train.ts trains it and writes its
// weights to tmp/extraction-model.json; none are shipped, since it did not beat the rules on publishers it
// had not seen: see that script). It reads a sentence as a bag of named features: the cues the rules found in it
// and their score, its words and word pairs, and a few shapes (a modal verb, a future year, an amount, a
// list marker). A logistic regression weighs them into the probability that the sentence holds a pledge.
// Deterministic and local: the same sentence always gets the same probability, and the features that
// pushed it most are the model's reason, shown beside the cues.

export type ExtractionModel = {
  /** How the model is used: "filter" keeps a rules' candidate at `keepAt` or more and proposes any other sentence at `rescueAt` or more. */
  keepAt: number;
  rescueAt: number;
  bias: number;
  weights: Record<string, number>;
  /** How it was trained and validated (documentation, printed by the training script). */
  trainedOn?: string;
  lambda?: number;
};

export type ModelVerdict = { probability: number; reasons: string[] };

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const REPORTING_PAST =
  /\b(?:held|discussed|noted|exchanged|reviewed|welcomed|expressed|recalled|highlighted|emphasi[sz]ed|underlined|stressed|commended|praised|met|visited|attended|signed|briefed|took place|was held|were held)\b/i;

/** The words of a sentence, lower-cased: a year is "#year", any other number "#num". */
export function modelTokens(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu) ?? []).map((t) =>
    /^\d/.test(t) ? (/^(?:19|20)\d\d$/.test(t) ? "#year" : "#num") : t.replace(/’/g, "'").replace(/[-']+$/, ""),
  );
}

/**
 * The sentence's features, by readable name: "cue:agreed to", "score:3", "w:establish", "w:will establish",
 * "shape:future year". The cues and score are the rules' (findCues, scoreCues, with a list item's lead-in).
 */
export function modelFeatures(sentence: string, cues: Cue[], score: number, meetingYear: number): string[] {
  const features = new Set<string>();
  for (const cue of cues) features.add(`cue:${cue.label}`);
  features.add(`score:${score >= 4 ? "4+" : score <= 0 ? "0-" : String(score)}`);
  const tokens = modelTokens(sentence);
  for (let i = 0; i < tokens.length; i++) {
    features.add(`w:${tokens[i]}`);
    if (i + 1 < tokens.length) features.add(`w:${tokens[i]} ${tokens[i + 1]}`);
  }
  const shape = (name: string, test: boolean) => test && features.add(`shape:${name}`);
  shape("will", /\bwill\b/i.test(sentence));
  shape("shall", /\bshall\b/i.test(sentence));
  shape("would", /\bwould\b/i.test(sentence));
  const years = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  shape(
    "future year",
    years.some((y) => y >= meetingYear),
  );
  shape(
    "past year",
    years.some((y) => y < meetingYear),
  );
  shape("month named", MONTH.test(sentence));
  shape("number or amount", /[$€£]|\b\d|\b(?:million|billion|percent|per cent)\b/i.test(sentence));
  shape("list marker", /^\s*[-–—•*▪●]\s+\S/.test(sentence));
  shape("first-person plural", /\b(?:we|our|us)\b/i.test(sentence));
  shape("past reporting verb", REPORTING_PAST.test(sentence));
  shape("importance of", /\b(?:importance|significance|value) of\b/i.test(sentence));
  shape("agreed that", /\bagreed that\b/i.test(sentence));
  shape("ends in a colon", /:\s*$/.test(sentence));
  shape("opens with -ing", /^\W*\p{Lu}\p{Ll}+ing\b/u.test(sentence));
  shape("had been / was first", /\b(?:had been|had|was first|were first|previously|since)\b/i.test(sentence));
  const words = tokens.length;
  shape(
    words <= 6 ? "length ≤ 6 words" : words <= 15 ? "length 7–15 words" : words <= 35 ? "length 16–35 words" : "length > 35 words",
    true,
  );
  return [...features];
}

/** A feature's name as the review page shows it: "'agreed to' cue", "'will establish'", "future year". */
export function describeFeature(feature: string): string {
  const [kind, ...rest] = feature.split(":");
  const name = rest.join(":");
  if (kind === "cue") return `'${name}' cue`;
  if (kind === "score") return `rules' score ${name}`;
  if (kind === "w") return `'${name}'`;
  return name;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that the sentence holds a pledge, and the three features that pushed it most towards its verdict. */
export function applyModel(model: Pick<ExtractionModel, "bias" | "weights">, features: string[]): ModelVerdict {
  let z = model.bias;
  const present: [string, number][] = [];
  for (const f of features) {
    const w = model.weights[f];
    if (w === undefined) continue;
    z += w;
    present.push([f, w]);
  }
  const probability = sigmoid(z);
  // Towards a pledge when the model says pledge, towards a non-pledge otherwise; ties by name, so the order is stable.
  const sign = probability >= 0.5 ? 1 : -1;
  const reasons = present
    .filter(([, w]) => w * sign > 0)
    .sort((a, b) => b[1] * sign - a[1] * sign || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([f]) => describeFeature(f));
  return { probability, reasons };
}
