import fc from 'fast-check';
import { expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { mergeClassifications, splitForChecking } from '../../../src/lib/comment-check/chunked.ts';
import { longThread } from '../../fixtures/kommentarstest/long-thread.ts';

test('pieces cover the text in order, end at sentence or word gaps and never split a surrogate pair', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 400 }), fc.integer({ min: 5, max: 60 }), (text, size) => {
      const pieces = splitForChecking(text, size);
      expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
      for (const p of pieces) {
        expect(p.end).toBeGreaterThan(p.start);
        const c = text.charCodeAt(p.end - 1);
        expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
      }
    }),
  );
  const text = 'Första meningen här. Andra meningen kommer sen. Tredje.';
  expect(splitForChecking(text, 30).map((p) => text.slice(p.start, p.end))).toEqual(['Första meningen här. ', 'Andra meningen kommer sen. ', 'Tredje.']);
});

test('a limit stops the pieces where the engine would stop', () => {
  const pieces = splitForChecking('a '.repeat(100), 30, 120);
  expect(pieces[pieces.length - 1]?.end).toBeLessThanOrEqual(120);
});

test('the merged answer for a long text matches checking it whole', () => {
  // Varied sentences: a text that is one sentence over and over is bulk spam as a whole, which no piece can see.
  const text = longThread(40_000, (i) => (i % 37 === 0 ? ' Vad f*n, ring mig på 070-123 45 67!' : ''), 9);
  const whole = classify(text, {});
  const pieces = splitForChecking(text, 6000);
  expect(pieces.length).toBeGreaterThan(3);
  const merged = mergeClassifications(pieces.map((p) => ({ offset: p.start, result: classify(text.slice(p.start, p.end), {}) })), text.length);
  expect(merged.labels.sort()).toEqual([...whole.labels].sort());
  expect(merged.question).toBe(whole.question);
  // Bulk repetition is judged over the text a piece sees, so its span differs; every word finding is the same.
  const words = (c: typeof whole) => c.findings.filter((f) => f.matched !== 'upprepning').map((f) => [f.start, f.end, f.label]);
  expect(words(merged)).toEqual(words(whole));
  for (const f of merged.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  expect(merged.truncated).toBe(false);
  expect(merged.analysedLength).toBe(text.length);
});
