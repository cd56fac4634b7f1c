import { describe, expect, test } from 'vitest';
import { easterSunday, isoDate, isWorkingDay, nonWorkingReason, swedishHolidays } from '../../../src/lib/deadline/index.ts';

// Written by hand from the official Swedish calendar (almanackan), not computed: the test must be able to fail.
const official: Record<number, Record<string, string>> = {
  2024: {
    nyårsdagen: '2024-01-01', 'trettondedag jul': '2024-01-06', långfredagen: '2024-03-29', påskafton: '2024-03-30',
    påskdagen: '2024-03-31', 'annandag påsk': '2024-04-01', 'första maj': '2024-05-01', 'Kristi himmelsfärds dag': '2024-05-09',
    pingstdagen: '2024-05-19', 'Sveriges nationaldag': '2024-06-06', midsommarafton: '2024-06-21', midsommardagen: '2024-06-22',
    'alla helgons dag': '2024-11-02', julafton: '2024-12-24', juldagen: '2024-12-25', 'annandag jul': '2024-12-26', nyårsafton: '2024-12-31',
  },
  2025: {
    nyårsdagen: '2025-01-01', 'trettondedag jul': '2025-01-06', långfredagen: '2025-04-18', påskafton: '2025-04-19',
    påskdagen: '2025-04-20', 'annandag påsk': '2025-04-21', 'första maj': '2025-05-01', 'Kristi himmelsfärds dag': '2025-05-29',
    pingstdagen: '2025-06-08', 'Sveriges nationaldag': '2025-06-06', midsommarafton: '2025-06-20', midsommardagen: '2025-06-21',
    'alla helgons dag': '2025-11-01', julafton: '2025-12-24', juldagen: '2025-12-25', 'annandag jul': '2025-12-26', nyårsafton: '2025-12-31',
  },
  2026: {
    nyårsdagen: '2026-01-01', 'trettondedag jul': '2026-01-06', långfredagen: '2026-04-03', påskafton: '2026-04-04',
    påskdagen: '2026-04-05', 'annandag påsk': '2026-04-06', 'första maj': '2026-05-01', 'Kristi himmelsfärds dag': '2026-05-14',
    pingstdagen: '2026-05-24', 'Sveriges nationaldag': '2026-06-06', midsommarafton: '2026-06-19', midsommardagen: '2026-06-20',
    'alla helgons dag': '2026-10-31', julafton: '2026-12-24', juldagen: '2026-12-25', 'annandag jul': '2026-12-26', nyårsafton: '2026-12-31',
  },
  2027: {
    nyårsdagen: '2027-01-01', 'trettondedag jul': '2027-01-06', långfredagen: '2027-03-26', påskafton: '2027-03-27',
    påskdagen: '2027-03-28', 'annandag påsk': '2027-03-29', 'första maj': '2027-05-01', 'Kristi himmelsfärds dag': '2027-05-06',
    pingstdagen: '2027-05-16', 'Sveriges nationaldag': '2027-06-06', midsommarafton: '2027-06-25', midsommardagen: '2027-06-26',
    'alla helgons dag': '2027-11-06', julafton: '2027-12-24', juldagen: '2027-12-25', 'annandag jul': '2027-12-26', nyårsafton: '2027-12-31',
  },
  2028: {
    nyårsdagen: '2028-01-01', 'trettondedag jul': '2028-01-06', långfredagen: '2028-04-14', påskafton: '2028-04-15',
    påskdagen: '2028-04-16', 'annandag påsk': '2028-04-17', 'första maj': '2028-05-01', 'Kristi himmelsfärds dag': '2028-05-25',
    pingstdagen: '2028-06-04', 'Sveriges nationaldag': '2028-06-06', midsommarafton: '2028-06-23', midsommardagen: '2028-06-24',
    'alla helgons dag': '2028-11-04', julafton: '2028-12-24', juldagen: '2028-12-25', 'annandag jul': '2028-12-26', nyårsafton: '2028-12-31',
  },
};

describe('Swedish holidays', () => {
  for (const [year, expected] of Object.entries(official)) {
    test(`${year} matches the official calendar`, () => {
      const computed = Object.fromEntries(swedishHolidays(Number(year)).map((h) => [h.name, h.date]));
      expect(computed).toEqual(expected);
    });
  }

  test('Easter Sunday by the computus, including the extreme dates', () => {
    const cases: [number, string][] = [
      [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'],
      [2028, '2028-04-16'], [2038, '2038-04-25'], [2285, '2285-03-22'], [2008, '2008-03-23'], [2000, '2000-04-23'],
    ];
    for (const [year, date] of cases) expect(isoDate(easterSunday(year))).toBe(date);
  });

  test('the three eves are days off in practice, and said to be so', () => {
    const kinds = Object.fromEntries(swedishHolidays(2026).map((h) => [h.name, h.kind]));
    expect(kinds.julafton).toBe('de-facto');
    expect(kinds.midsommarafton).toBe('de-facto');
    expect(kinds.nyårsafton).toBe('de-facto');
    expect(kinds.juldagen).toBe('public');
  });

  test('names why a day is not a working day', () => {
    expect(nonWorkingReason({ year: 2026, month: 4, day: 3 })).toBe('långfredagen');
    expect(nonWorkingReason({ year: 2026, month: 11, day: 28 })).toBe('lördag');
    expect(nonWorkingReason({ year: 2026, month: 11, day: 29 })).toBe('söndag');
    expect(nonWorkingReason({ year: 2026, month: 10, day: 31 })).toBe('alla helgons dag');
    expect(isWorkingDay({ year: 2026, month: 11, day: 30 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 6, day: 19 })).toBe(false);
    // 30 April (valborg) and 5 June are ordinary working days.
    expect(isWorkingDay({ year: 2026, month: 4, day: 30 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 6, day: 5 })).toBe(true);
  });
});
