import { foldHomoglyphs } from './homoglyphs.ts';
import { removeInvisible } from './invisible.ts';
import { foldLeetspeak } from './leetspeak.ts';
import { lowercase } from './lowercase.ts';
import { identity, type MappedText } from './mapped-text.ts';
import { nfkc } from './nfkc.ts';
import { collapseRepeats } from './repeated-letters.ts';
import { joinSpacedLetters } from './spaced-letters.ts';

export type Pass = (src: MappedText) => MappedText;

/**
 * The passes in the order they must run: invisible characters first so they cannot split a
 * cluster, NFKC before lower-casing (fullwidth capitals), look-alikes before leetspeak so a
 * Cyrillic word with a digit is still one word, spaced letters before repeats ("f a a a n").
 */
export const passes: readonly { name: string; run: Pass }[] = [
  { name: 'invisible', run: removeInvisible },
  { name: 'nfkc', run: nfkc },
  { name: 'lowercase', run: lowercase },
  { name: 'homoglyphs', run: foldHomoglyphs },
  { name: 'leetspeak', run: foldLeetspeak },
  { name: 'spaced-letters', run: joinSpacedLetters },
  { name: 'repeated-letters', run: collapseRepeats },
];

export function normalise(text: string): MappedText {
  let t = identity(text);
  for (const p of passes) t = p.run(t);
  return t;
}
