import { MAX_ROWS, type InputResult } from './table.ts';

/** One comment per line, as pasted; blank lines are skipped but line numbers stay those of the paste. */
export function parseCommentLines(text: string): InputResult {
  const rows: { line: number; values: string[] }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const value = raw.trim();
    if (value !== '') rows.push({ line: i + 1, values: [value] });
  });
  if (rows.length === 0) return { ok: false, problem: { message: 'Det finns inga kommentarer att kontrollera. Klistra in en kommentar per rad.' } };
  if (rows.length > MAX_ROWS) return { ok: false, problem: { message: tooMany(rows.length) } };
  return { ok: true, table: { columns: ['Kommentar'], rows, format: 'lines' }, notes: [] };
}

export function tooMany(count: number): string {
  return `Det finns ${count.toLocaleString('sv-SE')} kommentarer. Testet klarar högst ${MAX_ROWS.toLocaleString('sv-SE')} åt gången: dela upp filen.`;
}
