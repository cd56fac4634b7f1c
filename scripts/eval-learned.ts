/**
 * Measures what the learned component adds: the figures of `npm run eval` for (a) the rules alone
 * and (b) the rules plus the learned model (what classify does), side by side.
 * Usage: node scripts/eval-learned.ts [--split test|train|dev|holdout|all] [--added] [--bench]
 *   --added  lists every comment where the learned model added a label (right or wrong); not on test
 *   --bench  also times both on the corpus and gives the model's share of the browser bundle
 */
import { classify } from '../src/lib/classifier/classify.ts';
import { score, type Scores } from '../src/lib/classifier/evaluation/metrics.ts';
import { learnedModel } from '../src/lib/classifier/learned/model.ts';
import { splitItems, type SplitName } from './eval.ts';
import { modelBytes } from './train-classifier.ts';

const rulesAlone = { model: {} };

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function table(a: Scores, b: Scores): void {
  console.log('                          rules alone                rules + learned');
  console.log('label                   prec   rec    F1         prec   rec    F1      support');
  a.perLabel.forEach((s, i) => {
    const t = b.perLabel[i];
    const mark = t.f1 > s.f1 + 1e-9 ? '  ↑' : t.f1 < s.f1 - 1e-9 ? '  ↓' : '';
    console.log(`${s.label.padEnd(22)}${s.precision.toFixed(3).padStart(6)}${s.recall.toFixed(3).padStart(7)}${s.f1.toFixed(3).padStart(7)}    ${t.precision.toFixed(3).padStart(6)}${t.recall.toFixed(3).padStart(7)}${t.f1.toFixed(3).padStart(7)}${String(s.support).padStart(10)}${mark}`);
  });
  const row = (name: string, x: string, y: string): void => console.log(`${name.padEnd(24)}${x.padStart(12)}${y.padStart(27)}`);
  console.log('');
  row('macro-F1', a.macroF1.toFixed(3), b.macroF1.toFixed(3));
  row('clean comments flagged', pct(a.cleanFlagged), pct(b.cleanFlagged));
  row('recall on evasions', pct(a.evasionRecall), pct(b.evasionRecall));
  row('question accuracy', pct(a.questionAccuracy), pct(b.questionAccuracy));
  row('exact label sets', pct(a.exactMatch), pct(b.exactMatch));
}

function throughput(texts: readonly string[], f: (t: string) => unknown): number {
  for (let i = 0; i < 3; i++) for (const t of texts) f(t);
  const rounds = Math.max(1, Math.ceil(20_000 / texts.length));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) f(t);
  return (rounds * texts.length * 1000) / (performance.now() - t0);
}

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--split');
  const split = (i >= 0 ? args[i + 1] : 'test') as SplitName;
  const items = splitItems(split);
  const rules = items.map((it) => classify(it.text, rulesAlone));
  const learned = items.map((it) => classify(it.text));
  const a = score(items, rules);
  const b = score(items, learned);
  console.log(`Split: ${split} (${a.n} comments, ${a.cleanCount} clean, ${a.evasionCount} evasions); learned labels: ${Object.keys(learnedModel).join(', ')}\n`);
  table(a, b);
  if (args.includes('--added') && split !== 'test') {
    console.log('\nLabels added by the learned model (✓ right, ✗ wrong):');
    items.forEach((it, k) => {
      for (const f of learned[k].findings) {
        if (rules[k].labels.includes(f.label)) continue;
        const ok = it.labels.includes(f.label);
        console.log(`${ok ? '✓' : '✗'} ${it.id} ${f.label} ${f.confidence} [${it.labels.join(',')}] ${it.text.replace(/\n/g, ' ⏎ ').slice(0, 140)}\n    ${f.explanation}`);
      }
    });
  }
  if (args.includes('--bench')) {
    const texts = splitItems('all').map((it) => it.text);
    const r = throughput(texts, (t) => classify(t, rulesAlone));
    const l = throughput(texts, (t) => classify(t));
    console.log(`\ncomments per second     rules ${Math.round(r).toLocaleString('sv-SE')}, rules + learned ${Math.round(l).toLocaleString('sv-SE')}   (target ≥ 20 000)`);
    const model = modelBytes(learnedModel);
    console.log(`model data (packed)     ${model} bytes gzip (the whole bundle: npm run bench -- --size)`);
  }
}

main();
