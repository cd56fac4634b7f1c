import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { commentLabelIds } from '../../../src/data/guideline/labels.ts';

/** Random text mixing any Unicode with the characters our passes care about. */
const tricky = fc.constantFrom('jävla', 'j4vla', 'f*n', 's.k.i.t', 'i d i o t', 'ѕкіт', 'ｆｕｃｋ', '\u200B', '\u0308', '😀', '\uD800', '070-123 45 67', '19811218-9876', 'a@b.se', 'Storgatan 12', 'http://x.xyz', '?', '!', '.', '\n', 'İ', 'ß', 'ﬁ', '𝐟𝐮𝐜𝐤', 'ääää');
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), tricky), { maxLength: 30 }).map((parts) => parts.join(' '));

describe('properties over random Unicode', () => {
  test('never throws, spans inside and matching, labels valid, deterministic', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = classify(s);
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.start).toBeLessThan(f.end);
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(commentLabelIds).toContain(f.label);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
        const order = a.labels.map((l) => commentLabelIds.indexOf(l));
        expect([...order].sort((x, y) => x - y)).toEqual(order);
        expect(new Set(a.labels).size).toBe(a.labels.length);
        expect(classify(s)).toEqual(a);
      }),
      { numRuns: 1500 },
    );
  });

  test('spans never split a surrogate pair', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const f of classify(s).findings) {
          const first = s.charCodeAt(f.start);
          const last = s.charCodeAt(f.end - 1);
          expect(first >= 0xdc00 && first <= 0xdfff && f.start > 0 && s.charCodeAt(f.start - 1) >= 0xd800 && s.charCodeAt(f.start - 1) <= 0xdbff).toBe(false);
          expect(last >= 0xd800 && last <= 0xdbff && f.end < s.length && s.charCodeAt(f.end) >= 0xdc00 && s.charCodeAt(f.end) <= 0xdfff).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
