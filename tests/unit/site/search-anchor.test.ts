import { expect, test } from 'vitest';
import { bestAnchor } from '../../../src/lib/search-anchor.ts';

const anchors = [
  { element: 'p', id: 'grafisk-profil', location: 0 },
  { element: 'li', id: 'lamplighetsbedomning', location: 14 },
  { element: 'li', id: 'svar-inom-24-timmar', location: 52 },
  { element: 'h2', id: 'politiskt-laddat-innehall', location: 70 },
];

test('picks the anchored element the first hit stands in', () => {
  expect(bestAnchor(anchors, [60, 90])?.id).toBe('svar-inom-24-timmar');
  expect(bestAnchor(anchors, [52])?.id).toBe('svar-inom-24-timmar');
  expect(bestAnchor(anchors, [3])?.id).toBe('grafisk-profil');
});

test('does not depend on the order Pagefind lists anchors in', () => {
  expect(bestAnchor([...anchors].reverse(), [75])?.id).toBe('politiskt-laddat-innehall');
});

test('skips hits before the first anchor, such as in the page title', () => {
  expect(bestAnchor(anchors.slice(1), [5, 30])?.id).toBe('lamplighetsbedomning');
});

test('gives nothing when there is no hit or no anchor before any hit', () => {
  expect(bestAnchor(anchors, [])).toBeUndefined();
  expect(bestAnchor(anchors.slice(1), [5])).toBeUndefined();
});
