import { tooMany } from './lines-input.ts';
import { MAX_ROWS, type InputProblem, type InputResult } from './table.ts';
import { lineColumnAt } from './text-position.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Flattens one record to "column → text"; nested objects become "from.name", lists of plain values are joined. */
function flatten(value: Json, prefix: string, out: Map<string, string>, depth: number): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    out.set(prefix || 'text', String(value));
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(prefix || 'text', value.filter((v) => v !== null).join(', '));
    return;
  }
  if (depth > 4) return;
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out, depth + 1);
}

/** The list of comments in a JSON export: the whole file, or the first list of records inside it (Facebook's "comments_v2"). */
function findRecords(value: Json, depth = 0): Json[] | null {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object' || depth > 3) return null;
  for (const child of Object.values(value)) {
    if (Array.isArray(child) && child.length > 0 && child.every((c) => c !== null && typeof c === 'object' || typeof c === 'string')) return child;
  }
  for (const child of Object.values(value)) {
    const found = findRecords(child, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Where JSON.parse stopped, from its message: V8 says "at position 42" and, lately, "(line 3 column 5)". */
export function jsonErrorPlace(text: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineColumnAt(text, Number(pos[1]));
  if (/end of JSON input/i.test(message)) return lineColumnAt(text, text.length);
  return {};
}

function parseJsonLines(text: string): { records: Json[]; lines: number[] } | InputProblem {
  const records: Json[] = [];
  const lines: number[] = [];
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]?.trim() ?? '';
    if (line === '') continue;
    try {
      records.push(JSON.parse(line) as Json);
      lines.push(i + 1);
    } catch (error) {
      const place = jsonErrorPlace(line, error);
      return { message: 'Raden är inte giltig JSON. I en JSON Lines-fil ska varje rad vara ett eget objekt.', line: i + 1, column: place.column };
    }
  }
  return { records, lines };
}

/**
 * Reads a JSON export: a list of comments (objects or plain strings), an object holding such a list, or JSON
 * Lines (one object per line, as the classifier's command-line tool takes).
 */
export function parseJsonInput(raw: string): InputResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { message: 'Filen är tom.' } };
  let records: Json[] | null = null;
  let recordLines: number[] | null = null;
  try {
    records = findRecords(JSON.parse(text) as Json);
    if (!records) return { ok: false, problem: { message: 'Hittade ingen lista med kommentarer i filen. Filen ska innehålla en lista, till exempel [{"text": "…"}].' } };
  } catch (error) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const firstLineIsJson = (() => {
      try {
        JSON.parse(lines[0] ?? '');
        return true;
      } catch {
        return false;
      }
    })();
    if (lines.length > 1 && firstLineIsJson) {
      const result = parseJsonLines(text);
      if ('message' in result) return { ok: false, problem: result };
      records = result.records;
      recordLines = result.lines;
    } else {
      const place = jsonErrorPlace(text, error);
      return { ok: false, problem: { message: 'Filen är inte giltig JSON. Kontrollera citattecken, kommatecken och klamrar just där.', ...place } };
    }
  }
  if (records.length > MAX_ROWS) return { ok: false, problem: { message: tooMany(records.length) } };

  const columns: string[] = [];
  const seen = new Set<string>();
  const maps = records.map((record) => {
    const map = new Map<string, string>();
    flatten(typeof record === 'string' ? { text: record } : record, '', map, 0);
    for (const key of map.keys()) {
      if (!seen.has(key) && columns.length < 60) {
        seen.add(key);
        columns.push(key);
      }
    }
    return map;
  });
  if (columns.length === 0) return { ok: false, problem: { message: 'Listan i filen innehåller ingen text.' } };
  const rows = maps.map((map, i) => ({ line: recordLines?.[i] ?? i + 1, values: columns.map((c) => map.get(c) ?? '') }));
  const notes = recordLines ? [] : ['I en JSON-fil räknas raderna som kommentarernas ordning i listan.'];
  return { ok: true, table: { columns, rows, format: 'json' }, notes };
}
