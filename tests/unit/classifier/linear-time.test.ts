import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';

/**
 * Adversarial inputs for the regular expressions and passes: long runs that make backtracking
 * engines go quadratic. A quadratic scan of 1 MB takes hours; each input here must finish in
 * seconds (the bound is loose because token-dense input such as "1 1 1 ..." is slow but linear,
 * and test machines vary). The last test checks the growth rate itself.
 */
const MB = 1_000_000;
const inputs: [string, string][] = [
  ['letters', 'a'.repeat(MB)],
  ['digits', '1'.repeat(MB)],
  ['digits with spaces', '1 '.repeat(MB / 2)],
  ['hyphenated', 'a-'.repeat(MB / 2)],
  ['dots', 'a.'.repeat(MB / 2)],
  ['at signs', 'a@'.repeat(MB / 2)],
  ['spaced letters', 'a '.repeat(MB / 2)],
  ['stars', 'f*'.repeat(MB / 2)],
  ['street words', 'gatan '.repeat(MB / 6)],
  ['domain-like', 'ab.'.repeat(MB / 3)],
  ['leet', 'j4'.repeat(MB / 2)],
  ['repeats', 'ä'.repeat(MB)],
  ['swear words', 'jävla idiot '.repeat(MB / 12)],
  ['unicode', '😀ä\u0308'.repeat(MB / 4)],
  ['phone-like', '070-'.repeat(MB / 4)],
  ['number words', 'noll sju '.repeat(MB / 9)],
  ['spelled e-mail', 'lisa punkt berg snabel a hotmail punkt '.repeat(MB / 39)],
  ['english at', 'kalle at '.repeat(MB / 9)],
  ['reported quotes', "skriver 'idiot' ".repeat(MB / 16)],
];

describe('linear time on 1 MB adversarial input', () => {
  test.each(inputs)('%s', (_name, s) => {
    const t0 = performance.now();
    const r = classify(s, { maxLength: 2 * MB });
    const ms = performance.now() - t0;
    expect(r.analysedLength).toBe(s.length);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  test('time grows about linearly', () => {
    const unit = 'Jag tycker att j4vla utställningen var bra, ring 070-123 45 67 eller mejla a@b.se! ';
    const time = (n: number): number => {
      const s = unit.repeat(n);
      const t0 = performance.now();
      classify(s, { maxLength: 10 * MB });
      return performance.now() - t0;
    };
    time(200);
    const small = Math.max(time(1000), 1);
    const big = time(8000);
    expect(big / small).toBeLessThan(8 * 4);
  }, 30_000);
});
