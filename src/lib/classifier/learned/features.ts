/**
 * Features of the learned component, read from what the rules already computed, so nothing is
 * normalised twice and "j4vla" or "i d i o t" are ordinary words here too:
 * - a word ("hotar") and, for longer words, its first five letters ("hotade" → "hotad-"),
 *   because Swedish inflects and compounds; a name (a capital inside a sentence) is only `#name`;
 * - `#category` for each lexicon category a word belongs to (`#group`, `#harm-verb`, `#insult` …):
 *   they generalise past the words the corpus happens to use.
 * What the rules decided is deliberately not a feature: they were written from the training
 * comments and know them too well, so a model leaning on them learns little (cross-validation on
 * the dev corpus preferred the model without them).
 */
import type { TokenInfo } from '../matching/patterns.ts';

/** Longer words also give their first PREFIX letters as a feature. */
export const PREFIX = 5;
/** Words read past this many are ignored: a comment's gist is in its first few hundred words. */
export const MAX_WORDS = 400;

const LOWER = /\p{Ll}/u;

/** Feature → index of the first word it came from. */
export function learnedFeatures(infos: readonly TokenInfo[], text: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (f: string, i: number): void => {
    if (!features.has(f)) features.set(f, i);
  };
  let n = 0;
  for (let i = 0; i < infos.length && n < MAX_WORDS; i++) {
    const { tok, cats } = infos[i];
    if (tok.kind !== 'word' || tok.text.length < 2) continue;
    n++;
    // A capitalised word inside a sentence is a name (Anna Hora, Kristina Berg), whatever else it spells.
    if (tok.capital && !tok.first && LOWER.test(text.charAt(tok.start + 1))) {
      add('#name', i);
      continue;
    }
    for (const c of cats) add('#' + c, i);
    add(tok.text, i);
    if (tok.text.length > PREFIX + 1) add(tok.text.slice(0, PREFIX) + '-', i);
  }
  return features;
}
