/**
 * Trains the learned component of the comment classifier and writes it as the data module
 * src/lib/classifier/learned/model.ts. Deterministic: the same corpus gives the same model.
 *
 * - Weights: logistic regression per label on the train split of tests/fixtures/corpus and the
 *   dev corpus (tests/fixtures/corpus-dev). The test split is never read.
 * - Settings and thresholds: 5-fold cross-validation. A label's threshold is chosen on the
 *   out-of-fold probabilities of the DEV comments only: the rules were written from the train
 *   split and find almost everything there, so only comments the rules were not written from
 *   show what the model adds. Together the thresholds may flag at most MAX_NEW_CLEAN_SHARE of the
 *   clean comments (train and dev, out of fold) on top of the rules.
 *
 * Usage: node scripts/train-classifier.ts [--quick] [--dry-run]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CommentLabelId } from '../src/data/guideline/labels.ts';
import { classify } from '../src/lib/classifier/classify.ts';
import type { CorpusItem } from '../src/lib/classifier/evaluation/metrics.ts';
import { fnv1a } from '../src/lib/classifier/evaluation/split.ts';
import { probability, trainLabel, vocabulary, type LabelModel, type TrainDoc, type TrainOptions } from '../src/lib/classifier/learned/train.ts';
import { pack } from '../src/lib/classifier/learned/packed.ts';
import type { LearnedLabel, LearnedModel } from '../src/lib/classifier/learned/types.ts';
import { browserBundleSize, CLASSIFIER_BUNDLE_LIMIT } from './browser-bundle.ts';
import { splitItems } from './eval.ts';

/** Labels the model may add. Profanity and personal data are exact things (a word, a number) that the rules find; a guess there would not be explainable. */
export const LEARNED_LABELS: readonly CommentLabelId[] = ['personal-attack', 'discrimination', 'hate-harassment', 'violence-pornography', 'crime-incitement', 'copyright', 'spam'];
const FOLDS = 5;
/**
 * Share of the clean comments the model may flag on top of the rules (out of fold), all labels
 * together. The target allows 3 % in all. On fresh writers the model flagged about 2.5 times what
 * this estimate said (November 2026: 0.5 % here, +1.2 points on parts l–o). At 0.2 % the 9,600 dev
 * comments pushed the discrimination threshold to 0.95, and on eight fresh writers (parts al–as)
 * discrimination F1 fell from 0.78 to 0.69 while the rules alone flagged 1.3 % of clean comments;
 * 0.4 % lets it back in (dev F1 of the learned labels 0.736 → 0.745).
 */
const MAX_NEW_CLEAN_SHARE = 0.004;

/**
 * A threshold is never below this probability. On fresh writers (parts j and k, November 2026)
 * models with thresholds of 0.5–0.6 flagged 3–5 points more clean comments than their out-of-fold
 * estimate; at 0.7 and above they flagged none more.
 */
const MIN_THRESHOLD = 0.7;

/** Which kinds of feature a model may use (see features.ts). */
type FeatureSet = 'all' | 'no-words' | 'no-categories';

interface Config extends TrainOptions {
  set: FeatureSet;
}

interface Prepared {
  item: CorpusItem;
  dev: boolean;
  features: string[];
  rules: Set<string>;
  fold: number;
}

/** The features of a comment exactly as classify computes them, with the rules alone. */
function prepare(items: readonly CorpusItem[], dev: boolean): Prepared[] {
  return items.map((item) => {
    let features: string[] = [];
    const c = classify(item.text, { model: {}, onFeatures: (f) => (features = [...f.keys()]) });
    return { item, dev, features, rules: new Set(c.labels), fold: fnv1a('cv:' + item.id) % FOLDS };
  });
}

function select(features: readonly string[], set: FeatureSet): string[] {
  if (set === 'all') return [...features];
  return features.filter((f) => (set === 'no-categories' ? f[0] !== '#' : f[0] === '#' || f.endsWith('-')));
}

function trainAll(prep: readonly Prepared[], cfg: Config): Record<string, LabelModel> {
  const out: Record<string, LabelModel> = {};
  for (const l of LEARNED_LABELS) {
    const docs: TrainDoc[] = prep.map((p) => ({ features: select(p.features, cfg.set), labels: new Set(p.item.labels) }));
    out[l] = trainLabel(docs, l, vocabulary(docs, cfg.minDf), cfg);
  }
  return out;
}

function outOfFold(prep: readonly Prepared[], cfg: Config): Map<string, Float64Array> {
  const oof = new Map<string, Float64Array>(LEARNED_LABELS.map((l) => [l, new Float64Array(prep.length)]));
  for (let k = 0; k < FOLDS; k++) {
    const models = trainAll(prep.filter((p) => p.fold !== k), cfg);
    prep.forEach((p, i) => {
      if (p.fold !== k) return;
      for (const l of LEARNED_LABELS) oof.get(l)![i] = probability(models[l], select(p.features, cfg.set));
    });
  }
  return oof;
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Dev F1 of one label for rules + learned at threshold t. */
function devF1(prep: readonly Prepared[], probs: Float64Array, label: CommentLabelId, t: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  prep.forEach((p, i) => {
    if (!p.dev) return;
    const gold = p.item.labels.includes(label);
    const said = p.rules.has(label) || probs[i] >= t;
    if (said && gold) tp++;
    else if (said) fp++;
    else if (gold) fn++;
  });
  return f1(tp, fp, fn);
}

/** Indexes of the clean comments (train and dev, out of fold) the rules leave alone but the model would flag at these thresholds. */
function newlyFlaggedClean(prep: readonly Prepared[], oof: ReadonlyMap<string, Float64Array>, thresholds: Readonly<Record<string, number>>): Set<number> {
  const out = new Set<number>();
  prep.forEach((p, i) => {
    if (p.item.labels.length > 0 || p.rules.size > 0) return;
    if (LEARNED_LABELS.some((l) => oof.get(l)![i] >= thresholds[l])) out.add(i);
  });
  return out;
}

const STEPS = Array.from({ length: Math.round((0.95 - MIN_THRESHOLD) / 0.025) + 1 }, (_, k) => Math.round((0.95 - 0.025 * k) * 1000) / 1000);

/**
 * Thresholds for all labels together. Greedy: starting with every label off, repeatedly lower
 * the one threshold that raises a label's dev F1 the most, as long as all labels together flag at
 * most MAX_NEW_CLEAN_SHARE of the clean comments that the rules leave alone (out of fold, train
 * and dev: the rules' recall on train says nothing, but a clean comment is clean anywhere).
 */
function chooseThresholds(prep: readonly Prepared[], oof: ReadonlyMap<string, Float64Array>): Record<string, number> {
  const thresholds: Record<string, number> = Object.fromEntries(LEARNED_LABELS.map((l) => [l, Infinity]));
  const clean = prep.filter((p) => p.item.labels.length === 0).length;
  const budget = Math.floor(MAX_NEW_CLEAN_SHARE * clean);
  const score = new Map(LEARNED_LABELS.map((l) => [l, devF1(prep, oof.get(l)!, l, Infinity)]));
  for (;;) {
    let best: { label: CommentLabelId; t: number; gain: number } | undefined;
    for (const l of LEARNED_LABELS) {
      for (const t of STEPS) {
        if (t >= thresholds[l]) continue;
        // A gain must be more than one comment's worth of luck.
        const gain = devF1(prep, oof.get(l)!, l, t) - score.get(l)!;
        if (gain <= 0.005 || (best && gain <= best.gain)) continue;
        if (newlyFlaggedClean(prep, oof, { ...thresholds, [l]: t }).size > budget) continue;
        best = { label: l, t, gain };
      }
    }
    if (!best) return thresholds;
    thresholds[best.label] = best.t;
    score.set(best.label, score.get(best.label)! + best.gain);
  }
}

interface Report {
  cfg: Config;
  thresholds: Record<string, number>;
  perLabel: Record<string, [number, number]>;
  before: number;
  after: number;
  newClean: number;
}

function crossValidate(prep: readonly Prepared[], cfg: Config): Report {
  const oof = outOfFold(prep, cfg);
  const thresholds = chooseThresholds(prep, oof);
  const perLabel: Record<string, [number, number]> = {};
  let before = 0;
  let after = 0;
  for (const l of LEARNED_LABELS) {
    perLabel[l] = [devF1(prep, oof.get(l)!, l, Infinity), devF1(prep, oof.get(l)!, l, thresholds[l])];
    before += perLabel[l][0];
    after += perLabel[l][1];
  }
  const newClean = newlyFlaggedClean(prep, oof, thresholds).size / prep.filter((p) => p.item.labels.length === 0).length;
  return { cfg, thresholds, perLabel, before: before / LEARNED_LABELS.length, after: after / LEARNED_LABELS.length, newClean };
}

function grid(quick: boolean): Config[] {
  if (process.env.GRID) return JSON.parse(process.env.GRID) as Config[];
  // Leaving out words or categories lost 0.02–0.04 dev F1 in November 2026; more than 40 features
  // per label gained nothing measurable (0.803 with 40, 0.805 with 80) and costs bundle bytes.
  // Other settings: GRID='[{"set":"no-words","lambda":0.001,"keep":40,"minDf":2}]'.
  const out: Config[] = [];
  for (const lambda of quick ? [0.0003] : [0.0003, 0.001]) for (const keep of quick ? [40] : [25, 30, 35, 40]) out.push({ set: 'all', lambda, keep, minDf: 2 });
  return out;
}

/** The trained labels that have a threshold, as the model classify uses. */
function toLearnedModel(models: Record<string, LabelModel>, thresholds: Record<string, number>): LearnedModel {
  const model: Partial<Record<CommentLabelId, LearnedLabel>> = {};
  for (const l of LEARNED_LABELS) {
    if (Number.isFinite(thresholds[l])) model[l] = { bias: models[l].bias, threshold: thresholds[l], weights: models[l].weights };
  }
  return model;
}

/** The packed model as the object literal that model.ts hands to unpack. */
function packedLiteral(model: LearnedModel): string {
  return ['{', ...Object.entries(pack(model)).map(([l, text]) => `  '${l}': ${JSON.stringify(text)},`), '}'].join('\n');
}

/** What the model adds to the browser bundle, about: its packed literal, gzipped. Shared with eval-learned. */
export function modelBytes(model: LearnedModel): number {
  return gzipSync(packedLiteral(model), { level: 9 }).byteLength;
}

const MODEL_FILE = 'src/lib/classifier/learned/model.ts';

/**
 * The browser bundle (engine, data and this model) in gzip bytes. The rules take what they need of
 * the 40 KB and the model gets the rest: a model is only chosen if the whole bundle fits.
 */
async function bundleWith(model: LearnedModel): Promise<number> {
  return (await browserBundleSize({ file: 'src/lib/classifier/index.ts' }, { file: MODEL_FILE, contents: renderModel(model) })).gzip;
}

export function renderModel(model: LearnedModel): string {
  return [
    '/**',
    ' * The learned component of the comment classifier: per label, a logistic regression over words,',
    ' * word beginnings ("utrot-") and lexicon categories ("#group"), packed as packed.ts describes.',
    ' * GENERATED by scripts/train-classifier.ts: do not edit by hand.',
    ' */',
    "import { unpack } from './packed.ts';",
    '',
    `export const learnedModel = unpack(${packedLiteral(model)});`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const prep = [...prepare(splitItems('train'), false), ...prepare(splitItems('dev'), true)];
  const devCount = prep.filter((p) => p.dev).length;
  console.log(`Training on ${prep.length} comments (train split and ${devCount} dev), thresholds on the dev comments out of fold\n`);
  let best: Report | undefined;
  let models: Record<string, LabelModel> = {};
  for (const cfg of grid(args.includes('--quick'))) {
    const r = crossValidate(prep, cfg);
    const on = Object.values(r.thresholds).filter(Number.isFinite).length;
    const m = trainAll(prep, cfg);
    const bytes = modelBytes(toLearnedModel(m, r.thresholds));
    const bundle = await bundleWith(toLearnedModel(m, r.thresholds));
    const fits = bundle <= CLASSIFIER_BUNDLE_LIMIT;
    console.log(`${cfg.set.padEnd(9)} λ=${String(cfg.lambda).padEnd(6)} keep=${String(cfg.keep).padEnd(3)}  dev F1 of the learned labels: rules ${r.before.toFixed(3)} → +learned ${r.after.toFixed(3)}  (${on} labels on, +${(r.newClean * 100).toFixed(1)} % clean flagged, model ${bytes} bytes gzip, bundle ${bundle}${fits ? '' : ': too big'})`);
    if (fits && (!best || r.after > best.after + 1e-9)) {
      best = r;
      models = m;
    }
  }
  if (!best) {
    console.log(`No model fits: the bundle must stay under ${CLASSIFIER_BUNDLE_LIMIT} bytes gzip.`);
    return;
  }
  console.log(`\nChosen: ${JSON.stringify(best.cfg)}`);
  for (const l of LEARNED_LABELS) {
    const t = best.thresholds[l];
    console.log(`  ${l.padEnd(22)} threshold ${Number.isFinite(t) ? t.toFixed(3) : 'off  '}  dev F1 ${best.perLabel[l][0].toFixed(3)} → ${best.perLabel[l][1].toFixed(3)} (out of fold)`);
  }
  const source = renderModel(toLearnedModel(models, best.thresholds));
  const count = LEARNED_LABELS.filter((l) => Number.isFinite(best.thresholds[l])).reduce((a, l) => a + Object.keys(models[l].weights).length, 0);
  console.log(`\nModel: ${count} weights, ${(source.length / 1024).toFixed(1)} KB source, ${(gzipSync(source, { level: 9 }).byteLength / 1024).toFixed(1)} KB gzip`);
  if (args.includes('--dry-run')) return;
  const out = join(import.meta.dirname, '..', 'src', 'lib', 'classifier', 'learned', 'model.ts');
  writeFileSync(out, source);
  console.log(`Wrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
