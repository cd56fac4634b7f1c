/**
 * Applies the learned model after the rules: for each label the rules did not find and whose
 * probability reaches the label's threshold, one finding that points at the words that weighed
 * most, in the original text, and names them. Pure TypeScript, no DOM or Node APIs; linear in
 * the length of the comment (one normalisation, one pass over its features).
 */
import { commentLabelIds } from '../../../data/guideline/labels.ts';
import type { Classification, CommentLabelId, Finding } from '../types.ts';
import { featurise, STOP_WORDS, type FeatureKinds } from './features.ts';
import { learnedModel } from './model.ts';
import { NO_ANSWER } from '../classify.ts';
import type { LearnedModel } from './types.ts';

/** What each label is about, for "… förekommer ofta i …". */
const TOPIC: Readonly<Record<CommentLabelId, string>> = {
  'personal-attack': 'personangrepp och förolämpningar',
  discrimination: 'kränkande uttalanden om grupper',
  'hate-harassment': 'hot och trakasserier',
  'violence-pornography': 'våldsskildringar och porr',
  'crime-incitement': 'uppmaningar till brott',
  copyright: 'delning av upphovsrättsligt skyddat material',
  profanity: 'svordomar',
  spam: 'reklam och spam',
  'personal-data': 'kommentarer med personuppgifter',
};


interface Compiled {
  labels: CommentLabelId[];
  bias: Float64Array;
  threshold: Float64Array;
  /** Feature → pairs of (label index, weight). */
  index: Map<string, number[]>;
  kinds: FeatureKinds;
}

let cachedModel: LearnedModel | undefined;
let cached: Compiled | undefined;

/** Inverts the model once so that each feature of a comment is looked up once for all labels. */
function compile(model: LearnedModel): Compiled {
  if (cached && cachedModel === model) return cached;
  const labels = commentLabelIds.filter((l) => model.labels[l] !== undefined);
  const index = new Map<string, number[]>();
  labels.forEach((l, k) => {
    for (const [f, w] of Object.entries(model.labels[l]!.weights)) {
      const list = index.get(f);
      if (list) list.push(k, w);
      else index.set(f, [k, w]);
    }
  });
  const c: Compiled = {
    labels,
    bias: Float64Array.from(labels, (l) => model.labels[l]!.bias),
    threshold: Float64Array.from(labels, (l) => model.labels[l]!.threshold),
    index,
    kinds: { prefixes: [...index.keys()].some((f) => f.endsWith('-')), pairs: [...index.keys()].some((f) => f.includes(' ')) },
  };
  cachedModel = model;
  cached = c;
  return c;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

const quote = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `”${one.length > 40 ? one.slice(0, 39) + '…' : one}”`;
};

/** The learned findings for labels the rules did not find; never throws. */
export function learnedFindings(text: string, existing: Classification, model: LearnedModel = learnedModel): Finding[] {
  try {
    return findingsUnchecked(typeof text === 'string' ? text : String(text ?? ''), existing, model);
  } catch {
    return [];
  }
}

function findingsUnchecked(input: string, existing: Classification, model: LearnedModel): Finding[] {
  const c = compile(model);
  if (c.labels.length === 0) return [];
  const have = new Set<string>(existing.labels);
  if (c.labels.every((l) => have.has(l))) return [];
  const text = input.length > existing.analysedLength ? input.slice(0, existing.analysedLength) : input;
  const { words, features } = featurise(text, c.kinds);
  if (words.length === 0) return [];
  const z = Float64Array.from(c.bias);
  const hits: [string, number[]][] = [];
  for (const f of features.keys()) {
    const list = c.index.get(f);
    if (!list) continue;
    hits.push([f, list]);
    for (let i = 0; i < list.length; i += 2) z[list[i]] += list[i + 1];
  }
  const out: Finding[] = [];
  for (let k = 0; k < c.labels.length; k++) {
    const label = c.labels[k];
    const p = sigmoid(z[k]);
    if (p < c.threshold[k] || have.has(label)) continue;
    // Each positive feature lends its weight to its word (a pair to both of its words).
    const score = new Map<number, number>();
    for (const [f, list] of hits) {
      let w = 0;
      for (let i = 0; i < list.length; i += 2) if (list[i] === k) w = list[i + 1];
      if (w <= 0) continue;
      const at = features.get(f)!;
      const pair = f.includes(' ');
      score.set(at, (score.get(at) ?? 0) + (pair ? w / 2 : w));
      if (pair) score.set(at + 1, (score.get(at + 1) ?? 0) + w / 2);
    }
    if (score.size === 0) continue;
    // The telling words first, little words ("du", "som") only when nothing else weighed.
    const best = [...score].sort((a, b) => Number(STOP_WORDS.has(words[a[0]].text)) - Number(STOP_WORDS.has(words[b[0]].text)) || b[1] - a[1] || a[0] - b[0]);
    // The span is the word that weighed most.
    const first = words[best[0][0]];
    const last = first;
    const named: string[] = [];
    for (const [i] of best) {
      const q = quote(text.slice(words[i].start, words[i].end));
      if (!named.includes(q)) named.push(q);
      if (named.length === 3) break;
    }
    const probability = Math.round(p * 100) / 100;
    out.push({
      label,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      matched: best.slice(0, 3).map(([i]) => words[i].text).join(' '),
      methods: ['context'],
      explanation: `${named.length === 1 ? 'Ordet' : 'Orden'} ${named.join(', ')} förekommer ofta i ${TOPIC[label]} (inlärd modell, sannolikhet ${String(probability).replace('.', ',')}).`,
      severity: p >= 0.85 ? 'medium' : 'low',
      confidence: probability,
    });
  }
  return out;
}

/** A new classification with the learned findings merged in: labels in the guideline's order, findings by position. */
export function withLearned(classification: Classification, text: string, model: LearnedModel = learnedModel): Classification {
  const extra = learnedFindings(text, classification, model);
  if (extra.length === 0) return classification;
  const findings = [...classification.findings, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
  const present = new Set<string>(findings.map((f) => f.label));
  return {
    ...classification,
    labels: commentLabelIds.filter((l) => present.has(l)),
    question: classification.question && !extra.some((f) => NO_ANSWER.has(f.label)),
    findings,
  };
}
