import type { BatchRow } from './batch-results.ts';
import type { ColumnChoice } from './columns.ts';
import type { InputProblem, InputTable } from './table.ts';

/** Messages between the page and the batch worker. Plain data only: they are structured-cloned. */
export type ToWorker =
  | { type: 'parse'; source: { kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'paste'; text: string } }
  | {
      type: 'check';
      columns: ColumnChoice;
      ownEmailDomains: string[];
      answerHours: number;
      lawGroundNames: Record<string, string>;
    }
  | { type: 'cancel' };

export type FromWorker =
  | {
      type: 'parsed';
      format: InputTable['format'];
      columns: string[];
      rowCount: number;
      /** The first few rows, so the person can see which column is which. */
      preview: string[][];
      guess: ColumnChoice;
      notes: string[];
    }
  | { type: 'parse-error'; problem: InputProblem }
  /** Rows come with the progress, a slice at a time, so the page never unpacks 10,000 at once. */
  | { type: 'progress'; done: number; total: number; rows: BatchRow[] }
  | { type: 'done'; milliseconds: number }
  | { type: 'cancelled'; done: number; total: number }
  | { type: 'failed'; message: string };
