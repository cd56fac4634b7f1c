/**
 * Training for the learned component: one logistic regression per label over binary features
 * (see features.ts), L2-regularised, fitted by full-batch AdaGrad from zero in a fixed order so
 * that the same corpus always gives the same model. After a first fit only the K features with
 * the largest |weight| are kept and the model is fitted again on those alone: small, readable,
 * and less able to memorise. Used by scripts/train-classifier.ts and the unit tests; not part
 * of the browser bundle.
 */
export interface TrainDoc {
  features: readonly string[];
  /** Gold labels. */
  labels: ReadonlySet<string>;
}

export interface TrainOptions {
  /** L2 strength per document (the loss is the mean log loss plus lambda/2·|w|²). */
  lambda: number;
  /** Features kept per label after pruning. */
  keep: number;
  /** A feature must occur in at least this many training documents. */
  minDf: number;
  iterations?: number;
  /** 'lr' (default): logistic regression; 'nb': Bernoulli naive Bayes in its linear form, smoothed by alpha. */
  kind?: 'lr' | 'nb';
  alpha?: number;
}

export interface LabelModel {
  bias: number;
  /** Feature → weight, sorted by feature. */
  weights: Record<string, number>;
}

export function vocabulary(docs: readonly TrainDoc[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.features)) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= minDf).map(([f]) => f).sort();
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Fits one label over a fixed vocabulary; returns bias and a weight per vocabulary index. */
function fit(rows: readonly Int32Array[], y: Float64Array, nFeat: number, lambda: number, iterations: number): { bias: number; w: Float64Array } {
  const n = rows.length;
  const w = new Float64Array(nFeat);
  const gw = new Float64Array(nFeat);
  const hw = new Float64Array(nFeat);
  let b = 0;
  let hb = 0;
  const lr = 0.5;
  for (let it = 0; it < iterations; it++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      let z = b;
      for (let k = 0; k < r.length; k++) z += w[r[k]];
      const g = (sigmoid(z) - y[i]) / n;
      gb += g;
      for (let k = 0; k < r.length; k++) gw[r[k]] += g;
    }
    hb += gb * gb;
    b -= (lr * gb) / (Math.sqrt(hb) + 1e-8);
    for (let j = 0; j < nFeat; j++) {
      const g = gw[j] + lambda * w[j];
      hw[j] += g * g;
      w[j] -= (lr * g) / (Math.sqrt(hw[j]) + 1e-8);
    }
  }
  return { bias: b, w };
}

function rowsFor(docs: readonly TrainDoc[], index: ReadonlyMap<string, number>): Int32Array[] {
  return docs.map((d) => {
    const ids: number[] = [];
    for (const f of new Set(d.features)) {
      const j = index.get(f);
      if (j !== undefined) ids.push(j);
    }
    return Int32Array.from(ids.sort((a, b) => a - b));
  });
}

const round = (x: number, digits: number): number => {
  const p = 10 ** digits;
  const r = Math.round(x * p) / p;
  return r === 0 ? 0 : r;
};

/** Bernoulli naive Bayes written as a linear model over the features present. */
function naiveBayes(docs: readonly TrainDoc[], label: string, vocab: readonly string[], alpha: number): { bias: number; w: Float64Array } {
  const index = new Map(vocab.map((f, i) => [f, i]));
  const pos = new Float64Array(vocab.length);
  const neg = new Float64Array(vocab.length);
  let np = 0;
  let nn = 0;
  for (const d of docs) {
    const isPos = d.labels.has(label);
    if (isPos) np++;
    else nn++;
    for (const f of new Set(d.features)) {
      const j = index.get(f);
      if (j === undefined) continue;
      if (isPos) pos[j]++;
      else neg[j]++;
    }
  }
  let bias = Math.log((np + 1) / (nn + 1));
  const w = new Float64Array(vocab.length);
  for (let j = 0; j < vocab.length; j++) {
    const p = (pos[j] + alpha) / (np + 2 * alpha);
    const q = (neg[j] + alpha) / (nn + 2 * alpha);
    w[j] = Math.log(p / q) - Math.log((1 - p) / (1 - q));
    bias += Math.log((1 - p) / (1 - q));
  }
  return { bias, w };
}

/** Trains one label: fit on the whole vocabulary, keep the strongest features, fit again. */
export function trainLabel(docs: readonly TrainDoc[], label: string, vocab: readonly string[], opts: TrainOptions): LabelModel {
  const iterations = opts.iterations ?? 300;
  const y = Float64Array.from(docs, (d) => (d.labels.has(label) ? 1 : 0));
  const index = new Map(vocab.map((f, i) => [f, i]));
  const nb = opts.kind === 'nb';
  const alpha = opts.alpha ?? 0.5;
  const first = nb ? naiveBayes(docs, label, vocab, alpha) : fit(rowsFor(docs, index), y, vocab.length, opts.lambda, iterations);
  const order = [...vocab.keys()].sort((a, b) => Math.abs(first.w[b]) - Math.abs(first.w[a]) || (vocab[a] < vocab[b] ? -1 : 1));
  const kept = order.slice(0, opts.keep).filter((j) => Math.abs(first.w[j]) > 1e-3).map((j) => vocab[j]).sort();
  const keptIndex = new Map(kept.map((f, i) => [f, i]));
  const second = nb ? naiveBayes(docs, label, kept, alpha) : fit(rowsFor(docs, keptIndex), y, kept.length, opts.lambda, iterations);
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    const v = round(second.w[i], 1);
    if (v !== 0) weights[f] = v;
  });
  return { bias: round(second.bias, 1), weights };
}

export function probability(model: LabelModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return sigmoid(z);
}
