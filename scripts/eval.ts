/**
 * Measures the classifier on the labelled corpus: per-label precision, recall and F1, macro-F1,
 * the share of clean comments flagged, recall on evasions and question accuracy.
 * Usage: npm run eval [-- --split train|test|dev|holdout|all] [--errors] [--json]
 * The test split is for reporting only: tune on train. `dev` is a separate corpus
 * (tests/fixtures/corpus-dev), written blind after the rules were tuned, for decisions that must
 * not be made on test (such as which rules to drop to keep the bundle small). `holdout`
 * (tests/fixtures/corpus-holdout) is eight more blind parts that neither the rules nor the model
 * were built from: the nearest thing here to a corpus written by someone else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/lib/classifier/index.ts';
import { parseCorpus, score, type CorpusItem, type Scores } from '../src/lib/classifier/evaluation/metrics.ts';
import { splitOf } from '../src/lib/classifier/evaluation/split.ts';

export const corpusDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus');
export const devDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus-dev');
export const holdoutDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus-holdout');
export type SplitName = 'train' | 'test' | 'dev' | 'holdout' | 'all';

export function loadCorpus(dir = corpusDir): CorpusItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
}

/** The comments of a split; `dev` and `holdout` are corpora of their own, not part of `all`. */
export function splitItems(split: SplitName, dir = corpusDir): CorpusItem[] {
  if (split === 'dev') return loadCorpus(devDir);
  if (split === 'holdout') return loadCorpus(holdoutDir);
  return loadCorpus(dir).filter((it) => split === 'all' || splitOf(it.id) === split);
}

export function evaluate(split: SplitName, dir = corpusDir): { scores: Scores; items: CorpusItem[]; predictions: ReturnType<typeof classify>[] } {
  const items = splitItems(split, dir);
  const predictions = items.map((it) => classify(it.text));
  return { scores: score(items, predictions), items, predictions };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--split');
  const split = (i >= 0 ? args[i + 1] : 'test') as SplitName;
  if (!['train', 'test', 'dev', 'holdout', 'all'].includes(split)) throw new Error('--split must be train, test, dev, holdout or all');
  const { scores, items, predictions } = evaluate(split);
  if (args.includes('--json')) {
    console.log(JSON.stringify(scores, null, 2));
    return;
  }
  console.log(`Split: ${split} (${scores.n} comments, ${scores.cleanCount} clean, ${scores.evasionCount} evasions)\n`);
  console.log('label                 precision  recall     F1   support');
  for (const s of scores.perLabel) {
    console.log(`${s.label.padEnd(22)}${s.precision.toFixed(3).padStart(9)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}${String(s.support).padStart(10)}`);
  }
  console.log(`\nmacro-F1                ${scores.macroF1.toFixed(3)}`);
  console.log(`clean comments flagged  ${pct(scores.cleanFlagged)}`);
  console.log(`recall on evasions      ${pct(scores.evasionRecall)}`);
  console.log(`question accuracy       ${pct(scores.questionAccuracy)}`);
  console.log(`exact label sets        ${pct(scores.exactMatch)}`);
  if (args.includes('--errors')) {
    console.log('\nErrors (gold → predicted):');
    items.forEach((it, k) => {
      const p = predictions[k];
      const gold = [...it.labels].sort().join(',');
      const pred = [...p.labels].sort().join(',');
      if (gold !== pred || (args.includes('--questions') && p.question !== it.question)) {
        console.log(`${it.id} [${gold}] → [${pred}]${p.question !== it.question ? ` q:${it.question}→${p.question}` : ''} ${it.text.replace(/\n/g, ' ⏎ ')}`);
      }
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
