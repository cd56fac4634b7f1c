/**
 * Features for the learned component, read from the same normalised words the rules see (so
 * "j4vla" and "i d i o t" are ordinary words here too): whole words, the first five letters of
 * longer words (Swedish inflection and compounds: "hotade", "hotar" → "hota…"), and pairs of
 * neighbouring words in one sentence. Each feature remembers the words it came from, so a
 * finding can point at them in the original text.
 */
import { tokenise, type Token } from '../boundaries.ts';
import { normalise } from '../normalise/pipeline.ts';

export interface Featurised {
  /** The words of the text (numbers are left out). */
  words: Token[];
  /** Feature → index of the first word it came from; a pair also covers the next word. */
  features: Map<string, number>;
}

/** Longer words also give their first PREFIX letters as a feature. */
export const PREFIX = 5;
/** Words read past this many are ignored: a comment's gist is in its first few hundred words. */
export const MAX_WORDS = 400;

/**
 * Little words. They stay features (cross-validation shows "vi", "ska", "han" carry signal for
 * threats and accusations), but an explanation names the telling words first.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'och att det som en på är av för med till den har de inte om ett han hon men var jag sig från vi så kan man när ska nu där vid mot här upp ut då bara hur vad mig min mitt sin sitt alla'.split(' '),
);

/** Which kinds of features to make; the model's apply step makes only those it has weights for. */
export interface FeatureKinds {
  prefixes: boolean;
  pairs: boolean;
}

const ALL_KINDS: FeatureKinds = { prefixes: true, pairs: true };

export function featurise(text: string, kinds: FeatureKinds = ALL_KINDS): Featurised {
  const all = tokenise(normalise(text), text);
  const words: Token[] = [];
  for (const t of all) {
    if (t.kind === 'word' && t.text.length > 1) {
      words.push(t);
      if (words.length >= MAX_WORDS) break;
    }
  }
  const features = new Map<string, number>();
  const add = (f: string, i: number): void => {
    if (!features.has(f)) features.set(f, i);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    add(w, i);
    if (kinds.prefixes && w.length > PREFIX + 1) add(w.slice(0, PREFIX) + '-', i);
    const next = words[i + 1];
    if (kinds.pairs && next && next.sentence === words[i].sentence) add(w + ' ' + next.text, i);
  }
  return { words, features };
}
