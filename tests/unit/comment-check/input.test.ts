import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guessColumns } from '../../../src/lib/comment-check/columns.ts';
import { parseCsvInput } from '../../../src/lib/comment-check/csv-input.ts';
import { parseJsonInput } from '../../../src/lib/comment-check/json-input.ts';
import { parseCommentLines } from '../../../src/lib/comment-check/lines-input.ts';
import { problemText, type InputResult } from '../../../src/lib/comment-check/table.ts';
import { lineColumnAt } from '../../../src/lib/comment-check/text-position.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/kommentarstest/${name}`, import.meta.url), 'utf8');
const ok = (r: InputResult) => {
  if (!r.ok) throw new Error(problemText(r.problem));
  return r.table;
};
const problem = (r: InputResult) => {
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

describe('CSV', () => {
  test('semicolons, quoted fields with separators, quotes and line breaks, and a BOM', () => {
    const raw = fixture('kommentarer-semikolon.csv');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const table = ok(parseCsvInput(raw));
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['id', 'skapad', 'författare', 'kommentar']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]?.values[3]).toBe('Fin utställning; vi kommer gärna tillbaka!');
    expect(table.rows[1]?.values[2]).toBe('Berg, Olle');
    expect(table.rows[1]?.values[3]).toBe('Vad f*n håller ni på med? Ni är "experter" sägs det.');
    expect(table.rows[2]?.values[3]).toBe('Har ni öppet på söndag?\nVi är fyra vuxna.');
    // Lines in the file: the quoted line break pushes the rows after it down one.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7]);
    expect(guessColumns(table)).toEqual({ text: 3, author: 2, time: 1 });
  });

  test('an unterminated quote is reported with line and column', () => {
    const p = problem(parseCsvInput(fixture('trasig.csv')));
    expect(p.line).toBe(3);
    expect(p.column).toBe(3);
    expect(problemText(p)).toMatch(/^Rad 3, kolumn 3: Ett citattecken \(\"\) öppnas men stängs aldrig/);
  });

  test('a row with a stray separator is reported with its line', () => {
    const p = problem(parseCsvInput(fixture('fel-antal-falt.csv')));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/Raden har 4 fält men rubrikraden har 3/);
  });

  test('a quote in the middle of a quoted field', () => {
    const p = problem(parseCsvInput('a;b\n1;"fel"x;2\n'));
    expect(p).toMatchObject({ line: 2, column: 3 });
  });

  test('empty files and files with only a header', () => {
    expect(problem(parseCsvInput('\uFEFF')).message).toBe('Filen är tom.');
    expect(problem(parseCsvInput('text\n')).message).toMatch(/inga kommentarer/);
  });

  test('CRLF line ends and a single column', () => {
    const table = ok(parseCsvInput('kommentar\r\nHej\r\n"Två\r\nrader"\r\nTre\r\n'));
    expect(table.rows.map((r) => [r.line, r.values[0]])).toEqual([[2, 'Hej'], [3, 'Två\r\nrader'], [5, 'Tre']]);
  });

  test('without a telling header the longest column is the text', () => {
    const table = ok(parseCsvInput('a,b\n1,Det här är en lång kommentar\n2,En till lång kommentar\n'));
    expect(guessColumns(table).text).toBe(1);
  });
});

describe('JSON', () => {
  test('an object holding a list of nested records', () => {
    const table = ok(parseJsonInput(fixture('kommentarer.json')));
    expect(table.columns).toEqual(['id', 'created_time', 'from.name', 'message']);
    expect(table.rows[1]?.values).toEqual(['a2', '2026-11-27T14:05:00+0000', 'Bo', 'Vilken j4vla skitutställning']);
    expect(guessColumns(table)).toEqual({ text: 3, author: 2, time: 1 });
  });

  test('a list of strings', () => {
    expect(ok(parseJsonInput('["Hej", "Hå"]')).rows.map((r) => r.values)).toEqual([['Hej'], ['Hå']]);
  });

  test('JSON Lines, as the command-line tool takes', () => {
    const table = ok(parseJsonInput('{"id": 1, "text": "Hej"}\n\n{"id": 2, "text": "Hå"}\n'));
    expect(table.rows.map((r) => [r.line, r.values[1]])).toEqual([[1, 'Hej'], [3, 'Hå']]);
  });

  test('broken JSON names line and column', () => {
    const p = problem(parseJsonInput(fixture('trasig.json')));
    expect(p.line).toBe(4);
    expect(p.column).toBeGreaterThan(0);
    expect(p.message).toMatch(/inte giltig JSON/);
  });

  test('a broken line in JSON Lines', () => {
    expect(problem(parseJsonInput('{"text": "a"}\n{"text": "b"\n'))).toMatchObject({ line: 2 });
  });

  test('JSON without a list', () => {
    expect(problem(parseJsonInput('{"a": 1}')).message).toMatch(/ingen lista/);
  });
});

describe('pasted lines', () => {
  test('one comment per line, blank lines skipped, line numbers kept', () => {
    const table = ok(parseCommentLines('Hej\n\n  Hå  \r\nTre'));
    expect(table.rows).toEqual([
      { line: 1, values: ['Hej'] },
      { line: 3, values: ['Hå'] },
      { line: 4, values: ['Tre'] },
    ]);
  });

  test('nothing to check', () => {
    expect(problem(parseCommentLines(' \n \n')).message).toMatch(/inga kommentarer/);
  });
});

test('line and column of an offset', () => {
  expect(lineColumnAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
  expect(lineColumnAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
  expect(lineColumnAt('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
});
