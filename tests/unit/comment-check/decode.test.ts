import { expect, test } from 'vitest';
import { decodeFile, formatOf } from '../../../src/lib/comment-check/decode.ts';

test('UTF-8 with a BOM is read as it is, without the BOM', () => {
  const bytes = new TextEncoder().encode('\uFEFFkommentar\nHår på gården');
  expect(decodeFile(bytes.buffer as ArrayBuffer)).toEqual({ text: 'kommentar\nHår på gården' });
});

test('a file from an old Excel (Windows-1252) still gets å, ä and ö, and says so', () => {
  const bytes = new Uint8Array([0x48, 0xe5, 0x72, 0x20, 0xe4, 0x72, 0x20, 0xf6]); // "Hår är ö"
  const result = decodeFile(bytes.buffer);
  expect(result.text).toBe('Hår är ö');
  expect(result.note).toMatch(/Windows-1252/);
});

test('the reader follows the file name, or the first character', () => {
  expect(formatOf('export.JSON', '')).toBe('json');
  expect(formatOf('kommentarer.jsonl', '')).toBe('json');
  expect(formatOf('a.csv', '[')).toBe('csv');
  expect(formatOf('a.txt', 'x')).toBe('lines');
  expect(formatOf('utan-namn', '\uFEFF  [{"text": 1}]')).toBe('json');
  expect(formatOf('utan-namn', 'id;text')).toBe('csv');
});
