/**
 * Which context patterns fire on the corpus, and how often: for reviewing the lexicons. A pattern
 * that never fires may be too narrow or a duplicate of another; one that fires on clean comments
 * needs a look. Counts only findings that were kept (weak hints that never reached 1 do not count).
 * Usage: node scripts/rule-hits.ts [--split train|test|dev|all] [--zero] [--list name]
 *   --zero       lists only the patterns that never fired
 *   --list name  only the pattern list with this name (threat, spam, crime ...)
 */
import { classify } from '../src/lib/classifier/classify.ts';
import { patternLists } from '../src/lib/classifier/lexicon/index.ts';
import { splitItems, type SplitName } from './eval.ts';

const args = process.argv.slice(2);
const at = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const split = (at('--split') ?? 'train') as SplitName;
const only = at('--list');
const items = splitItems(split);
const hits = new Map<string, { all: number; clean: number }>();
for (const it of items) {
  const seen = new Set<string>();
  // Pattern rules are reported per label (p12:spam); counted here per pattern.
  classify(it.text, { onRule: (r) => seen.add(r.replace(/:.*$/, '')) });
  for (const r of seen) {
    const h = hits.get(r) ?? { all: 0, clean: 0 };
    h.all++;
    if (it.labels.length === 0) h.clean++;
    hits.set(r, h);
  }
}
console.log(`${items.length} comments (${split} split); hits · on clean comments · list: pattern`);
let id = 0;
let zero = 0;
for (const list of patternLists) {
  for (const entry of list.entries) {
    const h = hits.get(`p${id++}`) ?? { all: 0, clean: 0 };
    if (h.all === 0) zero++;
    if (only && list.name !== only) continue;
    if (args.includes('--zero') && h.all > 0) continue;
    console.log(`${String(h.all).padStart(4)} ${String(h.clean).padStart(3)}  ${list.name}: ${entry.pattern}`);
  }
}
console.log(`${zero} of ${id} patterns never fired`);
