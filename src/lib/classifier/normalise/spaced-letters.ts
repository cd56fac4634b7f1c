import { LEET } from './leetspeak.ts';
import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

const LETTER = /[\p{L}]/u;
const MARK = /\p{M}/u;
/** What people put between letters to split a word: "i d i o t", "s.k.i.t", "f-a-n", "h_o_r_a". */
const SEPARATOR = /[ .\-_*·•,/+~|'’:\t]/;
const MAX_SEPARATOR = 3;
const MIN_LETTERS = 3;

/**
 * Joins runs of at least three single letters separated by spaces or punctuation into one word.
 * Only single-letter "words" take part, so ordinary text is untouched; the price is that
 * abbreviations like "t.ex." become "tex", which is harmless because no rule matches them.
 */
export function joinSpacedLetters(src: MappedText): MappedText {
  const text = src.text;
  const n = text.length;
  // Built only once a run is found: most comments have none, and the builder allocates per unit.
  let b: MappedBuilder | undefined;
  let copied = 0;
  let changed = false;
  let i = 0;
  while (i < n) {
    if (!isSingle(text, i)) {
      i++;
      continue;
    }
    // Collect the run starting at i: positions of the letters (each followed by its marks).
    const letters: number[] = [i];
    const seps: string[] = [];
    let realLetters = isLetterChar(text[i]) ? 1 : 0;
    let p = afterMarks(text, i + 1);
    for (;;) {
      let q = p;
      while (q < n && q - p < MAX_SEPARATOR && SEPARATOR.test(text[q])) q++;
      if (q === p || q >= n || !isSingle(text, q)) break;
      seps.push(text.slice(p, q));
      letters.push(q);
      if (isLetterChar(text[q])) realLetters++;
      p = afterMarks(text, q + 1);
    }
    if (letters.length >= MIN_LETTERS && realLetters >= 2) {
      b ??= new MappedBuilder(src);
      b.copy(copied, letters[0]);
      // The commonest separator joins letters; a different one ("j a g  v e t", "n.a.k.n.a b.i.l.d") is a word break.
      const joiner = commonest(seps);
      for (let k = 0; k < letters.length; k++) {
        const at = letters[k];
        const stop = afterMarks(text, at + 1);
        const leet = LEET[text[at]];
        const flag = Flag.spaced | (leet ? Flag.leetspeak : 0);
        const letter = (leet ?? text[at]) + text.slice(at + 1, stop);
        if (k + 1 < letters.length && seps[k] !== joiner) {
          b.replace(at, stop, letter, flag);
          b.replace(stop, letters[k + 1], ' ', 0);
        } else {
          // The separators after a letter are folded into that letter's span.
          b.replace(at, k + 1 < letters.length ? letters[k + 1] : stop, letter, flag);
        }
      }
      copied = p;
      changed = true;
      i = p;
    } else {
      i = p;
    }
  }
  if (!changed || !b) return src;
  b.copy(copied, n);
  return b.build();
}

function commonest(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = xs[0] ?? ' ';
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > (counts.get(best) ?? 0)) best = x;
  }
  return best;
}

function afterMarks(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) >= 0x300 && MARK.test(text[i])) i++;
  return i;
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path: the regular expressions below cost more than the whole rest of the pass.
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(ch) || MARK.test(ch);
}

function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(ch);
}

/** A letter (or a leet digit standing for one) with no letter or digit on either side. */
function isSingle(text: string, i: number): boolean {
  const ch = text[i];
  if (!(isLetterChar(ch) || LEET[ch] !== undefined)) return false;
  if (i > 0 && isWordChar(text[i - 1])) return false;
  const after = afterMarks(text, i + 1);
  return !isWordChar(text[after]);
}
