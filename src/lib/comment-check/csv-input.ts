import Papa from 'papaparse';
import { tooMany } from './lines-input.ts';
import { MAX_ROWS, type InputProblem, type InputResult } from './table.ts';
import { lineColumnAt, lineOf, lineStarts } from './text-position.ts';

const delimiterNames: Record<string, string> = { ',': 'kommatecken', ';': 'semikolon', '\t': 'tabb', '|': 'lodstreck' };

/** Gives every column a name people can choose from: blank headers get "Kolumn 3", repeated ones a number. */
function uniqueHeaders(raw: readonly string[]): string[] {
  const used = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() || `Kolumn ${i + 1}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Reads a CSV export with Papa Parse: any usual separator, quoted fields with line breaks, a BOM. Broken quoting or
 * a row with too many or too few fields stops the reading with the line and column, because every row after it
 * would be read wrong.
 */
export function parseCsvInput(raw: string): InputResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { message: 'Filen är tom.' } };
  const starts = lineStarts(text);
  const rows: { line: number; values: string[] }[] = [];
  // Assigned inside Papa's callback: the casts keep TypeScript from assuming they stay null.
  let header = null as string[] | null;
  let problem = null as InputProblem | null;
  let previousCursor = 0;
  let delimiter = ',';

  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const rowStart = previousCursor;
      previousCursor = result.meta.cursor;
      delimiter = result.meta.delimiter;
      // Papa reports rows after the line break before them: skip to the first real character.
      let start = rowStart;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const at = lineColumnAt(text, Math.max(0, (quoteError.index ?? start + 1) - 1));
        problem = {
          message:
            quoteError.code === 'MissingQuotes'
              ? 'Ett citattecken (") öppnas men stängs aldrig. Texten från och med det tecknet kan inte läsas.'
              : 'Ett fält inom citattecken fortsätter efter det avslutande citattecknet. Skriv "" för ett citattecken inuti texten.',
          ...at,
        };
        parser.abort();
        return;
      }
      const values = result.data;
      if (!header) {
        header = values;
        return;
      }
      if (values.length !== header.length) {
        const line = lineOf(starts, start);
        problem = {
          message:
            `Raden har ${values.length} fält men rubrikraden har ${header.length}. ` +
            `Skiljetecknet är ${delimiterNames[delimiter] ?? delimiter}: står det i en text måste texten stå inom citattecken.`,
          line,
        };
        parser.abort();
        return;
      }
      if (rows.length <= MAX_ROWS) rows.push({ line: lineOf(starts, start), values });
    },
  });

  if (problem) return { ok: false, problem };
  if (!header) return { ok: false, problem: { message: 'Filen är tom.' } };
  if (rows.length === 0) return { ok: false, problem: { message: 'Filen har en rubrikrad men inga kommentarer under den.', line: 2 } };
  if (rows.length > MAX_ROWS) return { ok: false, problem: { message: tooMany(rows.length) } };
  const columns = uniqueHeaders(header);
  const notes = columns.length === 1 ? [] : [`Kolumnerna skiljs åt med ${delimiterNames[delimiter] ?? delimiter}.`];
  return { ok: true, table: { columns, rows, format: 'csv', delimiter }, notes };
}
