import type { CommentLabelId } from '../../data/guideline/labels.ts';
import type { BatchRow } from './batch-results.ts';
import type { VerdictKind } from './types.ts';

/** Excel in Swedish splits on semicolons; the BOM makes it read the file as UTF-8, so å, ä and ö survive. */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

/**
 * Quotes a field when it needs it (separator, quote, line break, edge spaces). A comment that starts with
 * = + - @ or a tab would run as a formula in Excel, so it gets a leading apostrophe: the file holds text from
 * strangers.
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[";\r\n,]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface CsvNames {
  labels: Record<CommentLabelId, string>;
  verdicts: Record<VerdictKind, string>;
}

/** The results table as a CSV file's text, BOM first, CRLF line ends as RFC 4180 and Excel expect. */
export function rowsToCsv(rows: readonly BatchRow[], names: CsvNames): string {
  const header = ['Rad', 'Kommentar', 'Skribent', 'Tid', 'Bedömning', 'Regler', 'Lagrum', 'Fråga', 'Svara senast'];
  const lines = [header.map(csvField).join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(
      [
        String(row.line),
        row.text,
        row.author,
        row.time,
        names.verdicts[row.verdict],
        row.labels.map((l) => names.labels[l]).join(', '),
        row.lawGrounds.join(', '),
        row.question ? 'Ja' : 'Nej',
        row.question ? row.deadline : '',
      ]
        .map(csvField)
        .join(CSV_SEPARATOR),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
