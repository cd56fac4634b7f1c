import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

/** Digits and symbols that stand for letters inside a word: "j4vla", "sk1t", "h0ra", "$kit". */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i', '¡': 'i',
};

/** A run of letters, digits and leet symbols with no space: the candidate words. */
const RUN = /[\p{L}\p{M}0-9@$€!¡]+/gu;
const LETTER = /[\p{L}\p{M}]/u;
/** Numbers with a unit or a code ("10kr", "3st", "mp3", "e45", "1a") are not disguised words. */
const UNIT_LIKE = /^(?:\d+[\p{L}]{1,3}|[\p{L}]{1,3}\d+|\d+[\p{L}]\d+)$/u;

/**
 * Reads digits and symbols as letters when they sit inside a word of at least two letters;
 * a run that is mostly digits (a year, a price, a code) is left alone, as is punctuation at a
 * word's edge ("fan!" stays "fan" + "!").
 */
export function foldLeetspeak(src: MappedText): MappedText {
  const text = src.text;
  if (!/[0-9@$€!¡]/.test(text)) return src;
  let b: MappedBuilder | undefined;
  let last = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const run = m[0];
    let letters = 0;
    let others = 0;
    for (let k = 0; k < run.length; k++) {
      // ASCII letters without a regular expression: this loop sees every word.
      const c = run.charCodeAt(k) | 32;
      if ((c >= 97 && c <= 122) || (c > 127 && LETTER.test(run[k]))) letters++;
      else others++;
    }
    if (others === 0 || letters < 2 || others > letters + 1 || UNIT_LIKE.test(run) || (run.includes('@') && text.charAt(m.index + run.length) === '.')) continue;
    // "bra!" has nothing to read as a letter: no builder for it.
    let any = false;
    for (let k = 0; k < run.length && !any; k++) any = readAsLetter(run, k);
    if (!any) continue;
    b ??= new MappedBuilder(src);
    b.copy(last, m.index);
    for (let k = 0; k < run.length; k++) {
      if (readAsLetter(run, k)) b.replace(m.index + k, m.index + k + 1, LEET[run[k]], Flag.leetspeak);
      else b.copy(m.index + k, m.index + k + 1);
    }
    last = m.index + run.length;
  }
  if (!b) return src;
  b.copy(last, text.length);
  return b.build();
}

/** Whether the character at k of a run stands for a letter: symbols only between two letters, a digit anywhere, "$" also first. */
function readAsLetter(run: string, k: number): boolean {
  const ch = run[k];
  if (LEET[ch] === undefined) return false;
  const symbol = ch === '!' || ch === '¡' || ch === '@' || ch === '$' || ch === '€';
  return !symbol || (k > 0 && k < run.length - 1) || (ch === '$' && k === 0);
}
