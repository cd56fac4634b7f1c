import { describe, expect, test } from 'vitest';
import { quiz } from '../../../src/data/suitability/index.ts';
import { emptyState, parseStoredState } from '../../../src/lib/suitability/storage.ts';

describe('parseStoredState', () => {
  test('keeps known answers and details', () => {
    const raw = JSON.stringify({ answers: { korrekt: 'ja', samtycke: 'nej' }, channel: 'Facebook', assessor: 'Anna', date: '2026-03-31' });
    expect(parseStoredState(raw, quiz)).toEqual({ answers: { korrekt: 'ja', samtycke: 'nej' }, channel: 'Facebook', assessor: 'Anna', date: '2026-03-31' });
  });

  test('drops unknown questions, unknown answers and malformed values', () => {
    const raw = JSON.stringify({ answers: { korrekt: 'kanske', okand: 'ja', ton: 3 }, channel: 7, date: 'i går' });
    expect(parseStoredState(raw, quiz)).toEqual(emptyState());
  });

  test.each([null, '', '{', '[]', 'null', '"text"'])('starts empty from %j', (raw) => {
    expect(parseStoredState(raw, quiz)).toEqual(emptyState());
  });
});
