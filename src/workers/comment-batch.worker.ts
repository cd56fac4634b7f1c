/// <reference lib="webworker" />
import { classify } from '../lib/classifier/index.ts';
import { checkRow } from '../lib/comment-check/batch-check.ts';
import type { FromWorker, ToWorker } from '../lib/comment-check/batch-protocol.ts';
import type { BatchRow } from '../lib/comment-check/batch-results.ts';
import { guessColumns } from '../lib/comment-check/columns.ts';
import { parseCsvInput } from '../lib/comment-check/csv-input.ts';
import { decodeFile, formatOf } from '../lib/comment-check/decode.ts';
import { parseJsonInput } from '../lib/comment-check/json-input.ts';
import { parseCommentLines } from '../lib/comment-check/lines-input.ts';
import type { InputTable } from '../lib/comment-check/table.ts';

// Checks thousands of comments off the page's main thread, so the page keeps answering. Nothing leaves the browser.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let table: InputTable | null = null;
let cancelled = false;

/** How long to work before reporting progress and listening for "cancel". */
const SLICE_MS = 40;

const send = (message: FromWorker): void => scope.postMessage(message);
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function parse(message: Extract<ToWorker, { type: 'parse' }>): void {
  let text: string;
  let format: 'csv' | 'json' | 'lines';
  const notes: string[] = [];
  if (message.source.kind === 'file') {
    const decoded = decodeFile(message.source.bytes);
    text = decoded.text;
    if (decoded.note) notes.push(decoded.note);
    format = formatOf(message.source.name, text);
  } else {
    text = message.source.text;
    format = 'lines';
  }
  const result = format === 'json' ? parseJsonInput(text) : format === 'csv' ? parseCsvInput(text) : parseCommentLines(text);
  if (!result.ok) {
    table = null;
    send({ type: 'parse-error', problem: result.problem });
    return;
  }
  table = result.table;
  send({
    type: 'parsed',
    format: table.format,
    columns: table.columns,
    rowCount: table.rows.length,
    preview: table.rows.slice(0, 3).map((r) => r.values),
    guess: guessColumns(table),
    notes: [...notes, ...result.notes],
  });
}

async function check(message: Extract<ToWorker, { type: 'check' }>): Promise<void> {
  if (!table) {
    send({ type: 'failed', message: 'Det finns inga inlästa kommentarer. Läs in filen igen.' });
    return;
  }
  cancelled = false;
  const started = performance.now();
  const { rows } = table;
  const { text, author, time } = message.columns;
  const options = {
    ownEmailDomains: message.ownEmailDomains,
    answerHours: message.answerHours,
    lawGroundNames: message.lawGroundNames,
    hasTimeColumn: time >= 0,
  };
  let out: BatchRow[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out.push(
      checkRow(
        { order: i + 1, line: row.line, text: row.values[text] ?? '', author: author >= 0 ? (row.values[author] ?? '') : '', time: time >= 0 ? (row.values[time] ?? '') : '' },
        options,
        classify,
      ),
    );
    if (performance.now() - sliceStart > SLICE_MS) {
      send({ type: 'progress', done: i + 1, total: rows.length, rows: out });
      out = [];
      await pause();
      if (cancelled) {
        send({ type: 'cancelled', done: i + 1, total: rows.length });
        return;
      }
      sliceStart = performance.now();
    }
  }
  send({ type: 'progress', done: rows.length, total: rows.length, rows: out });
  send({ type: 'done', milliseconds: Math.round(performance.now() - started) });
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'parse') parse(message);
    else if (message.type === 'check') void check(message).catch((error: unknown) => send({ type: 'failed', message: String(error) }));
    else if (message.type === 'cancel') cancelled = true;
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
