import { commentLabelIds, type CommentLabelId } from '../../data/guideline/labels.ts';
import type { VerdictKind } from './types.ts';

/** One checked comment, as the results table shows it. Plain data: it crosses from the worker to the page. */
export interface BatchRow {
  /** Place in the input, from 1. */
  order: number;
  /** Line in the file where the comment starts (for JSON: its number in the list). */
  line: number;
  text: string;
  author: string;
  /** The time as written in the file. */
  time: string;
  labels: CommentLabelId[];
  verdict: VerdictKind;
  question: boolean;
  /** "2026-11-30 15:00", sortable; empty when there is no question or no readable time. */
  deadline: string;
  /** "senast måndag 30 november 2026 kl. 15.00", or why there is none. */
  deadlineText: string;
  /** The law's grounds, by name. */
  lawGrounds: string[];
}

export type SortKey = 'order' | 'verdict' | 'deadline' | 'labels' | 'author' | 'time';
export type SortDirection = 'ascending' | 'descending';

/** 'all', 'any' (breaks some rule), 'none' (no label), 'question', or a label id. */
export type RowFilter = 'all' | 'any' | 'none' | 'question' | CommentLabelId;

const verdictRank: Record<VerdictKind, number> = { 'remove-by-law': 0, 'personal-data': 1, remove: 2, publish: 3 };

export function filterRows(rows: readonly BatchRow[], filter: RowFilter): BatchRow[] {
  switch (filter) {
    case 'all':
      return [...rows];
    case 'any':
      return rows.filter((r) => r.labels.length > 0);
    case 'none':
      return rows.filter((r) => r.labels.length === 0);
    case 'question':
      return rows.filter((r) => r.question);
    default:
      return rows.filter((r) => r.labels.includes(filter));
  }
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The labels as the guideline orders them, so "sort by label" groups the same rule together. */
function labelKey(row: BatchRow): string {
  return row.labels.map((l) => String(commentLabelIds.indexOf(l))).join(',') || '~';
}

function compare(a: BatchRow, b: BatchRow, key: SortKey): number {
  switch (key) {
    case 'order':
      return a.order - b.order;
    case 'verdict':
      return verdictRank[a.verdict] - verdictRank[b.verdict];
    case 'deadline':
      // Comments without a deadline go last either way round: they need no answer.
      if (!a.deadline || !b.deadline) return (a.deadline ? 0 : 1) - (b.deadline ? 0 : 1);
      return a.deadline.localeCompare(b.deadline);
    case 'labels':
      return labelKey(a).localeCompare(labelKey(b));
    case 'author':
      return collator.compare(a.author, b.author);
    case 'time':
      return collator.compare(a.time, b.time);
  }
}

/** A stable sort: rows that compare equal keep the file's order. */
export function sortRows(rows: readonly BatchRow[], key: SortKey, direction: SortDirection): BatchRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const missingLast = key === 'deadline' && (!a.deadline || !b.deadline);
    const c = missingLast ? compare(a, b, key) : sign * compare(a, b, key);
    return c || a.order - b.order;
  });
}

export function countByLabel(rows: readonly BatchRow[]): Record<CommentLabelId, number> {
  const counts = Object.fromEntries(commentLabelIds.map((id) => [id, 0])) as Record<CommentLabelId, number>;
  for (const row of rows) for (const label of row.labels) counts[label] += 1;
  return counts;
}

export function countByVerdict(rows: readonly BatchRow[]): Record<VerdictKind, number> {
  const counts: Record<VerdictKind, number> = { publish: 0, remove: 0, 'personal-data': 0, 'remove-by-law': 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}
