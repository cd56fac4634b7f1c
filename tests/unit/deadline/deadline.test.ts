import { describe, expect, test } from 'vitest';
import { answerRule } from '../../../src/data/guideline/index.ts';
import {
  answerDeadline,
  formatDeadlineSv,
  formatSortableSv,
  parseCommentTime,
  parseDateTimeLocal,
  parseWallClock,
  type WallClock,
} from '../../../src/lib/deadline/index.ts';

const at = (value: string): WallClock => {
  const t = parseDateTimeLocal(value);
  if (!t) throw new Error(`bad test value ${value}`);
  return t;
};
const due = (arrival: string): string => formatSortableSv(answerDeadline(at(arrival), answerRule.hours).deadline);

describe('answer deadline, 24 hours counted on weekdays', () => {
  test('the rule in the guideline is 24 hours on weekdays', () => {
    expect(answerRule.hours).toBe(24);
    expect(answerRule.countsWeekdaysOnly).toBe(true);
  });

  test('an ordinary weekday gives the same time the next day', () => {
    expect(due('2026-12-01T10:30')).toBe('2026-12-02 10:30');
  });

  test('Friday 15:00 gives Monday 15:00', () => {
    const result = answerDeadline(at('2026-11-27T15:00'), answerRule.hours);
    expect(formatSortableSv(result.deadline)).toBe('2026-11-30 15:00');
    expect(result.skipped.map((d) => d.reason)).toEqual(['lördag', 'söndag']);
    expect(formatDeadlineSv(result.deadline)).toBe('senast måndag 30 november 2026 kl. 15.00');
  });

  test('Thursday before Långfredag gives Tuesday after Annandag påsk', () => {
    const result = answerDeadline(at('2026-04-02T15:00'), answerRule.hours);
    expect(formatSortableSv(result.deadline)).toBe('2026-04-07 15:00');
    expect(result.skipped.map((d) => d.reason)).toEqual(['långfredagen', 'påskafton', 'påskdagen', 'annandag påsk']);
    expect(due('2024-03-28T09:00')).toBe('2024-04-02 09:00');
  });

  test('Kristi himmelsfärds dag is skipped', () => {
    expect(due('2025-05-28T12:00')).toBe('2025-05-30 12:00');
  });

  test('midsommarafton counts as a day off', () => {
    expect(due('2026-06-18T12:00')).toBe('2026-06-22 12:00');
  });

  test('Christmas and New Year', () => {
    expect(due('2026-12-23T09:00')).toBe('2026-12-28 09:00');
    expect(due('2026-12-30T16:00')).toBe('2027-01-04 16:00');
  });

  test('a comment on a weekend starts the clock on Monday morning and is due at the end of Monday', () => {
    const result = answerDeadline(at('2026-11-28T10:00'), answerRule.hours);
    expect(result.startedLater).toBe(true);
    expect(formatSortableSv(result.deadline)).toBe('2026-12-01 00:00');
    expect(formatDeadlineSv(result.deadline)).toBe('senast måndag 30 november 2026 kl. 24.00');
  });

  test('summer time does not move the hour (clocks change on Sunday 29 March 2026)', () => {
    expect(due('2026-03-27T15:00')).toBe('2026-03-30 15:00');
    expect(due('2026-10-23T08:15')).toBe('2026-10-26 08:15');
  });

  test('other numbers of hours', () => {
    expect(formatSortableSv(answerDeadline(at('2026-11-27T15:00'), 8).deadline)).toBe('2026-11-27 23:00');
    expect(formatSortableSv(answerDeadline(at('2026-11-27T15:00'), 48).deadline)).toBe('2026-12-01 15:00');
  });
});

describe('reading times', () => {
  test('date and time fields', () => {
    expect(parseWallClock('2026-12-02', '15:00')).toEqual({ year: 2026, month: 12, day: 2, hour: 15, minute: 0 });
    expect(parseWallClock('2026-02-30', '15:00')).toBeNull();
    expect(parseWallClock('2026-12-02', '25:00')).toBeNull();
    expect(parseWallClock('', '')).toBeNull();
  });

  test('times in exported files become Swedish wall-clock time', () => {
    expect(formatSortableSv(parseCommentTime('2026-11-27T14:00:00Z')!)).toBe('2026-11-27 15:00');
    expect(formatSortableSv(parseCommentTime('2026-06-01T10:00:00+0000')!)).toBe('2026-06-01 12:00');
    expect(formatSortableSv(parseCommentTime('2026-06-01 10:00')!)).toBe('2026-06-01 10:00');
    expect(formatSortableSv(parseCommentTime('2026-06-01')!)).toBe('2026-06-01 00:00');
    expect(formatSortableSv(parseCommentTime('1764252000')!)).toBe('2025-11-27 15:00');
    expect(formatSortableSv(parseCommentTime('1764252000000')!)).toBe('2025-11-27 15:00');
    expect(parseCommentTime('igår')).toBeNull();
    expect(parseCommentTime('2026-13-01')).toBeNull();
  });
});
