import { commentLabelIds, type CommentLabelId } from '../../../data/guideline/labels.ts';

/** One labelled comment of the corpus. */
export interface CorpusItem {
  id: string;
  text: string;
  labels: CommentLabelId[];
  question: boolean;
  evasion: boolean;
  hardNegative: boolean;
}

export interface Prediction {
  labels: readonly string[];
  question: boolean;
}

export interface LabelScore {
  label: CommentLabelId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  n: number;
  perLabel: LabelScore[];
  macroF1: number;
  /** Share of comments without labels that got at least one. */
  cleanFlagged: number;
  cleanCount: number;
  /** Share of evasion comments whose every true label was found. */
  evasionRecall: number;
  evasionCount: number;
  questionAccuracy: number;
  /** Share of comments whose label set was exactly right. */
  exactMatch: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function score(items: readonly CorpusItem[], predictions: readonly Prediction[]): Scores {
  const perLabel: LabelScore[] = commentLabelIds.map((label) => ({ label, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, support: 0 }));
  let clean = 0;
  let cleanFlagged = 0;
  let ev = 0;
  let evHit = 0;
  let qOk = 0;
  let exact = 0;
  items.forEach((item, i) => {
    const pred = new Set(predictions[i].labels);
    const gold = new Set<string>(item.labels);
    for (const s of perLabel) {
      const p = pred.has(s.label);
      const g = gold.has(s.label);
      if (g) s.support++;
      if (p && g) s.tp++;
      else if (p) s.fp++;
      else if (g) s.fn++;
    }
    if (gold.size === 0) {
      clean++;
      if (pred.size > 0) cleanFlagged++;
    }
    if (item.evasion && gold.size > 0) {
      ev++;
      if ([...gold].every((g) => pred.has(g))) evHit++;
    }
    if (predictions[i].question === item.question) qOk++;
    if (pred.size === gold.size && [...gold].every((g) => pred.has(g))) exact++;
  });
  for (const s of perLabel) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  }
  return {
    n: items.length,
    perLabel,
    macroF1: perLabel.reduce((a, s) => a + s.f1, 0) / perLabel.length,
    cleanFlagged: ratio(cleanFlagged, clean),
    cleanCount: clean,
    evasionRecall: ratio(evHit, ev),
    evasionCount: ev,
    questionAccuracy: ratio(qOk, items.length),
    exactMatch: ratio(exact, items.length),
  };
}

/** Reads JSON Lines text into corpus items, skipping blank lines; throws with the line number on a bad line. */
export function parseCorpus(jsonl: string, source = 'corpus'): CorpusItem[] {
  const out: CorpusItem[] = [];
  const lines = jsonl.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let o: Partial<CorpusItem>;
    try {
      o = JSON.parse(line) as Partial<CorpusItem>;
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.labels)) throw new Error(`${source}:${i + 1}: needs id, text and labels`);
    out.push({ id: o.id, text: o.text, labels: o.labels, question: o.question === true, evasion: o.evasion === true, hardNegative: o.hardNegative === true });
  });
  return out;
}
