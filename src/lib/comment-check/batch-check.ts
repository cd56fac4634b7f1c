import { answerDeadline, formatDeadlineSv, formatSortableSv, parseCommentTime } from '../deadline/index.ts';
import type { Classification, ClassifyOptions } from '../classifier/types.ts';
import type { BatchRow } from './batch-results.ts';
import { verdictFor } from './verdict.ts';

export interface BatchOptions {
  ownEmailDomains: readonly string[];
  answerHours: number;
  /** Law ground id → name, from removalDuty. */
  lawGroundNames: Readonly<Record<string, string>>;
  /** Whether the person chose a time column. */
  hasTimeColumn: boolean;
}

export type Classify = (text: string, options: ClassifyOptions) => Classification;

/** Checks one comment of a batch and turns the answer into a table row, deadline included. */
export function checkRow(
  input: { order: number; line: number; text: string; author: string; time: string },
  options: BatchOptions,
  classify: Classify,
): BatchRow {
  const result = classify(input.text, { ownEmailDomains: options.ownEmailDomains });
  const verdict = verdictFor(result);
  let deadline = '';
  let deadlineText = '';
  if (verdict.question) {
    const arrival = options.hasTimeColumn ? parseCommentTime(input.time) : null;
    if (arrival) {
      const due = answerDeadline(arrival, options.answerHours).deadline;
      deadline = formatSortableSv(due);
      deadlineText = formatDeadlineSv(due);
    } else {
      deadlineText = options.hasTimeColumn ? 'Tiden kan inte läsas' : 'Ingen tid vald';
    }
  }
  return {
    order: input.order,
    line: input.line,
    text: input.text,
    author: input.author,
    time: input.time,
    labels: verdict.labels,
    verdict: verdict.kind,
    question: verdict.question,
    deadline,
    deadlineText,
    lawGrounds: verdict.lawGrounds.map((id) => options.lawGroundNames[id] ?? id),
  };
}
