/**
 * Trains the learned component of the comment classifier on the TRAIN split only, chooses its
 * settings and thresholds by 5-fold cross-validation within that split, and writes the model as
 * the data module src/lib/classifier/learned/model.ts. The output is deterministic.
 * Usage: node scripts/train-classifier.ts [--quick] [--dry-run]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify } from '../src/lib/classifier/classify.ts';
import { commentLabelIds, type CommentLabelId } from '../src/data/guideline/labels.ts';
import { fnv1a, splitOf } from '../src/lib/classifier/evaluation/split.ts';
import type { CorpusItem } from '../src/lib/classifier/evaluation/metrics.ts';
import { featurise } from '../src/lib/classifier/learned/features.ts';
import { probability, trainLabel, vocabulary, type LabelModel, type TrainDoc, type TrainOptions } from '../src/lib/classifier/learned/train.ts';
import type { LearnedLabel, LearnedModel } from '../src/lib/classifier/learned/types.ts';
import { PREFIX } from '../src/lib/classifier/learned/features.ts';
import { loadCorpus } from './eval.ts';

/** Labels the model may add. Profanity and personal data are exact things (a word, a number) that the rules find; a guess there would not be explainable. */
export const LEARNED_LABELS: readonly CommentLabelId[] = ['personal-attack', 'discrimination', 'hate-harassment', 'violence-pornography', 'crime-incitement', 'copyright', 'spam'];
const FOLDS = 5;
/** Smoothed precision a threshold must reach out of fold: tp / (tp + fp + 1). */
const MIN_PRECISION = 0.85;
/** At most this share of the clean training comments may pass a label's threshold out of fold. */
const MAX_CLEAN_SHARE = 0;
const MIN_TP = 4;

type FeatureSet = 'all' | 'no-pairs' | 'no-prefix' | 'words';

interface Config extends TrainOptions {
  set: FeatureSet;
}

function select(features: Iterable<string>, set: FeatureSet): string[] {
  const out: string[] = [];
  for (const f of features) {
    const pair = f.includes(' ');
    const prefix = f.endsWith('-');
    if (pair && (set === 'no-pairs' || set === 'words')) continue;
    if (prefix && (set === 'no-prefix' || set === 'words')) continue;
    out.push(f);
  }
  return out;
}

interface Prepared {
  item: CorpusItem;
  features: string[];
  rules: Set<string>;
  fold: number;
}

function prepare(items: readonly CorpusItem[]): Prepared[] {
  return items.map((item) => ({
    item,
    features: [...featurise(item.text).features.keys()],
    rules: new Set(classify(item.text).labels),
    fold: fnv1a('cv:' + item.id) % FOLDS,
  }));
}

function docsOf(prep: readonly Prepared[], set: FeatureSet): TrainDoc[] {
  return prep.map((p) => ({ features: select(p.features, set), labels: new Set(p.item.labels) }));
}

export function trainModel(prep: readonly Prepared[], cfg: Config, labels: readonly CommentLabelId[]): Record<string, LabelModel> {
  const docs = docsOf(prep, cfg.set);
  const vocab = vocabulary(docs, cfg.minDf);
  const out: Record<string, LabelModel> = {};
  for (const l of labels) out[l] = trainLabel(docs, l, vocab, cfg);
  return out;
}

/** Out-of-fold probability per comment and label. */
function outOfFold(prep: readonly Prepared[], cfg: Config): Map<string, Float64Array> {
  const oof = new Map<string, Float64Array>(LEARNED_LABELS.map((l) => [l, new Float64Array(prep.length)]));
  for (let k = 0; k < FOLDS; k++) {
    const trainPart = prep.filter((p) => p.fold !== k);
    const models = trainModel(trainPart, cfg, LEARNED_LABELS);
    prep.forEach((p, i) => {
      if (p.fold !== k) return;
      const feats = select(p.features, cfg.set);
      for (const l of LEARNED_LABELS) oof.get(l)![i] = probability(models[l], feats);
    });
  }
  return oof;
}

function averagePrecision(probs: Float64Array, gold: readonly boolean[]): number {
  const idx = [...probs.keys()].sort((a, b) => probs[b] - probs[a] || a - b);
  const total = gold.filter(Boolean).length;
  let tp = 0;
  let sum = 0;
  idx.forEach((i, rank) => {
    if (gold[i]) {
      tp++;
      sum += tp / (rank + 1);
    }
  });
  return total === 0 ? 0 : sum / total;
}

/** The lowest threshold (≥ 0.5) whose out-of-fold hits are precise and rarely clean; Infinity when none is. */
function chooseThreshold(probs: Float64Array, prep: readonly Prepared[], label: string): number {
  const cleanCount = prep.filter((p) => p.item.labels.length === 0).length;
  const cands = [...new Set([...probs].filter((x) => x >= 0.05))].sort((a, b) => a - b);
  for (const t of cands) {
    let tp = 0;
    let fp = 0;
    let clean = 0;
    prep.forEach((p, i) => {
      if (probs[i] < t) return;
      if (p.item.labels.includes(label as CommentLabelId)) tp++;
      else {
        fp++;
        if (p.item.labels.length === 0) clean++;
      }
    });
    if (tp >= MIN_TP && tp / (tp + fp + 1) >= MIN_PRECISION && clean <= MAX_CLEAN_SHARE * cleanCount) {
      // Midway to the next lower probability, so that the comments below stay below.
      const lower = cands[cands.indexOf(t) - 1] ?? 0.05;
      return Math.round(((t + lower) / 2) * 1000) / 1000;
    }
  }
  return Infinity;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

interface CvReport {
  cfg: Config;
  meanAp: number;
  ap: Record<string, number>;
  thresholds: Record<string, number>;
  rulesMacro: number;
  combinedMacro: number;
  rulesClean: number;
  combinedClean: number;
  perLabel: Record<string, [number, number]>;
}

function crossValidate(prep: readonly Prepared[], cfg: Config): CvReport {
  const oof = outOfFold(prep, cfg);
  const ap: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  for (const l of LEARNED_LABELS) {
    const probs = oof.get(l)!;
    ap[l] = averagePrecision(probs, prep.map((p) => p.item.labels.includes(l)));
    thresholds[l] = chooseThreshold(probs, prep, l);
  }
  const perLabel: Record<string, [number, number]> = {};
  let rulesSum = 0;
  let combSum = 0;
  for (const l of commentLabelIds) {
    let rtp = 0, rfp = 0, rfn = 0, ctp = 0, cfp = 0, cfn = 0;
    prep.forEach((p, i) => {
      const g = p.item.labels.includes(l);
      const r = p.rules.has(l);
      const c = r || (oof.has(l) && oof.get(l)![i] >= thresholds[l]);
      if (r && g) rtp++; else if (r) rfp++; else if (g) rfn++;
      if (c && g) ctp++; else if (c) cfp++; else if (g) cfn++;
    });
    perLabel[l] = [f1(rtp, rfp, rfn), f1(ctp, cfp, cfn)];
    rulesSum += perLabel[l][0];
    combSum += perLabel[l][1];
  }
  let clean = 0, rClean = 0, cClean = 0;
  prep.forEach((p, i) => {
    if (p.item.labels.length > 0) return;
    clean++;
    const r = p.rules.size > 0;
    if (r) rClean++;
    if (r || LEARNED_LABELS.some((l) => oof.get(l)![i] >= thresholds[l])) cClean++;
  });
  const vals = Object.values(ap);
  return {
    cfg,
    meanAp: vals.reduce((a, b) => a + b, 0) / vals.length,
    ap,
    thresholds,
    rulesMacro: rulesSum / commentLabelIds.length,
    combinedMacro: combSum / commentLabelIds.length,
    rulesClean: rClean / clean,
    combinedClean: cClean / clean,
    perLabel,
  };
}

/** The higher out-of-fold macro-F1 of rules + learned, as long as no more clean comments are flagged; then the higher mean AP. */
function better(a: CvReport, b: CvReport): boolean {
  const okA = a.combinedClean <= a.rulesClean + 1e-9;
  const okB = b.combinedClean <= b.rulesClean + 1e-9;
  if (okA !== okB) return okA;
  if (Math.abs(a.combinedMacro - b.combinedMacro) > 1e-9) return a.combinedMacro > b.combinedMacro;
  return a.meanAp > b.meanAp + 1e-9;
}

function grid(quick: boolean): Config[] {
  const out: Config[] = [];
  if (process.env.GRID) return JSON.parse(process.env.GRID) as Config[];
  const sets: FeatureSet[] = quick ? ['all'] : ['all', 'no-pairs', 'words'];
  for (const set of sets) for (const lambda of quick ? [0.001] : [0.0003, 0.001]) for (const keep of quick ? [50] : [40, 60]) for (const minDf of [2]) out.push({ set, lambda, keep, minDf });
  return out;
}

export function renderModel(models: Record<string, LabelModel>, thresholds: Record<string, number>): string {
  const labels: Partial<Record<CommentLabelId, LearnedLabel>> = {};
  const model: LearnedModel = { prefix: PREFIX, labels };
  for (const l of LEARNED_LABELS) {
    const t = thresholds[l];
    if (!Number.isFinite(t)) continue;
    const m = models[l];
    const entry: LearnedLabel = { bias: m.bias, threshold: t, weights: m.weights };
    labels[l] = entry;
  }
  const body = JSON.stringify(model, null, 1).replace(/\n\s*/g, ' ').replace(/"(\w+)":/g, '$1:');
  return [
    '/**',
    ' * The learned component of the comment classifier: per label, a logistic regression over',
    ' * normalised words, word beginnings ("utrot-") and word pairs. GENERATED by',
    ' * scripts/train-classifier.ts from the train split of tests/fixtures/corpus: do not edit by hand.',
    ' */',
    "import type { LearnedModel } from './types.ts';",
    '',
    `export const learnedModel: LearnedModel = ${body};`,
    '',
  ].join('\n');
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function main(): void {
  const args = process.argv.slice(2);
  const items = loadCorpus().filter((it) => splitOf(it.id) === 'train');
  const prep = prepare(items);
  console.log(`Training on the train split: ${prep.length} comments, ${FOLDS}-fold cross-validation\n`);
  let best: CvReport | undefined;
  for (const cfg of grid(args.includes('--quick'))) {
    const r = crossValidate(prep, cfg);
    const enabled = LEARNED_LABELS.filter((l) => Number.isFinite(r.thresholds[l])).length;
    console.log(`${(cfg.kind ?? 'lr').padEnd(3)} ${String(cfg.alpha ?? '').padEnd(4)} ${cfg.set.padEnd(10)} λ=${String(cfg.lambda).padEnd(6)} keep=${String(cfg.keep).padEnd(4)} minDf=${cfg.minDf}  meanAP ${r.meanAp.toFixed(3)}  macro-F1 rules ${r.rulesMacro.toFixed(3)} → +learned ${r.combinedMacro.toFixed(3)}  clean ${pct(r.rulesClean)} → ${pct(r.combinedClean)}  labels ${enabled}`);
    if (!best || better(r, best)) best = r;
  }
  if (!best) return;
  console.log(`\nChosen by out-of-fold macro-F1 of rules + learned (no more clean comments flagged): ${JSON.stringify(best.cfg)}`);
  for (const l of LEARNED_LABELS) {
    console.log(`  ${l.padEnd(22)} AP ${best.ap[l].toFixed(3)}  threshold ${Number.isFinite(best.thresholds[l]) ? best.thresholds[l].toFixed(2) : 'off '}  F1 rules ${best.perLabel[l][0].toFixed(3)} → ${best.perLabel[l][1].toFixed(3)} (out of fold)`);
  }
  const models = trainModel(prep, best.cfg, LEARNED_LABELS);
  const source = renderModel(models, best.thresholds);
  const size = gzipSync(source, { level: 9 }).byteLength;
  const count = Object.values(models).reduce((a, m) => a + Object.keys(m.weights).length, 0);
  console.log(`\nModel: ${count} weights, ${(source.length / 1024).toFixed(1)} KB source, ${(size / 1024).toFixed(1)} KB gzip`);
  if (args.includes('--dry-run')) return;
  const out = join(import.meta.dirname, '..', 'src', 'lib', 'classifier', 'learned', 'model.ts');
  writeFileSync(out, source);
  console.log(`Wrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
