import type { InputTable } from './table.ts';

export interface ColumnChoice {
  /** Index into the table's columns. */
  text: number;
  /** -1 when the file has no such column. */
  author: number;
  time: number;
}

const textNames = /^(text|kommentar|kommentaren|kommentarer|comment|comments|message|meddelande|innehåll|inlägg|body|content|svar|post)$/iu;
const textParts = /(text|kommentar|comment|message|meddelande|innehåll|body|content)/iu;
const authorParts = /(author|författare|namn|name|from|användare|user|avsändare|profil|skribent)/iu;
const timeParts = /(time|tid|datum|date|created|timestamp|skapad|publicerad|published|posted)/iu;

function find(columns: readonly string[], test: RegExp, not: readonly number[] = []): number {
  return columns.findIndex((c, i) => !not.includes(i) && test.test(c.split('.').pop() ?? c));
}

/**
 * Guesses which column holds the comment, its author and its time, from the headers usual in Facebook,
 * Instagram and YouTube exports; the person can change each guess. Without a telling name, the text column is
 * the one with the longest values.
 */
export function guessColumns(table: InputTable): ColumnChoice {
  const { columns, rows } = table;
  let text = find(columns, textNames);
  if (text === -1) text = find(columns, textParts);
  if (text === -1) {
    const sample = rows.slice(0, 200);
    let best = 0;
    let bestLength = -1;
    columns.forEach((_, i) => {
      const total = sample.reduce((sum, r) => sum + (r.values[i]?.length ?? 0), 0);
      if (total > bestLength) {
        best = i;
        bestLength = total;
      }
    });
    text = best;
  }
  const author = find(columns, authorParts, [text]);
  const time = find(columns, timeParts, [text, author]);
  return { text, author, time };
}
