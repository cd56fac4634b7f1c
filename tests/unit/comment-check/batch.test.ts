import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { answerRule, commentRules } from '../../../src/data/guideline/index.ts';
import type { CommentLabelId } from '../../../src/data/guideline/index.ts';
import { checkRow, type Classify } from '../../../src/lib/comment-check/batch-check.ts';
import { countByLabel, filterRows, sortRows, type BatchRow } from '../../../src/lib/comment-check/batch-results.ts';
import { BOM, csvField, rowsToCsv } from '../../../src/lib/comment-check/csv-export.ts';
import { verdictShort } from '../../../src/lib/comment-check/strings.ts';
import { classification, finding } from './helpers.ts';

const labelNames = Object.fromEntries(commentRules.map((r) => [r.id, r.shortName])) as Record<CommentLabelId, string>;

const row = (order: number, partial: Partial<BatchRow> = {}): BatchRow => ({
  order,
  line: order + 1,
  text: `Kommentar ${order}`,
  author: '',
  time: '',
  labels: [],
  verdict: 'publish',
  question: false,
  deadline: '',
  deadlineText: '',
  lawGrounds: [],
  ...partial,
});

const rows = [
  row(1, { labels: ['profanity'], verdict: 'remove', author: 'Örjan' }),
  row(2, { question: true, deadline: '2026-12-01 10:00', author: 'anna' }),
  row(3, { labels: ['personal-data', 'profanity'], verdict: 'personal-data', author: 'Bo' }),
  row(4, { question: true, deadline: '2026-11-30 15:00', labels: ['hate-harassment'], verdict: 'remove-by-law', author: 'Åsa' }),
];

describe('results table', () => {
  test('filters by label, by any rule, by none and by question', () => {
    expect(filterRows(rows, 'profanity').map((r) => r.order)).toEqual([1, 3]);
    expect(filterRows(rows, 'any').map((r) => r.order)).toEqual([1, 3, 4]);
    expect(filterRows(rows, 'none').map((r) => r.order)).toEqual([2]);
    expect(filterRows(rows, 'question').map((r) => r.order)).toEqual([2, 4]);
    expect(filterRows(rows, 'all')).toHaveLength(4);
  });

  test('sorts by verdict, deadline and author (Swedish order), stable', () => {
    expect(sortRows(rows, 'verdict', 'ascending').map((r) => r.order)).toEqual([4, 3, 1, 2]);
    expect(sortRows(rows, 'deadline', 'ascending').map((r) => r.order)).toEqual([4, 2, 1, 3]);
    // Rows without a deadline stay last when the order is reversed too.
    expect(sortRows(rows, 'deadline', 'descending').map((r) => r.order)).toEqual([2, 4, 1, 3]);
    expect(sortRows(rows, 'author', 'ascending').map((r) => r.author)).toEqual(['anna', 'Bo', 'Åsa', 'Örjan']);
    expect(sortRows(rows, 'order', 'descending').map((r) => r.order)).toEqual([4, 3, 2, 1]);
  });

  test('counts per label', () => {
    expect(countByLabel(rows).profanity).toBe(2);
    expect(countByLabel(rows).spam).toBe(0);
  });
});

describe('CSV export', () => {
  test('BOM, semicolons, CRLF and quoting that Papa Parse reads back exactly', () => {
    const tricky = row(5, { text: 'Hon sa "hej"; sen\nny rad', author: 'Berg, Olle', labels: ['profanity', 'spam'], verdict: 'remove' });
    const csv = rowsToCsv([tricky], { labels: labelNames, verdicts: verdictShort });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Rad', 'Kommentar', 'Skribent', 'Tid', 'Bedömning', 'Regler', 'Lagrum', 'Fråga', 'Svara senast']);
    expect(parsed.data[1]?.slice(0, 6)).toEqual(['6', 'Hon sa "hej"; sen\nny rad', 'Berg, Olle', '', 'Bör tas bort', 'Svordomar, Reklam eller spam']);
  });

  test('formulas from strangers are defused', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+46 70')).toBe("'+46 70");
    expect(csvField('vanlig text')).toBe('vanlig text');
  });
});

describe('checking one row', () => {
  const options = { ownEmailDomains: ['vgregion.se'], answerHours: answerRule.hours, lawGroundNames: { 'olaga-hot': 'olaga hot' }, hasTimeColumn: true };

  test('a question gets its deadline from the time in the file', () => {
    const fake: Classify = () => classification({ question: true });
    const r = checkRow({ order: 1, line: 2, text: 'Öppet?', author: 'A', time: '2026-11-27 15:00' }, options, fake);
    expect(r.deadline).toBe('2026-11-30 15:00');
    expect(r.deadlineText).toBe('senast måndag 30 november 2026 kl. 15.00');
  });

  test('an unreadable time or no time column is said so', () => {
    const fake: Classify = () => classification({ question: true });
    expect(checkRow({ order: 1, line: 2, text: 'x', author: '', time: 'igår' }, options, fake).deadlineText).toBe('Tiden kan inte läsas');
    expect(checkRow({ order: 1, line: 2, text: 'x', author: '', time: '' }, { ...options, hasTimeColumn: false }, fake).deadlineText).toBe('Ingen tid vald');
  });

  test('labels, verdict and law grounds by name', () => {
    const fake: Classify = (text) => classification({ findings: [finding({ label: 'hate-harassment', start: 0, end: 4, lawGround: 'olaga-hot' }, text)] });
    const r = checkRow({ order: 1, line: 2, text: 'Hot!', author: '', time: '' }, options, fake);
    expect(r).toMatchObject({ labels: ['hate-harassment'], verdict: 'remove-by-law', lawGrounds: ['olaga hot'], deadline: '' });
  });

  test('the organisation\'s own domains reach the engine', () => {
    let seen: readonly string[] | undefined;
    const fake: Classify = (_t, o) => {
      seen = o.ownEmailDomains;
      return classification();
    };
    checkRow({ order: 1, line: 1, text: 'x', author: '', time: '' }, options, fake);
    expect(seen).toEqual(['vgregion.se']);
  });
});
