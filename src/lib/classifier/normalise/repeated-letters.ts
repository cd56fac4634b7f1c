import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

const LETTER = /\p{L}/u;

/**
 * Collapses a letter typed three or more times in a row to one ("jääävla" → "jävla",
 * "fuuuck" → "fuck"). Doubles are kept, because Swedish has real ones ("fann" is not "fan");
 * the matcher tries a doubles-collapsed form only for words that were stretched or have a
 * doubled vowel.
 */
export function collapseRepeats(src: MappedText): MappedText {
  const text = src.text;
  if (!hasTriple(text)) return src;
  const b = new MappedBuilder(src);
  const n = text.length;
  let copied = 0;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    let j = i + 1;
    while (j < n && text[j] === ch) j++;
    if (j - i >= 3 && LETTER.test(ch)) {
      b.copy(copied, i);
      b.replace(i, j, ch, Flag.repeated);
      copied = j;
    }
    i = j;
  }
  b.copy(copied, n);
  return b.build();
}

/** A cheap scan for three equal units in a row, before any work is done. */
function hasTriple(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && LETTER.test(text[i])) return true;
  }
  return false;
}
