import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerptSegments, highlightSegments } from '../../../src/lib/comment-check/highlight.ts';

describe('highlight segments', () => {
  test('marks spans and keeps the text between them', () => {
    const text = 'Vad f*n gör ni, idiot?';
    const segments = highlightSegments(text, [{ start: 4, end: 7 }, { start: 16, end: 21 }]);
    expect(segments.map((s) => [s.text, s.findings])).toEqual([
      ['Vad ', []],
      ['f*n', [0]],
      [' gör ni, ', []],
      ['idiot', [1]],
      ['?', []],
    ]);
  });

  test('merges overlapping spans into one mark that lists both findings', () => {
    const segments = highlightSegments('jävla idiot', [{ start: 6, end: 11 }, { start: 0, end: 5 }, { start: 0, end: 11 }]);
    expect(segments).toEqual([{ start: 0, end: 11, text: 'jävla idiot', findings: [0, 1, 2] }]);
  });

  test('spans that only touch stay two marks', () => {
    const segments = highlightSegments('abcdef', [{ start: 0, end: 3 }, { start: 3, end: 6 }]);
    expect(segments.map((s) => s.text)).toEqual(['abc', 'def']);
  });

  test('never splits a surrogate pair or a combining mark', () => {
    const text = 'a😀b e\u0301x';
    // 1..2 cuts the emoji (which is 1..3); 5..6 cuts before the combining accent.
    const segments = highlightSegments(text, [{ start: 2, end: 3 }, { start: 5, end: 6 }]);
    expect(segments.filter((s) => s.findings.length).map((s) => s.text)).toEqual(['😀', 'e\u0301']);
  });

  test('clips spans outside the text and drops empty ones', () => {
    expect(highlightSegments('abc', [{ start: -5, end: 2 }, { start: 2, end: 2 }, { start: 2, end: 99 }]).map((s) => s.text)).toEqual(['ab', 'c']);
  });

  test('the pieces always add up to the text, whatever the spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -3, max: 90 }), fc.integer({ min: -3, max: 90 })), { maxLength: 8 }), (text, pairs) => {
        const segments = highlightSegments(text, pairs.map(([a, b]) => ({ start: a, end: b })));
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text.length).toBeGreaterThan(0);
          // No lone surrogates at the edges of a piece.
          expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s.text)).toBe(false);
        }
      }),
    );
  });
});

describe('excerpts of a long text', () => {
  test('only the words around each mark, nearby marks in one excerpt, marks never cut', () => {
    const text = `${'a '.repeat(500)}ett FULT ord ${'b '.repeat(20)}och ett TILL ${'c '.repeat(500)}sista ORDET`;
    const spans = ['FULT', 'TILL', 'ORDET'].map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    const segments = highlightSegments(text, spans);
    const excerpts = excerptSegments(text, segments, 60);
    expect(excerpts).toHaveLength(2);
    const joined = excerpts.map((e) => e.map((s) => s.text).join(''));
    expect(joined[0]).toContain('ett FULT ord');
    expect(joined[0]).toContain('och ett TILL');
    expect(joined[0]!.length).toBeLessThan(260);
    expect(joined[1]!.endsWith('sista ORDET')).toBe(true);
    for (const e of excerpts) for (const s of e) expect(s.text).toBe(text.slice(s.start, s.end));
    // Cut at spaces, so no excerpt starts in the middle of a word.
    expect(joined[0]!.startsWith('a ')).toBe(true);
  });

  test('nothing marked gives no excerpts', () => {
    expect(excerptSegments('abc', highlightSegments('abc', []))).toEqual([]);
  });
});
