// Trains a small model for the extraction (lib/domain/extraction-model.ts: features and inference) on every
// labelled readout whose text is at hand, and validates it against the rules:
//
//   npx tsx scripts/extraction-train.ts              train on everything; write the weights to tmp/extraction-model.json
//   npx tsx scripts/extraction-train.ts --evaluate   first print the leave-one-publisher-out evaluation (about a minute)
//
// Options: --mode=mix|model (how the written model would be used), --recall=0.92 (the recall the thresholds are
// chosen for), --steps=300, --exclude=<regex> (leave out features by name, to compare feature sets), --show (with
// --evaluate: the second blind part's sentences where the mix and the labels disagree), --out=<file>.
//
// The third blind held-out part (corpora L and M) is left out: it judges the next method, once.
//
// One example per sentence (and per list item) as the extractor cuts the readout (readSentences): label 1
// when it holds a labelled pledge's anchor, 0 when it holds only non-pledge anchors; a sentence without an
// anchor is skipped. The features are the model module's (cues, the rules' score, words and word pairs,
// shapes); the word vocabulary is chosen from the training sentences only (seen in 3 or more of them). The
// model is an L2-regularised logistic regression fitted by full-batch Adam for a fixed number of steps from
// zero: the same data give the same weights.
//
// Validation leaves one publisher out (the readouts' `source`, grouped by government), and chooses the
// regularisation (by log loss) and the thresholds (best precision at the target recall) inside each training
// fold (leaving one of its publishers out again), so the held-out publisher is never seen before it is scored.
// Figures are pooled over the folds, per sentence and through scoreCandidates (the candidates of
// extractCandidates with the fold's model against the labels), beside the rules' on the same readouts.
//
// Result (28 Nov 2026, 118 readouts, 1,391 sentences, 374 with a pledge, 14 publisher groups), through
// scoreCandidates, recall · precision:
//   all parts     rules 93.4 % · 83.6 %   model alone 93.6 % · 82.7 %   mix (filter + rescue) 92.9 % · 83.5 %
//   corpora I–K   rules 83.3 % · 52.9 %   model alone 87.5 % · 55.8 %   mix 83.3 % · 53.4 %
// The pooled figure clears 90 % / 80 % only because the rules' cues were tuned on corpora A–H: on the same folds
// the rules alone do as well. On corpora I–K, the only readouts the cues were not tuned on, the model lifts
// precision by 3 points, far from 80 %; without the cues (words and shapes only) it proposes at 51 % precision.
// So the model is not shipped: extractCandidates uses it only when given one (its `model` option).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractCandidates, isProposed, readSentences, type ReadSentence } from "@/lib/domain/extraction";
import { CORPUS, corpusText } from "@/lib/domain/extraction-corpus";
import { anchorSpan, percent, poolScores, scoreCandidates, type ExtractionScore } from "@/lib/domain/extraction-evaluation";
import { LABELLED_READOUTS, type LabelledPledge } from "@/lib/domain/extraction-fixtures/labels";
import { describeFeature, modelFeatures, sigmoid, type ExtractionModel } from "@/lib/domain/extraction-model";

const root = path.resolve(import.meta.dirname, "..");
const evaluate = process.argv.includes("--evaluate");
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
/** The recall the thresholds are chosen for (sentence level, on the training fold's own held-out predictions). */
const RECALL_TARGET = Number(arg("recall", "0.92"));
/** How the model is used: "mix" filters the rules' candidates and rescues sentences they miss; "model" alone decides. */
const MODE = arg("mode", "mix") as "mix" | "model";
// Not shipped (see the figures above): written under tmp/ for inspection, ignored by git.
const MODEL_FILE = path.join(root, arg("out", "tmp/extraction-model.json"));
const LAMBDAS = [0.5, 1, 2, 4, 8];
const STEPS = Number(arg("steps", "300"));
/** Leaves out the features whose names match (for comparing feature sets): --exclude=^w: */
const EXCLUDE = process.argv.some((a) => a.startsWith("--exclude=")) ? new RegExp(arg("exclude", "")) : null;
const LEARNING_RATE = 0.05;
const MIN_WORD_COUNT = 3;
const MAX_WORDS = 2500;

// ---------------------------------------------------------------------------------------------------------
// The labelled readouts and their sentences.

type Readout = {
  id: string;
  group: string;
  part: string;
  text: string;
  meetingDate: string;
  pledges: LabelledPledge[];
  notPledges: LabelledPledge[];
};

/** The publisher, grouped by government (an embassy's, a spokesperson's and a republished page's with their ministry's). */
function publisherGroup(source: string): string {
  const groups: [RegExp, string][] = [
    [/White House|US Department of State|US Embassy/i, "United States"],
    [/^UK Government/i, "United Kingdom"],
    [/Japan/i, "Japan"],
    [/Korea/i, "Republic of Korea"],
    [/Kremlin/i, "Russia"],
    [/Australia/i, "Australia"],
    [/Canada/i, "Canada"],
    [/European|EEAS|Council of the EU/i, "European Union"],
    [/Philippines/i, "Philippines"],
    [/Ireland/i, "Ireland"],
    [/New Zealand/i, "New Zealand"],
    [/India/i, "India"],
  ];
  return groups.find(([pattern]) => pattern.test(source))?.[1] ?? source;
}

function loadReadouts(): Readout[] {
  const fixtures = LABELLED_READOUTS.map((labels) => ({
    id: labels.file,
    // The JSPG readout is a real one (Türkiye–Kazakhstan); the other three fixtures were written for the tests.
    group: /jspg/.test(labels.file) ? "Türkiye–Kazakhstan (JSPG fixture)" : "invented fixtures",
    part: "fixtures",
    text: readFileSync(path.join(root, labels.file), "utf8"),
    meetingDate: labels.meetingDate,
    pledges: labels.pledges,
    notPledges: labels.notPledges,
  }));
  // The third blind part (corpora L and M) is kept blind for the next method: never trained or validated on.
  const corpus = CORPUS.filter((r) => r.part !== "blind-held-out-3").flatMap((r) => {
    const text = corpusText(r);
    return text === null
      ? []
      : [
          {
            id: r.id,
            group: publisherGroup(r.source),
            part: r.part,
            text,
            meetingDate: r.meetingDate,
            pledges: r.pledges,
            notPledges: r.notPledges,
          },
        ];
  });
  return [...fixtures, ...corpus];
}

type Example = { readout: Readout; read: ReadSentence; features: string[]; label: 0 | 1 };

function examplesOf(readout: Readout): Example[] {
  const spans = (labels: LabelledPledge[]) => labels.map(({ anchor }) => anchorSpan(readout.text, anchor));
  const pledges = spans(readout.pledges);
  const others = spans(readout.notPledges);
  const meetingYear = Number(readout.meetingDate.slice(0, 4));
  return readSentences(readout.text).flatMap((read) => {
    const overlaps = (s: { start: number; end: number }) => s.start < read.sentence.end && read.sentence.start < s.end;
    const label = pledges.some(overlaps) ? 1 : others.some(overlaps) ? 0 : null;
    if (label === null) return [];
    const features = modelFeatures(read.sentence.text, read.cues, read.score, meetingYear).filter((f) => !EXCLUDE?.test(f));
    return [{ readout, read, label, features }];
  });
}

// ---------------------------------------------------------------------------------------------------------
// The logistic regression.

type Fitted = { bias: number; weights: Map<string, number>; lambda: number };

/** The features kept for a training set: every cue, score and shape seen twice, the words and pairs seen in 3+ sentences (the most frequent MAX_WORDS). */
function chooseFeatures(train: Example[]): string[] {
  const counts = new Map<string, number>();
  for (const e of train) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([f, n]) => (f.startsWith("w:") ? n >= MIN_WORD_COUNT : n >= 2));
  const words = kept
    .filter(([f]) => f.startsWith("w:"))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS);
  return [...kept.filter(([f]) => !f.startsWith("w:")), ...words].map(([f]) => f).sort();
}

function fit(train: Example[], lambda: number): Fitted {
  const names = chooseFeatures(train);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = train.map((e) => Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const y = train.map((e) => e.label);
  const d = names.length + 1; // the last weight is the bias (not regularised)
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  const n = train.length;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= STEPS; step++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      let z = w[d - 1];
      for (let k = 0; k < row.length; k++) z += w[row[k]];
      const r = sigmoid(z) - y[i];
      for (let k = 0; k < row.length; k++) g[row[k]] += r;
      g[d - 1] += r;
    }
    for (let j = 0; j < d; j++) {
      const grad = (g[j] + (j < d - 1 ? lambda * w[j] : 0)) / n;
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      w[j] -= (LEARNING_RATE * (m[j] / (1 - b1 ** step))) / (Math.sqrt(v[j] / (1 - b2 ** step)) + eps);
    }
  }
  return { bias: w[d - 1], weights: new Map(names.map((f, i) => [f, w[i]])), lambda };
}

const predict = (model: Fitted, e: Example) => {
  let z = model.bias;
  for (const f of e.features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
};

// ---------------------------------------------------------------------------------------------------------
// Choosing the regularisation and the thresholds on a training set (leave one of its publishers out).

type Thresholds = { keepAt: number; rescueAt: number };
type Prediction = { p: number; label: 0 | 1; score: number };

const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

function sentenceFigures(predictions: Prediction[], t: Thresholds) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  for (const x of predictions) {
    const proposed = isProposed(x.score, x.p, t);
    if (x.label) pos++;
    if (proposed && x.label) tp++;
    if (proposed && !x.label) fp++;
  }
  return { recall: pos ? tp / pos : 1, precision: tp + fp ? tp / (tp + fp) : 1, tp, fp, pos };
}

/** The thresholds with the best precision at the target recall (or the best recall if none reaches it). */
function chooseThresholds(predictions: Prediction[], mode: "mix" | "model"): Thresholds {
  let best: { t: Thresholds; recall: number; precision: number } | null = null;
  for (const keepAt of THRESHOLDS)
    for (const rescueAt of mode === "model" ? [keepAt] : THRESHOLDS.filter((r) => r >= keepAt)) {
      const t = { keepAt, rescueAt };
      const { recall, precision } = sentenceFigures(predictions, t);
      const ok = recall >= RECALL_TARGET;
      const better =
        !best ||
        (ok && best.recall < RECALL_TARGET) ||
        (ok && precision > best.precision) ||
        (!ok && best.recall < RECALL_TARGET && recall > best.recall);
      if (better) best = { t, recall, precision };
    }
  return best!.t;
}

const logLoss = (predictions: Prediction[]) =>
  predictions.reduce((s, x) => s - Math.log(Math.max(1e-12, x.label ? x.p : 1 - x.p)), 0) / predictions.length;

/** Out-of-fold predictions on a training set, for one lambda, leaving each of its publishers out in turn. */
function outOfFold(train: Example[], lambda: number): Prediction[] {
  const groups = [...new Set(train.map((e) => e.readout.group))].sort();
  return groups.flatMap((group) => {
    const model = fit(
      train.filter((e) => e.readout.group !== group),
      lambda,
    );
    return train.filter((e) => e.readout.group === group).map((e) => ({ p: predict(model, e), label: e.label, score: e.read.score }));
  });
}

type Chosen = { lambda: number; mix: Thresholds; model: Thresholds; inner: Record<number, number> };

function choose(train: Example[]): Chosen {
  const inner: Record<number, number> = {};
  let best: { lambda: number; predictions: Prediction[]; loss: number } | null = null;
  for (const lambda of LAMBDAS) {
    const predictions = outOfFold(train, lambda);
    const loss = logLoss(predictions);
    inner[lambda] = loss;
    if (!best || loss < best.loss) best = { lambda, predictions, loss };
  }
  return {
    lambda: best!.lambda,
    mix: chooseThresholds(best!.predictions, "mix"),
    model: chooseThresholds(best!.predictions, "model"),
    inner,
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function toModel(fitted: Fitted, t: Thresholds, trainedOn: string): ExtractionModel {
  const weights: Record<string, number> = {};
  for (const [f, w] of [...fitted.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.0005) weights[f] = round(w);
  return { keepAt: t.keepAt, rescueAt: t.rescueAt, bias: round(fitted.bias), weights, trainedOn, lambda: fitted.lambda };
}

// ---------------------------------------------------------------------------------------------------------

const readouts = loadReadouts();
const examples = readouts.flatMap(examplesOf);
const groups = [...new Set(readouts.map((r) => r.group))].sort();
console.log(
  `${readouts.length} readouts, ${examples.length} sentences (${examples.filter((e) => e.label).length} with a pledge), ${groups.length} publisher groups; recall target ${RECALL_TARGET}, mode ${MODE}`,
);

if (evaluate) {
  type Method = "rules" | "model" | "mix";
  const methods: Method[] = ["rules", "model", "mix"];
  const sentencePredictions: Record<Method, (Prediction & { group: string })[]> = { rules: [], model: [], mix: [] };
  const scores: Record<Method, (ExtractionScore & { group: string; part: string })[]> = { rules: [], model: [], mix: [] };
  const folds: string[] = [];
  for (const group of groups) {
    const started = Date.now();
    const train = examples.filter((e) => e.readout.group !== group);
    const test = examples.filter((e) => e.readout.group === group);
    const chosen = choose(train);
    const fitted = fit(train, chosen.lambda);
    for (const e of test) {
      const p = predict(fitted, e);
      // --show: the second blind part's sentences where the mix and the labels disagree, with the rules' score and the model's probability.
      if (
        process.argv.includes("--show") &&
        e.readout.part === "blind-held-out-2" &&
        isProposed(e.read.score, p, chosen.mix) !== Boolean(e.label)
      )
        console.error(
          `${e.label ? "MISS" : "FALSE"} rules ${e.read.score} p ${p.toFixed(2)} [${group}] ${e.read.sentence.text.slice(0, 150)}`,
        );
      const score = e.read.score;
      const decided = (proposed: boolean) => ({ p: proposed ? 1 : 0, label: e.label, score, group });
      sentencePredictions.rules.push(decided(isProposed(score, null, null)));
      sentencePredictions.model.push(decided(isProposed(score, p, chosen.model)));
      sentencePredictions.mix.push(decided(isProposed(score, p, chosen.mix)));
    }
    for (const readout of readouts.filter((r) => r.group === group)) {
      const models: Record<Method, ExtractionModel | null> = {
        rules: null,
        model: toModel(fitted, chosen.model, group),
        mix: toModel(fitted, chosen.mix, group),
      };
      for (const method of methods) {
        const { candidates } = extractCandidates(readout.text, { meetingDate: readout.meetingDate, model: models[method] });
        scores[method].push({ ...scoreCandidates(readout.text, candidates, readout), group, part: readout.part });
      }
    }
    folds.push(
      `| ${group} | ${test.length} | ${chosen.lambda} | ${chosen.model.keepAt} | ${chosen.mix.keepAt} / ${chosen.mix.rescueAt} | ${((Date.now() - started) / 1000).toFixed(1)} s |`,
    );
    console.error(folds.at(-1));
  }
  console.log("\nFolds (regularisation and thresholds chosen inside each training fold)\n");
  console.log(
    "| Held-out publisher | Sentences | Lambda | Model alone: threshold | Mix: keep / rescue at | Time |\n|---|---|---|---|---|---|",
  );
  console.log(folds.join("\n"));

  const proposedAt = (x: Prediction) => x.p >= 0.5;
  const sentenceRow = (name: string, list: Prediction[]) => {
    const tp = list.filter((x) => proposedAt(x) && x.label).length;
    const fp = list.filter((x) => proposedAt(x) && !x.label).length;
    const pos = list.filter((x) => x.label).length;
    return `${tp}/${pos} ${percent(tp / pos)} · ${percent(tp / (tp + fp))} (${tp + fp})`;
  };
  const scoreRow = (list: ExtractionScore[]) => {
    const s = poolScores(list);
    return `${s.found}/${s.pledges} ${percent(s.recall)} · ${percent(s.precision)} (${s.proposed})`;
  };
  console.log("\nLeave one publisher out, sentence level: found/pledge sentences, recall · precision (sentences proposed)\n");
  console.log(`| Publisher group | ${methods.join(" | ")} |\n|---|---|---|---|`);
  for (const group of groups)
    console.log(
      `| ${group} | ${methods
        .map((m) =>
          sentenceRow(
            m,
            sentencePredictions[m].filter((x) => x.group === group),
          ),
        )
        .join(" | ")} |`,
    );
  console.log(`| **All** | ${methods.map((m) => sentenceRow(m, sentencePredictions[m])).join(" | ")} |`);

  console.log("\nLeave one publisher out, through scoreCandidates: found/pledges, recall · precision (candidates), by publisher group\n");
  console.log(`| Publisher group | ${methods.join(" | ")} |\n|---|---|---|---|`);
  for (const group of groups)
    console.log(`| ${group} | ${methods.map((m) => scoreRow(scores[m].filter((s) => s.group === group))).join(" | ")} |`);
  console.log(`| **All** | ${methods.map((m) => scoreRow(scores[m])).join(" | ")} |`);
  console.log("\nThe same, by part\n");
  console.log(`| Part | ${methods.join(" | ")} |\n|---|---|---|---|`);
  for (const part of [...new Set(readouts.map((r) => r.part))])
    console.log(`| ${part} | ${methods.map((m) => scoreRow(scores[m].filter((s) => s.part === part))).join(" | ")} |`);
}

// The model shipped: trained on everything, its regularisation and thresholds chosen the same way (leave one publisher out).
const chosen = choose(examples);
const fitted = fit(examples, chosen.lambda);
const model = toModel(
  fitted,
  MODE === "mix" ? chosen.mix : chosen.model,
  `${readouts.length} readouts, ${examples.length} sentences, ${groups.length} publisher groups; mode ${MODE}, recall target ${RECALL_TARGET}`,
);
mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `\nWrote ${path.relative(root, MODEL_FILE)}: ${Object.keys(model.weights).length} weights, lambda ${chosen.lambda} (inner log loss ${JSON.stringify(chosen.inner)}), keep at ${model.keepAt}, rescue at ${model.rescueAt}`,
);
const top = [...fitted.weights].sort((a, b) => b[1] - a[1]);
console.log(
  `Towards a pledge: ${top
    .slice(0, 15)
    .map(([f, w]) => `${describeFeature(f)} ${w.toFixed(2)}`)
    .join(", ")}`,
);
console.log(
  `Towards a non-pledge: ${top
    .slice(-15)
    .reverse()
    .map(([f, w]) => `${describeFeature(f)} ${w.toFixed(2)}`)
    .join(", ")}`,
);
