/**
 * The learned model as the bundle carries it: per label one string, "bias threshold" and then
 * each weight followed by the features that have it, e.g. "-37 425 -8 jag vi 12 #person du".
 * Bias and weights are in tenths, the threshold in thousandths. Grouping the features by weight
 * makes the model about a fifth smaller in gzip than an object of feature → weight.
 */
import type { CommentLabelId } from '../types.ts';
import type { LearnedLabel, LearnedModel } from './types.ts';

export type PackedModel = Partial<Readonly<Record<CommentLabelId, string>>>;

const INTEGER = /^-?\d+$/;

export function unpack(packed: PackedModel): LearnedModel {
  const out: Partial<Record<CommentLabelId, LearnedLabel>> = {};
  for (const [label, text] of Object.entries(packed) as [CommentLabelId, string][]) {
    const [bias, threshold, ...rest] = text.split(' ');
    const weights: Record<string, number> = {};
    let w = 0;
    for (const t of rest) {
      if (INTEGER.test(t)) w = Number(t) / 10;
      else weights[t] = w;
    }
    out[label] = { bias: Number(bias) / 10, threshold: Number(threshold) / 1000, weights };
  }
  return out;
}

/** The inverse of unpack, for the training script; weights are rounded to tenths. */
export function pack(model: LearnedModel): PackedModel {
  const out: Partial<Record<CommentLabelId, string>> = {};
  for (const [label, m] of Object.entries(model) as [CommentLabelId, LearnedLabel][]) {
    const byWeight = new Map<number, string[]>();
    for (const [f, w] of Object.entries(m.weights)) {
      const k = Math.round(w * 10);
      if (k !== 0) byWeight.set(k, [...(byWeight.get(k) ?? []), f]);
    }
    const groups = [...byWeight].sort((a, b) => a[0] - b[0]).map(([k, fs]) => `${k} ${fs.sort().join(' ')}`);
    out[label] = [Math.round(m.bias * 10), Math.round(m.threshold * 1000), ...groups].join(' ');
  }
  return out;
}
