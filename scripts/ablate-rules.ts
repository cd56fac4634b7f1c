/**
 * What each context pattern earns: for every pattern that fires on the train split or the dev
 * corpus, the comments whose labels get worse (or better) when that pattern alone is switched off.
 * The learned model stays off: it was trained on these comments and would cover them too well.
 * A pattern whose removal loses nothing is covered by other rules on all the text we have; when
 * the bundle needs bytes, those go first, the narrowest first.
 * Never reads the test split.
 * Usage: node scripts/ablate-rules.ts [--redundant] [--greedy]
 *   --redundant  only the patterns that lose nothing
 *   --greedy     switches them off one after another, narrowest first, keeping each off only if the
 *                labels of the train split and dev stay as good; prints the set that can go together
 */
import { classify } from '../src/lib/classifier/classify.ts';
import { patternLists } from '../src/lib/classifier/lexicon/index.ts';
import type { PatternEntry } from '../src/lib/classifier/lexicon/types.ts';
import { splitItems } from './eval.ts';

const RULES = { model: {} };
const items = [...splitItems('train'), ...splitItems('dev')];
const entries: { list: string; entry: PatternEntry }[] = patternLists.flatMap((l) => l.entries.map((entry) => ({ list: l.name, entry })));

/** Correct label decisions (over the nine labels) of one comment. */
function correct(gold: readonly string[], said: readonly string[]): number {
  let n = 0;
  for (const l of new Set([...gold, ...said])) if (gold.includes(l) && said.includes(l)) n++;
  return n - said.filter((l) => !gold.includes(l)).length;
}

const firedOn = new Map<number, number[]>();
const base = items.map((it, i) => {
  const seen = new Set<number>();
  const c = classify(it.text, { ...RULES, onRule: (r) => /^p\d+:/.test(r) && seen.add(Number(r.slice(1, r.indexOf(':')))) });
  for (const id of seen) firedOn.set(id, [...(firedOn.get(id) ?? []), i]);
  return correct(it.labels, c.labels);
});

const rows: { id: number; lost: number; gained: number; hits: number; line: string }[] = [];
for (const [id, on] of firedOn) {
  const { entry, list } = entries[id];
  const weight = entry.weight;
  entry.weight = 0;
  let lost = 0;
  let gained = 0;
  for (const i of on) {
    const d = correct(items[i].labels, classify(items[i].text, RULES).labels) - base[i];
    if (d < 0) lost -= d;
    else gained += d;
  }
  entry.weight = weight;
  rows.push({ id, lost, gained, hits: on.length, line: `${list}: ${entry.pattern}` });
}
const only = process.argv.includes('--redundant');
rows.sort((a, b) => a.lost - a.gained - (b.lost - b.gained) || b.line.length - a.line.length);
console.log(`${items.length} comments (train split and dev); lost · gained · hits  pattern`);
let bytes = 0;
for (const r of rows) {
  if (only && r.lost > r.gained) continue;
  if (r.lost <= r.gained) bytes += r.line.length;
  console.log(`${String(r.lost).padStart(3)} ${String(r.gained).padStart(3)} ${String(r.hits).padStart(4)}  p${r.id} ${r.line}`);
}
console.log(`${rows.filter((r) => r.lost <= r.gained).length} of ${rows.length} firing patterns lose nothing when removed alone (${bytes} characters of pattern text)`);

if (process.argv.includes('--greedy')) {
  // One at a time, so that two patterns covering each other are not both removed.
  const off: typeof rows = [];
  let chars = 0;
  // The narrowest first (fewest hits), the longest among equals: a pattern that fires often is a general one, likely to matter on text we have not seen.
  for (const r of rows.filter((x) => x.lost <= x.gained).sort((a, b) => a.hits - b.hits || b.line.length - a.line.length)) {
    const { entry } = entries[r.id];
    // What the law obliges us to remove stays, covered or not.
    if (entry.lawGround) continue;
    const weight = entry.weight;
    entry.weight = 0;
    let delta = 0;
    for (const i of firedOn.get(r.id)!) delta += correct(items[i].labels, classify(items[i].text, RULES).labels) - base[i];
    if (delta < 0) entry.weight = weight;
    else {
      off.push(r);
      chars += r.line.length;
      for (const i of firedOn.get(r.id)!) base[i] = correct(items[i].labels, classify(items[i].text, RULES).labels);
    }
  }
  console.log(`\nTogether, ${off.length} patterns can go (${chars} characters):`);
  for (const r of off) console.log(`  p${r.id} ${r.line}`);
}
