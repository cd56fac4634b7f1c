/**
 * The learned model after the rules: for each label the rules did not find and whose probability
 * reaches the label's threshold, one finding that points at the words that weighed most, in the
 * original text, and names them. Linear in the number of features (one map lookup each).
 */
import { commentLabelIds } from '../../../data/guideline/labels.ts';
import { quote } from '../explain.ts';
import type { TokenInfo } from '../matching/patterns.ts';
import type { CommentLabelId, Finding } from '../types.ts';
import type { LearnedModel } from './types.ts';

/** What each label is about, for "… förekommer ofta i …" (profanity and personal data are never learned). */
const TOPIC: Readonly<Partial<Record<CommentLabelId, string>>> = {
  'personal-attack': 'personangrepp och förolämpningar',
  discrimination: 'kränkande uttalanden om grupper',
  'hate-harassment': 'hot och trakasserier',
  'violence-pornography': 'våldsskildringar och porr',
  'crime-incitement': 'uppmaningar till brott',
  copyright: 'delning av upphovsrättsligt skyddat material',
  spam: 'reklam och spam',
};

interface Compiled {
  labels: CommentLabelId[];
  /** Feature → pairs of (label index, weight): each feature of a comment is looked up once for all labels. */
  index: Map<string, number[]>;
}

const compiled = new WeakMap<LearnedModel, Compiled>();

function compile(model: LearnedModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  const labels = commentLabelIds.filter((l) => model[l]);
  const index = new Map<string, number[]>();
  labels.forEach((l, k) => {
    for (const [f, w] of Object.entries(model[l]!.weights)) {
      const list = index.get(f);
      if (list) list.push(k, w);
      else index.set(f, [k, w]);
    }
  });
  c = { labels, index };
  compiled.set(model, c);
  return c;
}

/** Whether the model has a label the rules did not find, i.e. whether features are worth computing. */
export function learnedCanAdd(model: LearnedModel, found: ReadonlySet<string>): boolean {
  return compile(model).labels.some((l) => !found.has(l));
}

/** Findings for labels the rules did not find; `features` from learnedFeatures over the same tokens. */
export function learnedFindings(model: LearnedModel, features: ReadonlyMap<string, number>, infos: readonly TokenInfo[], found: ReadonlySet<string>, text: string): Finding[] {
  const { labels, index } = compile(model);
  const z = labels.map((l) => model[l]!.bias);
  const hits: [number, number[]][] = [];
  for (const [f, at] of features) {
    const list = index.get(f);
    if (!list) continue;
    hits.push([at, list]);
    for (let i = 0; i < list.length; i += 2) z[list[i]] += list[i + 1];
  }
  const out: Finding[] = [];
  labels.forEach((label, k) => {
    const p = 1 / (1 + Math.exp(-z[k]));
    if (found.has(label) || !(p >= model[label]!.threshold)) return;
    // Each feature lends its weight to the word it came from.
    const byWord = new Map<number, number>();
    for (const [at, list] of hits) {
      for (let i = 0; i < list.length; i += 2) if (list[i] === k && list[i + 1] > 0) byWord.set(at, (byWord.get(at) ?? 0) + list[i + 1]);
    }
    // Name the telling words: little ones ("som", "dem") only when nothing longer weighed.
    const sorted = [...byWord].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const long = sorted.filter(([i]) => infos[i].tok.text.length > 3);
    const best = (long.length > 0 ? long : sorted).slice(0, 3);
    if (best.length === 0) return;
    const tok = infos[best[0][0]].tok;
    const named = [...new Set(best.map(([i]) => quote(text.slice(infos[i].tok.start, infos[i].tok.end))))];
    const probability = Math.round(p * 100) / 100;
    out.push({
      label,
      start: tok.start,
      end: tok.end,
      text: text.slice(tok.start, tok.end),
      matched: best.map(([i]) => infos[i].tok.text).join(' '),
      methods: ['learned'],
      explanation: `${named.length === 1 ? 'Ordet' : 'Orden'} ${named.join(', ')} förekommer ofta i ${TOPIC[label] ?? 'sådana kommentarer'} (inlärd modell, sannolikhet ${String(probability).replace('.', ',')}).`,
      severity: p >= 0.85 ? 'medium' : 'low',
      confidence: probability,
    });
  });
  return out;
}
