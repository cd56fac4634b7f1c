/**
 * Measures what the learned component adds: the figures of `npm run eval` on the TEST split for
 * (a) the rules alone and (b) the rules plus the learned model, side by side.
 * Usage: node scripts/eval-learned.ts [--split train|test|all] [--added] [--bench]
 *   --added  lists every comment where the learned model added a label (right or wrong)
 *   --bench  also times both on the corpus and bundles both for the browser (gzip size)
 */
import { gzipSync } from 'node:zlib';
import { classify } from '../src/lib/classifier/classify.ts';
import { score, type Scores } from '../src/lib/classifier/evaluation/metrics.ts';
import { splitOf } from '../src/lib/classifier/evaluation/split.ts';
import { withLearned } from '../src/lib/classifier/learned/apply.ts';
import { classify as classifyWithLearned } from '../src/lib/classifier/learned/classify.ts';
import { learnedModel } from '../src/lib/classifier/learned/model.ts';
import { browserBundleSize } from './browser-bundle.ts';
import { loadCorpus } from './eval.ts';

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

async function gzipOf(contents: string): Promise<number> {
  return (await browserBundleSize({ contents })).gzip;
}

function throughput(texts: readonly string[], f: (t: string) => unknown): number {
  for (let i = 0; i < 3; i++) for (const t of texts) f(t);
  const rounds = Math.max(1, Math.ceil(20_000 / texts.length));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) f(t);
  return (rounds * texts.length * 1000) / (performance.now() - t0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--split');
  const split = (i >= 0 ? args[i + 1] : 'test') as 'train' | 'test' | 'all';
  const all = loadCorpus();
  const items = all.filter((it) => split === 'all' || splitOf(it.id) === split);
  const rules = items.map((it) => classify(it.text));
  const learned = items.map((it, k) => withLearned(rules[k], it.text));
  const a = score(items, rules);
  const b = score(items, learned);
  const enabled = Object.keys(learnedModel.labels);
  console.log(`Split: ${split} (${a.n} comments, ${a.cleanCount} clean, ${a.evasionCount} evasions); learned labels: ${enabled.join(', ')}\n`);
  table(a, b);
  if (args.includes('--added')) {
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
    const texts = all.map((it) => it.text);
    const r = throughput(texts, (t) => classify(t));
    const l = throughput(texts, (t) => classifyWithLearned(t));
    console.log(`\ncomments per second     rules ${Math.round(r).toLocaleString('sv-SE')}, rules + learned ${Math.round(l).toLocaleString('sv-SE')}   (target ≥ 20 000)`);
    const base = await gzipOf("export * from './src/lib/classifier/index.ts';");
    const withModel = await gzipOf("export * from './src/lib/classifier/index.ts'; export { classify as classifyWithLearned } from './src/lib/classifier/learned/classify.ts';");
    const model = gzipSync(JSON.stringify(learnedModel), { level: 9 }).byteLength;
    console.log(`browser bundle gzip     rules ${(base / 1024).toFixed(1)} KB, rules + learned ${(withModel / 1024).toFixed(1)} KB (+${((withModel - base) / 1024).toFixed(1)} KB; model data alone ${(model / 1024).toFixed(1)} KB)   (target < 40 KB)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
